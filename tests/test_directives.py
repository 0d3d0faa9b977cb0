import pytest

from postlint.config import COMMENT_WORDS, ConfigError, resolve
from postlint.engine import lint_text

TEXT = """本文です。本文です。本文です。

<!-- {kind}-disable {rules} -->

重複の段落です。重複の段落です。重複の段落です。

<!-- {kind}-enable -->

最後の段落です。最後の段落です。最後の段落です。
"""


def _lines(kind, rules, comments=True):
    config = resolve({"rules": {"no-duplicate-sentence": {"minLength": 4}}, "filters": {"comments": comments}})
    return sorted({p.line for p in lint_text(TEXT.format(kind=kind, rules=rules), config)})


def test_disable_comments_silence_a_range_in_both_spellings():
    assert _lines("textlint", "", comments=False) == [1, 5, 9]
    assert _lines("textlint", "") == [1, 9]
    assert _lines("postlint", "no-duplicate-sentence") == [1, 9]
    assert _lines("textlint", "max-ten") == [1, 5, 9]


def test_preset_spelling_names_the_rule():
    assert _lines("textlint", "preset-ja-technical-writing/no-duplicate-sentence") == [1, 5, 9]
    assert _lines("textlint", "textlint-rule-no-duplicate-sentence") == [1, 9]


def test_a_rule_that_runs_for_two_presets_is_silenced_by_either_name():
    text = "雨は、朝から、昼まで、夜まで、降った。\n\n<!-- textlint-disable ja-technical-writing/max-ten -->\n\n" \
           "雨は、朝から、昼まで、夜まで、降った。\n"
    config = resolve({"rules": {"preset-ja-technical-writing": True, "preset-japanese": True},
                      "filters": {"comments": True}})
    assert [p.line for p in lint_text(text, config) if p.rule_id.endswith("max-ten")] == [1]


PRESET_TEXT = "<!-- {kind}-disable {rule} -->\n\n走って、跳んで、泳いで、歌って、踊った。\n\n<!-- {kind}-enable -->\n"


def _max_ten_lines(kind, rule):
    config = resolve({"rules": {"preset-ja-technical-writing": {"max-ten": {"max": 2}}}, "filters": {"comments": True}})
    return [p.line for p in lint_text(PRESET_TEXT.format(kind=kind, rule=rule), config) if p.rule_id.endswith("max-ten")]


def test_a_textlint_comment_names_a_preset_rule_as_textlint_does():
    # textlint compares the reported id: the preset's rule needs its preset (the real textlint
    # 15.8 reports line 3 for the bare id and nothing for the other spellings)
    assert _max_ten_lines("textlint", "max-ten") == [3]
    for spelling in ("ja-technical-writing/max-ten", "preset-ja-technical-writing/max-ten",
                     "textlint-rule-preset-ja-technical-writing/max-ten"):
        assert _max_ten_lines("textlint", spelling) == [], spelling


def test_a_postlint_comment_names_a_preset_rule_by_its_bare_id_too():
    assert _max_ten_lines("postlint", "max-ten") == []


def test_a_problem_reaching_past_the_enable_comment_stays():
    # textlint silences a problem only when its whole range lies in the disabled range: this
    # sentence (sentence-length reports all of it) runs on past the inline enable comment
    text = "前置きの文です。<!-- textlint-disable -->" + "長い" * 30 + "<!-- textlint-enable -->ここまでが一文です。\n"
    config = resolve({"rules": {"sentence-length": {"max": 20}}, "filters": {"comments": True}})
    assert [p.rule_id for p in lint_text(text, config)] == ["sentence-length"]


def test_what_follows_two_hyphens_describes_the_directive():
    assert _lines("textlint", "no-duplicate-sentence -- 例として同じ文を並べている") == [1, 9]
    assert _lines("textlint", "max-ten, no-duplicate-sentence -- 二つ") == [1, 9]


def _custom_lines(text: str, words: dict) -> list[int]:
    config = resolve({"rules": {"no-duplicate-sentence": {"minLength": 4}}, "filters": {"comments": words}})
    return sorted({p.line for p in lint_text(text, config)})


def test_the_comments_filter_takes_other_words_as_textlint_does():
    custom = {"enablingComment": "lint:on", "disablingComment": "lint:off"}
    text = TEXT.replace("{kind}-disable", "lint:off").replace("{kind}-enable", "lint:on").format(rules="")
    assert _custom_lines(text, custom) == [1, 9]
    assert _custom_lines(text, True) == [1, 5, 9]
    default_words = TEXT.format(kind="textlint", rules="")
    assert _custom_lines(default_words, custom) == [1, 5, 9]  # the words replace textlint's
    assert _custom_lines(TEXT.format(kind="postlint", rules=""), custom) == [1, 9]  # postlint's stay
    # with only the disabling word changed, textlint-enable still ends the range
    half = TEXT.replace("{kind}-disable", "lint:off").format(kind="textlint", rules="")
    assert _custom_lines(half, {"disablingComment": "lint:off"}) == [1, 9]


@pytest.mark.parametrize("words, message", [
    ({"disablingComment": ""}, None),
    ({"disablingComment": 3}, "disablingComment must be a word"),
    ({"enablingComment": "same", "disablingComment": "same"}, "both 'same'"),
])
def test_comment_words_are_checked(words, message):
    if message is None:
        assert resolve({"rules": {}, "filters": {"comments": words}}).comment_words == COMMENT_WORDS
        return
    with pytest.raises(ConfigError, match=message):
        resolve({"rules": {}, "filters": {"comments": words}})


def test_an_unknown_comments_option_is_a_warning():
    config = resolve({"rules": {}, "filters": {"comments": {"enablingcomment": "on"}}})
    assert config.comments_filter and any("unknown option 'enablingcomment'" in w for w in config.warnings)


def test_print_config_shows_the_words_in_use(tmp_path):
    import json

    from postlint.cli import run

    (tmp_path / ".postlintrc.yml").write_text(
        "rules: {max-ten: true}\nfilters:\n  comments: {enablingComment: 'lint:on', disablingComment: 'lint:off'}\n",
        "utf-8")
    out = tmp_path / "config.json"
    assert run(["--print-config", "--output-file", str(out), str(tmp_path / "a.md")]) == 0
    assert json.loads(out.read_text("utf-8"))["filters"]["comments"] == {
        "enablingComment": "lint:on", "disablingComment": "lint:off"}

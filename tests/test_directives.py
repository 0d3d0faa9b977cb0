from postlint.config import resolve
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

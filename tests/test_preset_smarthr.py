"""preset-smarthr: textlint-rule-preset-smarthr 1.37.0's rules, options and ids."""

import pytest

from postlint.config import resolve
from postlint.engine import lint_text

PRESET_RULES = {  # textlint's id -> postlint's rule id and the options the preset gives it
    "smarthr/prh-rules": ("smarthr-idiomatic-usage", {}),
    "smarthr/ja-no-mixed-period": ("ja-no-mixed-period", {}),
    "smarthr/no-hankaku-kana": ("no-hankaku-kana", {}),
    "smarthr/@textlint-rule/no-unmatched-pair": ("no-unmatched-pair", {}),
    "smarthr/sentence-length": ("sentence-length", {"max": 120}),
    "smarthr/no-doubled-conjunctive-particle-ga": ("no-doubled-conjunctive-particle-ga", {}),
    "smarthr/no-double-negative-ja": ("no-double-negative-ja", {}),
    "smarthr/ja-no-abusage": ("ja-no-abusage", {}),
    "smarthr/ja-no-redundant-expression": ("ja-no-redundant-expression", {}),
    "smarthr/no-mixed-zenkaku-and-hankaku-alphabet": ("no-mixed-zenkaku-and-hankaku-alphabet", {}),
    "smarthr/ja-keishikimeishi": ("ja-keishikimeishi", {"detection_hou_kata": False, "detection_ue": False}),
    "smarthr/ja-hiragana-hojodoushi": ("ja-hiragana-hojodoushi", {}),
    "smarthr/ja-hiragana-daimeishi": ("ja-hiragana-daimeishi", {}),
    "smarthr/ja-no-space-around-parentheses": ("ja-no-space-around-parentheses", {}),
    "smarthr/ja-no-space-between-full-width": ("ja-no-space-between-full-width", {"legacyKatakanaCheck": True}),
    "smarthr/ja-space-between-half-and-full-width": ("ja-space-between-half-and-full-width",
                                                    {"space": "never", "reportAtSpace": True}),
    "smarthr/ja-space-after-exclamation": ("ja-space-after-exclamation", {}),
    "smarthr/ja-space-after-question": ("ja-space-after-question", {}),
    "smarthr/no-nfd": ("no-nfd", {}),
    "smarthr/@textlint-rule/pattern": ("pattern", {}),
}


def _found(text, rules, **extra):
    config = resolve({"rules": rules, **extra})
    return [(p.rule_id, p.line, p.column + 1) for p in lint_text(text, config)]


@pytest.mark.parametrize("key", ["preset-smarthr", "textlint-rule-preset-smarthr"])
def test_the_preset_enables_its_rules_with_its_options_under_textlints_ids(key):
    config = resolve({"rules": {key: True}})
    assert {r.display_id for r in config.rules} == set(PRESET_RULES)
    assert not config.warnings
    for shown, (rule_id, options) in PRESET_RULES.items():
        setting = config.setting(shown)
        assert setting.id == rule_id
        assert {k: setting.options[k] for k in options} == options, shown
    # on in rulesConfig but not among the package's rules: textlint runs neither
    assert config.setting("ja-space-around-code") is None
    assert config.setting("ja-nakaguro-or-halfwidth-space-between-katakana") is None


def test_dictionary_entries_and_other_rules_report_as_textlint_does():
    # positions checked against textlint 15.8.0 with preset-smarthr 1.37.0
    text = "# 設定の手順\n\n予めサーバを用意して下さい。\n\n- 詳しくは PDF を見る\n\nアプリを開く？画面が出ます。\n"
    assert sorted(_found(text, {"preset-smarthr": True})) == sorted([
        ("smarthr/prh-rules", 3, 1), ("smarthr/prh-rules", 3, 3), ("smarthr/prh-rules", 3, 11),
        ("smarthr/ja-hiragana-hojodoushi", 3, 11),
        ("smarthr/ja-space-between-half-and-full-width", 5, 7),
        ("smarthr/ja-space-between-half-and-full-width", 5, 11),
        ("smarthr/prh-rules", 7, 7),
    ])


def test_the_pattern_of_the_preset():
    text = "ログイン・通知用メールアドレスを変える。\n"
    config = resolve({"rules": {"preset-smarthr": True}})
    [problem] = lint_text(text, config)
    assert (problem.rule_id, problem.line, problem.column + 1) == ("smarthr/@textlint-rule/pattern", 1, 1)
    assert "「ログイン用メールアドレス」か「通知用メールアドレス」" in problem.message


def test_a_rule_is_switched_off_by_its_name_in_the_preset():
    text = "予め用意する。ログイン・通知用メールアドレスを変える。\n"
    assert _found(text, {"preset-smarthr": {"@textlint-rule/pattern": False}}) == [("smarthr/prh-rules", 1, 1)]
    assert _found(text, {"preset-smarthr": {"prh-rules": False, "@textlint-rule/pattern": False}}) == []
    # and by a textlint-disable comment naming it as textlint does
    quiet = "<!-- textlint-disable smarthr/prh-rules -->\n予め用意する。\n"
    assert _found(quiet, {"preset-smarthr": True}, filters={"comments": True}) == []


def test_the_spacing_rules_behave_as_the_versions_the_preset_carries():
    # ja-no-space-between-full-width 2.4.2: a katakana compound anywhere in a Str spares all of it
    assert _found("カタカナ ワードと漢字 かなです。\n", {"preset-smarthr": True}) == []
    assert _found("漢字 かなです。\n", {"preset-smarthr": True}) == [("smarthr/ja-no-space-between-full-width", 1, 3)]
    assert _found("カタカナ ワードと漢字 かなです。\n", {"preset-ja-spacing": True}) == [
        ("ja-spacing/ja-no-space-between-full-width", 1, 12)]


def test_options_written_for_the_preset_keep_what_the_package_builds_in():
    """The package's pattern rule reads no options, and it carries ja-no-space-between-full-width
    2.4.2: severity or patterns written in the preset's options leave those as they are (as
    textlint 15.8.0 does with this config)."""
    text = "カタカナ ワードと漢字 かなです。ログイン・通知用メールアドレスを変える。\n"
    config = resolve({"rules": {"preset-smarthr": {
        "@textlint-rule/pattern": {"severity": "warning", "patterns": [{"pattern": "変える", "message": "x"}]},
        "ja-no-space-between-full-width": {"severity": "warning"}}}})
    assert [(p.rule_id, p.column + 1, p.severity.label) for p in lint_text(text, config)] == [
        ("smarthr/@textlint-rule/pattern", 18, "warning")]

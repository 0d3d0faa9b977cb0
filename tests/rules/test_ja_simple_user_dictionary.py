import pytest

RULE = "ja-simple-user-dictionary"

OPTIONS = {"dictionary": [
    {"pattern": "ふいんき", "message": "「ふいんき」は「ふんいき」（雰囲気）と書きます。"},
    {"pattern": "本"},
    {"pattern": "設定を変更"},
    {"pattern": "ああい"},
]}

VALID = [
    "雰囲気のいい店。",
    "日本の文化。",  # 本 is inside the token 日本
    "設定の変更。",
    "`ふいんき` はコードなので見ない。",
    "```\nふいんき\n```",
    "---\ntitle: ふいんき\n---\n本文。",  # front matter is no Str; 本文 is one token
    "![ふいんき](a.png)",
    "あああい。",  # あ|あ|あい: the second あ breaks the match, and no new one starts there
]

INVALID = [
    {"text": "ふいんきのいい店。", "errors": [{"line": 1, "column": 1, "message": "「ふんいき」"}]},
    {"text": "日本の本。", "errors": [{"column": 4, "message": "「本」はユーザー辞書"}]},
    {"text": "まず設定を変更します。", "errors": [{"column": 3}]},
    {"text": "あい。ああい。", "errors": [{"column": 4}]},
    {"text": "**ふいんき**と[ふいんき](https://example.com)。", "errors": [{"column": 3}, {"column": 11}]},
    {"text": "# 見出しのふいんき\n\n- 項目のふいんき\n\n| 表 |\n| --- |\n| ふいんき |",
     "errors": [{"line": 1, "column": 7}, {"line": 3, "column": 6}, {"line": 7, "column": 3}]},
    # the original adds up the tokens' lengths (UTF-16 units): right after an emoji (column 3
    # in the JSON output, as textlint prints it)
    {"text": "🐈ふいんき", "errors": [{"column": 2}]},
    {"text": "> 🐈の話\n> ふいんきがいい", "errors": [{"line": 2, "column": 3}]},
    # kuromoji reads past 出来 after two emoji, and the lengths added up leave it out: the
    # report lands two units early, on る (column 7 in UTF-16 units)
    {"text": "😀😀出来る。ふいんき", "errors": [{"column": 5}]},
    # a match does not go on from one Str to the next
    {"text": "**設定を**変更する。設定を変更する。", "errors": [{"column": 13}]},
]


def _with(cases):
    return [{**({"text": case} if isinstance(case, str) else case), "options": OPTIONS} for case in cases]


def test_cases(rule_tester):
    rule_tester(RULE, _with(VALID), _with(INVALID))


def test_without_a_dictionary_nothing_is_reported():
    from conftest import run_rule

    assert run_rule(RULE, "ふいんきのいい店。") == []


@pytest.mark.parametrize("entry, message", [
    ("ふいんき", "must be a mapping with a 'pattern'"),
    ({"message": "m"}, "must be a mapping with a 'pattern'"),
    ({"pattern": ""}, "'pattern' is empty"),
    ({"pattern": "a", "message": 3}, "'message' must be a string"),
])
def test_an_entry_that_cannot_be_used_is_a_config_error(entry, message):
    from postlint.config import ConfigError, resolve

    with pytest.raises(ConfigError, match=message):
        resolve({"rules": {RULE: {"dictionary": [entry]}}})

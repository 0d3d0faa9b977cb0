RULE = "jtf-1-2-1"

VALID = [
    "設定を開き、保存します。",
    "バージョン1.2.3を使う。",
    "[設定を開き,保存します.](https://example.com)",
    "# 見出し,です.",
    "> 引用を開き,保存します.",
    "",
]

INVALID = [
    {"text": "設定を開き,保存します.", "errors": [{"column": 6, "message": "「、」"}, {"column": 12, "message": "「。」"}],
     "output": "設定を開き、保存します。"},
    {"text": "- 項目です.\n- 😀絵文字の後,続き", "errors": [{"line": 1, "column": 7}, {"line": 2, "column": 9}],
     "output": "- 項目です。\n- 😀絵文字の後、続き"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

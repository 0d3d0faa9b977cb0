"""jtf-3-2: katakana words are not separated with a full-width space."""

RULE = "jtf-3-2"

VALID = [
    "コーヒー・カップを買った。",
    "コーヒー カップを買った。",
    "ひらがな　ひらがな",
    "コーヒー、カップ",
    "# コーヒー　カップ\n",
    "",
]

INVALID = [
    {"text": "コーヒー　カップを買った。", "errors": [{"line": 1, "column": 5, "message": "中黒"}]},
    {"text": "- メニュー　バー\n", "errors": [{"line": 1, "column": 7}]},
    {"text": "ア　イ　ウ", "errors": [{"column": 2}]},   # the search steps over a katakana triple
    {"text": "テスト😀コード　レビュー", "errors": [{"column": 8}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "jtf-4-1-3"

VALID = [
    "バージョン1.2.3に更新しました。",
    "e.g. のような略語はそのまま。",
    "繰り返し記号の後は対象外です々.",
    "# 見出しです.",
    "[リンクです.](https://example.com)",
]

INVALID = [
    {"text": "今日はカレーを作りました.", "errors": [{"line": 1, "column": 13, "message": "「。」"}],
     "output": "今日はカレーを作りました。"},
    {"text": "- 材料を買う.\n- 𠮷野家に寄る𠮷.", "errors": [{"line": 1, "column": 8}, {"line": 2, "column": 10}],
     "output": "- 材料を買う。\n- 𠮷野家に寄る𠮷。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

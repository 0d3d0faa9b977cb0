RULE = "jtf-4-2-2"

VALID = [
    "どれを選びますか？　理由も書いてください。",
    "URLは https://example.com/検索?q=1 です。",
    "What? と聞き返された。",
    "**本当に?**",
]

INVALID = [
    {"text": "どれを選びますか?", "errors": [{"line": 1, "column": 9, "message": "「？」"}],
     "output": "どれを選びますか？"},
    {"text": "晴れるかな？ 雨かな？ 分からない。",
     "errors": [{"line": 1, "column": 7, "message": "全角スペース"}, {"line": 1, "column": 12}],
     "output": "晴れるかな？\u3000雨かな？\u3000分からない。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

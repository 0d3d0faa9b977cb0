RULE = "jtf-4-2-6"

VALID = [
    "住所は港区1-2-3です。",
    "電話は03-1234-5678まで。",
    "気温は-5度だった。",
    "git-flow を使う。",
    "# データ-ベース",
]

INVALID = [
    {"text": "データ-ベースを作る。", "errors": [{"line": 1, "column": 4, "message": "ハイフン"}]},
    {"text": "Web-アプリと設計-A案", "errors": [{"line": 1, "column": 4}, {"line": 1, "column": 11}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

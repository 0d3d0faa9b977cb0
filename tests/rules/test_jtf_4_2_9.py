RULE = "jtf-4-2-9"

VALID = [
    "結論（まだ仮のもの）を書く。",
    "1990–2000年の記録。",
    "> 引用の――は対象外",
]

INVALID = [
    {"text": "結論――まだ仮――を書く。", "errors": [{"line": 1, "column": 3, "message": "「―」"}, {"line": 1, "column": 8}]},
    {"text": "東京—大阪間", "errors": [{"line": 1, "column": 3, "message": "「—」"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "jtf-2-2-3"

VALID = [
    "3か月ぶりに更新しました。",
    "何ヶ月もかかった。",
    "[3ヶ月の記録](https://example.com/)",
    "> 5ヶ国を旅した。",
]

INVALID = [
    {"text": "3ヶ月ぶりに更新しました。", "errors": [{"line": 1, "column": 1, "message": "「3か月」"}],
     "output": "3か月ぶりに更新しました。"},
    {"text": "全国10ヶ所を回り、5ヶ年計画を立てた。", "errors": [{"line": 1, "column": 3}, {"line": 1, "column": 11}],
     "output": "全国10か所を回り、5か年計画を立てた。"},
    {"text": "## 12ヶ月の振り返り", "errors": [{"line": 1, "column": 4}], "output": "## 12か月の振り返り"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

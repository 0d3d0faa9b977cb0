RULE = "jtf-4-2-5"

VALID = [
    "参加者は10〜20人でした。",
    "ホームディレクトリは ~/ です。",
    "`1~2` はコードなので対象外。",
]

INVALID = [
    {"text": "参加者は10~20人でした。", "errors": [{"line": 1, "column": 7, "message": "「〜」"}],
     "output": "参加者は10〜20人でした。"},
    {"text": "- 予算は3~5万円\n- 期間は1~2週間", "errors": [{"line": 1, "column": 7}, {"line": 2, "column": 7}],
     "output": "- 予算は3〜5万円\n- 期間は1〜2週間"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

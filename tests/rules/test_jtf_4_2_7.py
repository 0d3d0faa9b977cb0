RULE = "jtf-4-2-7"

VALID = [
    "日時：5月3日",
    "1: 最初の手順",
    "設定は key: value の形で書く。",
    "# 見出し:説明",
    "詳細はhttps://example.com:8080 を参照。",
]

INVALID = [
    {"text": "日時:5月3日", "errors": [{"line": 1, "column": 3, "message": "「：」"}],
     "output": "日時：5月3日"},
    {"text": "😀場所:公園\r\n持ち物:水筒", "errors": [{"line": 1, "column": 4}, {"line": 2, "column": 4}],
     "output": "😀場所：公園\r\n持ち物：水筒"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

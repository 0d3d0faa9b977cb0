RULE = "no-zero-width-spaces"

VALID = [
    "普通の空白 だけの文です。",
    "`コード\u200bの中`は Str ではありません。",
]

INVALID = [
    {"text": "見えない\u200b空白があります。", "errors": [{"line": 1, "column": 5, "message": "U+200B"}],
     "output": "見えない空白があります。"},
    {"text": "一行目\n\u200b二\u200b行目", "errors": [{"line": 2, "column": 1}, {"line": 2, "column": 3}],
     "output": "一行目\n二行目"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

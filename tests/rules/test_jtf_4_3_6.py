RULE = "jtf-4-3-6"

VALID = [
    "変数は {name} の形で埋め込む。",
    "コードは `if (a) {` のように書く。",
    "",
]

INVALID = [
    {"text": "変数は {name の形で埋め込む。", "errors": [{"column": 5, "message": "}"}]},
    {"text": "}閉じだけ。", "errors": [{"column": 1}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

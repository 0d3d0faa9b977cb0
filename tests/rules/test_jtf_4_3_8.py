RULE = "jtf-4-3-8"

VALID = [
    "'Hello と表示される。",  # textlint's rule checks nothing
    "don't と書く。",
    {"text": "'Hello' と表示される。", "options": {"checkPair": True}},
]

INVALID = [
    {"text": "'Hello と表示される。", "options": {"checkPair": True}, "errors": [{"column": 1, "message": "一重引用符"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

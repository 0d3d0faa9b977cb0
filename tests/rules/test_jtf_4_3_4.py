RULE = "jtf-4-3-4"

VALID = [
    "『吾輩は猫である』を読んだ。",
    "彼は「『坊っちゃん』は面白い」と言った。",
    "> 『引用の中",
    "",
]

INVALID = [
    {"text": "『吾輩は猫であるを読んだ。", "errors": [{"column": 1, "message": "『"}]},
    {"text": "吾輩は猫である』を読んだ。", "errors": [{"column": 8, "message": "』"}]},
    # a closing mark with nothing open blocks the pairs after it
    {"text": "』逆『順』", "errors": [{"column": 1}]},
    {"text": "』と『の順』』", "errors": [{"column": 1}, {"column": 7}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

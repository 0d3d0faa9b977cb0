RULE = "jtf-1-2-2"

VALID = [
    "売上は1,200万円だった。",
    "**売上は1，200万円**だった。",
    "| 金額 |\n| --- |\n| 1，200 |",
    "",
]

INVALID = [
    {"text": "売上は1，200万円だった。", "errors": [{"column": 5, "message": "「,」"}], "output": "売上は1,200万円だった。"},
    # only the first mark of a text is reported
    {"text": "円周率は3．14，約3です。", "errors": [{"column": 6, "message": "「.」"}],
     "output": "円周率は3.14，約3です。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

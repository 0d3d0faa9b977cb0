RULE = "no-kangxi-radicals"

VALID = [
    "長い文字列を扱う。",
    "戸締まりと黒板。",
]

INVALID = [
    {"text": "⾧い時間", "errors": [{"line": 1, "column": 1, "message": "長"}], "output": "長い時間"},
    {"text": "⼾棚と⿊板", "errors": [{"column": 1, "message": "戸"}, {"column": 4, "message": "黒"}],
     "output": "戸棚と黒板"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

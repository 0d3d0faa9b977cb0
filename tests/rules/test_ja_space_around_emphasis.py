RULE = "ja-space-around-emphasis"

VALID = [
    "これは*大事*な点です。",
    "English *word* here.",
    "**太字** は別の規則で調べる。",
    {"text": "これは *大事* な点です。", "options": {"before": True, "after": True}},
]

INVALID = [
    {"text": "これは *大事* な点です。", "errors": [{"column": 4, "message": "強調の前"}, {"column": 10, "message": "強調の後"}],
     "output": "これは*大事*な点です。"},
    {"text": "これは _大事_ な点です。", "errors": [{"column": 4}, {"column": 10}], "output": "これは_大事_な点です。"},
    {"text": "> 引用 *強調* です", "errors": [{"column": 5}, {"column": 11}]},
    {"text": "これは*大事*な点です。", "options": {"before": True}, "errors": [{"column": 3}],
     "output": "これは *大事*な点です。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

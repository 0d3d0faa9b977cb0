RULE = "no-doubled-conjunction"

VALID = [
    "雨が降った。しかし、試合は続いた。",
    "雨が降った。しかし、試合は続いた。だが、観客は帰った。",
    "しかし、雨は止んだ。\n\nしかし、風は強い。",
    "天気は悪い。予定通り しかし 行う。しかし、傘は持つ。",
    "> 雨が降った。しかし、試合は続いた。しかし、観客は帰った。",
]

INVALID = [
    {"text": "雨が降った。しかし、試合は続いた。しかし、観客は帰った。",
     "errors": [{"line": 1, "column": 18, "message": "しかし"}]},
    {"text": "しかし、雨は止んだ。風は強い。しかし、出かけた。", "errors": [{"column": 16}]},
    {"text": "前置き。\n\nまた、値を返す。また、例外も投げる。", "errors": [{"line": 3, "column": 9}]},
    {"text": "- それで、終わった。それで、帰った。", "errors": [{"line": 1, "column": 12}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

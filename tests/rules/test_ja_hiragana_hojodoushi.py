RULE = "ja-hiragana-hojodoushi"

VALID = [
    "教えていただいた。",
    "見てください。",
    "東京へ来た。",        # 来る on its own is no helper verb
]

INVALID = [
    {"text": "調べて頂いた。", "errors": [{"line": 1, "column": 4, "message": "「いただい」"}],
     "output": "調べていただいた。"},
    {"text": "見て下さい。", "errors": [{"column": 3}], "output": "見てください。"},
    {"text": "人が増えて来た。", "errors": [{"column": 6}], "output": "人が増えてきた。"},
    {"text": "😀見て下さい。", "errors": [{"column": 4}], "output": "😀見てください。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

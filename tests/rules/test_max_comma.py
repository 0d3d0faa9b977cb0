RULE = "max-comma"

VALID = [
    "We need A, B, C, D, and E.",
    "Call `f(a, b, c, d, e, f)` once, then stop.",
    {"text": "a, b, c, d, e, f", "options": {"max": 5}},
]

INVALID = [
    {"text": "We need A, B, C, D, E, and F.", "errors": [{"line": 1, "column": 22, "message": "5 個"}]},
    # as textlint: the position counts from the paragraph start, not the sentence start
    {"text": "Fine. Then a, b, c, d, e, f.", "errors": [{"line": 1, "column": 19}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "diacritics"

VALID = [
    "A café in Paris.",
    "Resume processing when ready.",
    # a word ending in a marked letter is left alone where it has its mark
    "The résumé is ready.",
    "カフェでコーヒーを飲む。",
]

INVALID = [
    {"text": "A cafe in Paris.", "errors": [{"line": 1, "column": 3, "message": "“café”"}], "output": "A café in Paris."},
    # the case of the word is kept
    {"text": "Cafe and CAFE.", "errors": [{"line": 1, "column": 1}, {"line": 1, "column": 10}], "output": "Café and CAFÉ."},
    {"text": "It was deja vu.", "errors": [{"line": 1, "column": 8}], "output": "It was déjà vu."},
    # the list has "your résumé", not "résumé" alone (resume processing is English)
    {"text": "Send me your resume.", "errors": [{"line": 1, "column": 9, "message": "“your résumé”"}],
     "output": "Send me your résumé."},
    {"text": "Many emoji here.", "options": {"words": ["émoji"]}, "errors": [{"line": 1, "column": 6}],
     "output": "Many émoji here."},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

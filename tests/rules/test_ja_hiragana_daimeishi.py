RULE = "ja-hiragana-daimeishi"

VALID = [
    "どこにあるか分からない。",
    "いつも同じ道を通る。",
    "`何処` はコードなので見ない。",
]

INVALID = [
    {"text": "何処にあるか分からない。", "errors": [{"line": 1, "column": 1, "message": "「どこ」"}],
     "output": "どこにあるか分からない。"},
    {"text": "何時も同じ道を通る。", "errors": [{"column": 1}], "output": "いつも同じ道を通る。"},
    {"text": "之は何時の間にか消えた。", "errors": [{"column": 1}, {"column": 3}],
     "output": "これはいつの間にか消えた。"},
    # the original adds up the surfaces' lengths: a UTF-16 index, right after an emoji
    {"text": "🐈 何処へ行くのか。", "errors": [{"column": 3}], "output": "🐈 どこへ行くのか。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

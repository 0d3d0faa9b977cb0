RULE = "no-nfd"

VALID = [
    "ガイドブック",
    "\u3099だけが先頭にある。",
    "[ハ\u309aン](https://example.com) はリンクなので見ない。",
]

INVALID = [
    {"text": "カ\u3099イドブック", "errors": [{"line": 1, "column": 2, "message": "ガ"}], "output": "ガイドブック"},
    {"text": "ハ゜ンとフ゛ドウ", "errors": [{"column": 2}, {"column": 6}], "output": "パンとブドウ"},
    # a mark after a bracket has no composed form: reported, but no fix that would loop
    {"text": "顔文字(゜∀゜)です", "errors": [{"column": 5}, {"column": 7}], "output": "顔文字(゜∀゜)です"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

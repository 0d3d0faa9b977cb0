RULE = "no-unmatched-pair"

VALID = [
    "これは（補足）です。",
    "「入れ子の『引用』も」閉じている。",
    "閉じ括弧だけ)は見ない。",
    "`(` はコードなので見ない。",
    "[リンク(文字](https://example.com)も見ない。",
]

INVALID = [
    {"text": "これは（補足)です。", "errors": [{"line": 1, "column": 5, "message": "）"}]},
    {"text": "一文目。\n「閉じない。", "errors": [{"line": 2, "column": 2}]},
    {"text": "He said \"hi. And left.", "errors": [{"column": 10}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

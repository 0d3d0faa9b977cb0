RULE = "no-double-negative-ja"

VALID = [
    "この方法でも動きます。",
    "それは正しくない。",
    "その案は悪くはない。",
    "できなくはない。",
    "今日は雨が降らない。",
    "```\n動かなくもない\n```",
    "![動かなくもない](a.png)",
]

INVALID = [
    {"text": "この方法でも動かなくもない。", "errors": [{"line": 1, "column": 12, "message": "なくもない"}]},
    {"text": "できなくはないと思う。", "errors": [{"column": 6}]},
    # a bare URL makes the text after it a Str of its own: no emoji before it there
    {"text": "🐈 https://example.com/dog の犬は吠えなくもない。", "errors": [{"column": 35}]},
    {"text": "行けないことはない。", "errors": [{"column": 8}]},
    {"text": "知らないわけではない。", "errors": [{"column": 9}]},
    {"text": "起きないとは限らない。", "errors": [{"column": 9}]},
    {"text": "# 分からなくもない", "errors": [{"column": 9}]},
    {"text": "**できなくはない**と思う。", "errors": [{"column": 8}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "no-exclamation-question-mark"

VALID = [
    "感嘆符のない平叙文です。",
    "Yahoo!のサービスを使う。",
    {"text": "本当ですか？", "options": {"allowFullWidthQuestion": True}},
    {"text": "Hello World! と表示する。", "options": {"allow": ["/World!/"]}},
    "[すごい!](https://example.com) はリンクなので見ない。",
]

INVALID = [
    {"text": "すごい！", "errors": [{"line": 1, "column": 4, "message": "！"}]},
    {"text": "Why? Why not?", "errors": [{"column": 4}, {"column": 13}]},
    {"text": "えっ!?", "options": {"allowHalfWidthQuestion": True}, "errors": [{"column": 3, "message": "!"}]},
    # allow is JavaScript's: \\w is ASCII only, so 「本当!」 is not allowed by it
    {"text": "Go! 本当!", "options": {"allow": ["/\\w+!/"]}, "errors": [{"column": 7}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

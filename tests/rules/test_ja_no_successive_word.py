RULE = "ja-no-successive-word"

VALID = [
    "これは問題のない文です。",
    "動作がカクカクしてきた。",
    "値は九九で求める。",
    "もももすももも果物です",
    "![これはは画像です](a.png)",
    {"text": "これはは問題です。", "options": {"allow": ["は"]}},
    {"text": "これはは問題です。", "options": {"allow": ["/^[はが]$/"]}},
]

INVALID = [
    {"text": "これはは問題のある文です。", "errors": [{"line": 1, "column": 4, "message": "は"}]},
    {"text": "これは問題あるある文です", "errors": [{"column": 8}]},
    # a bare URL makes the text after it a Str of its own: no emoji before it there
    {"text": "🐈 動画は https://example.com/v にありますがが短い。", "errors": [{"column": 35}]},
    {"text": "動作がカクカクしてきた。", "options": {"allowOnomatopee": False}, "errors": [{"column": 6}]},
    {"text": "- 項目\n- 一覧のの例", "errors": [{"line": 2, "column": 6}]},
    # textlint takes kuromoji's code-point position for a UTF-16 one: one unit early after an emoji
    {"text": "📝 これはは問題", "errors": [{"line": 1, "column": 5}]},
    # allow is JavaScript's: \\w is ASCII only
    {"text": "これはは問題です。", "options": {"allow": ["/^\\w$/"]}, "errors": [{"column": 4}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

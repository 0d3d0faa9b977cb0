RULE = "no-dropping-i"

VALID = [
    "毎朝この道を歩いています。",
    "昨日は本を読んでいました。",
    "てまりを作る。",
    "> 引用の中では寝てます",
    "*強調の中でも寝てます*",
    "[リンクの中で寝てます](https://example.com)",
]

INVALID = [
    {"text": "毎朝この道を歩いてます。", "errors": [{"line": 1, "column": 10, "message": "い抜き"}]},
    {"text": "書いてませんでした。見てますか？", "errors": [{"column": 4}, {"column": 13}]},
    {"text": "**太字でも寝てます**", "errors": [{"column": 9}]},  # textlint skips Emphasis, not Strong
    # kuromoji counts code points: after an emoji textlint reports one unit early
    {"text": "🐈 猫が寝てます。", "errors": [{"column": 6}]},
    {"text": "- 項目で見てます", "errors": [{"column": 8}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

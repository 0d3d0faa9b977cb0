RULE = "no-dropping-the-ra"

VALID = [
    "冷めた煮物は食べられない。",
    "屋上からでも花火が見られる。",
    "明日なら来られる。",
    "> 冷めた煮物は食べれない。",
    "*冷めた煮物は食べれない。*",
    "[冷めた煮物は食べれない](https://example.com)。",  # an inline link's text is skipped
]

INVALID = [
    {"text": "冷めた煮物は食べれない。", "errors": [{"line": 1, "column": 9, "message": "ら抜き"}]},
    {"text": "屋上からでも花火が見れる。", "errors": [{"column": 11}]},
    # a bare URL makes the text after it a Str of its own: no emoji before it there
    {"text": "🐈 猫の写真は https://example.com/cat にあり、これは見れる。", "errors": [{"column": 41}]},
    {"text": "明日なら来れる？", "errors": [{"column": 6}]},
    {"text": "# 朝早く起きれる方法", "errors": [{"column": 8}]},
    # a reference link's text is checked, as textlint skips Link but not LinkReference
    {"text": "[ここから見れる][1]景色。\n\n[1]: https://example.com", "errors": [{"line": 1, "column": 7}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

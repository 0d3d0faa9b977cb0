RULE = "sentence-length"

LONG = "あ" * 101 + "。"

VALID = [
    "短い文です。",
    "あ" * 99 + "。",
    {"text": "[長いリンクの文字列はひとつだけなら数えない](https://example.com)", "options": {"max": 5}},
    {"text": "> " + LONG},
    {"text": "見て <https://example.com/long/path> ね", "options": {"max": 10}},
    {"text": "長い注記（ここは数えない）です", "options": {"max": 8, "skipPatterns": ["/（.*?）/"]}},
    {"text": "𠮷野家の話", "options": {"max": 5, "countBy": "codepoints"}},
    {"text": "𠮷𠮷。", "options": {"max": 5}},  # 3 characters, 5 UTF-16 units
]

INVALID = [
    {"text": LONG, "errors": [{"line": 1, "column": 1, "message": "102 文字"}]},
    {"text": "短い。\n\n前の文。" + LONG, "errors": [{"line": 3, "column": 5}]},
    {"text": "一行目\n二行目\n三行目。", "options": {"max": 8}, "errors": [{"line": 1, "column": 1}]},
    {"text": "見て <https://example.com/> ね", "options": {"max": 5, "skipUrlStringLink": False},
     "errors": [{"column": 1}]},
    {"text": "𠮷野家の話", "options": {"max": 5}, "errors": [{"message": "6 文字"}]},
    {"text": "𠮷𠮷𠮷。", "options": {"max": 6}, "errors": [{"message": "7 文字"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

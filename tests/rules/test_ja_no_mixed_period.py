RULE = "ja-no-mixed-period"

VALID = [
    "句点で終わる段落です。",
    "疑問で終わる段落ですか？",
    "「括弧で終わる」",
    "only English text",
    "- 箇条書きは見ない",
    "> 引用は見ない",
    "末尾がコード `x`",
    {"text": "絵文字で終わる🎉", "options": {"allowEmojiAtEnd": True}},
    {"text": "コロンで終わる:", "options": {"allowPeriodMarks": [":"]}},
    "本文です。[^n]\n\n[^n]: 脚注は見ない",
]

INVALID = [
    {"text": "ピリオドで終わる.", "errors": [{"line": 1, "column": 9, "message": "「。」"}],
     "output": "ピリオドで終わる。"},
    {"text": "句点がない", "errors": [{"line": 1, "column": 5}], "output": "句点がない"},
    {"text": "句点がない", "options": {"forceAppendPeriod": True}, "errors": [{"column": 5}],
     "output": "句点がない。"},
    {"text": "全角空白で終わる。\u3000", "errors": [{"column": 10, "message": "空白"}],
     "output": "全角空白で終わる。"},
    {"text": "英語の句点を使う。", "options": {"periodMark": "."}, "errors": [{"column": 9}],
     "output": "英語の句点を使う."},
    # a list of marks allows each (the first is the one written)
    {"text": "全角ピリオドで終わる．\n\nコロンで終わる：\n\n句点で終わる。",
     "options": {"periodMark": ["．", "："]}, "errors": [{"line": 5, "column": 7}], "output":
     "全角ピリオドで終わる．\n\nコロンで終わる：\n\n句点で終わる．"},
    # plain text keeps trailing spaces; after an astral character textlint reports one
    # character early (column 9: the 。), but the fix removes the space, not the 。
    {"text": "😀絵文字の後です。 ", "ext": ".txt", "errors": [{"column": 9, "message": "空白"}],
     "output": "😀絵文字の後です。"},
    # a final character reference ends textlint's text before its ";" (column 7: the p of
    # &amp;); what is no reference, an unknown name or an escaped &, stays whole (the ";")
    {"text": "記号で終わる&amp;", "errors": [{"column": 10}], "output": "記号で終わる&amp;"},
    {"text": "記号で終わる&bogus;", "errors": [{"column": 13}], "output": "記号で終わる&bogus;"},
    {"text": "記号で終わる\\&amp;", "errors": [{"column": 12}], "output": "記号で終わる\\&amp;"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

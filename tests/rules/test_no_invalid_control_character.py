RULE = "no-invalid-control-character"

VALID = [
    "タブ\tと改行\nだけです。",
    {"text": "許可した\x07文字", "options": {"allow": ["\x07"]}},
    "`コード\x08の中`は既定では見ない。",
    {"text": "![画像\x08](a.png)", "options": {"checkImage": False}},
]

INVALID = [
    {"text": "後退\x08文字", "errors": [{"line": 1, "column": 3, "message": "U+0008"}], "output": "後退文字"},
    {"text": "`a\x1bb`", "options": {"checkCode": True}, "errors": [{"column": 3, "message": "ESC"}]},
    {"text": "![説明\x0c](a.png)", "errors": [{"column": 5, "message": "FF"}]},
    {"text": "右から左\u202eの上書き", "errors": [{"column": 5, "message": "RLO"}]},
    {"text": "末尾の垂直タブ\x0b", "errors": [{"column": 8}], "output": "末尾の垂直タブ"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "ja-space-around-code"

VALID = [
    "設定は`config.yml`に書く。",
    "`npm install`で入る。",
    "Run `make` now.",  # no Japanese next to the space
    "a `a` 𠮷 と書く。",  # 𠮷 is beyond U+FFFF: half a pair, never Japanese to textlint
    "、 `code` 。",  # punctuation is not Japanese here
    "```\nコード `x` ブロック\n```",
    {"text": "設定は `config.yml` に書く。", "options": {"before": True, "after": True}},
    "",
    "``",
]

INVALID = [
    {"text": "設定は `config.yml` に書く。", "errors": [{"column": 4, "message": "前の半角スペース"},
                                                 {"column": 18, "message": "後の半角スペース"}],
     "output": "設定は`config.yml`に書く。"},
    {"text": "- 項目 `x` です\n\n| 表 `y` |\n|---|\n", "errors": [{"line": 1, "column": 5}, {"line": 1, "column": 10},
                                                                 {"line": 3, "column": 4}]},
    {"text": "設定は`config.yml`に書く。", "options": {"before": True, "after": True},
     "errors": [{"column": 3, "message": "前に半角スペース"}, {"column": 16, "message": "後に半角スペース"}],
     "output": "設定は `config.yml` に書く。"},
    {"text": "設定は`a`に書く。", "options": {"after": True}, "errors": [{"column": 7}], "output": "設定は`a` に書く。"},
    # an emoji before: one column here (code points), two in textlint's JSON (UTF-16 units)
    {"text": "😀 と `a` です", "errors": [{"column": 4}, {"column": 9}], "output": "😀 と`a`です"},
    {"text": "一行目 `a`\r\n次の行 `b` です\r\n", "errors": [{"line": 1, "column": 4}, {"line": 2, "column": 4},
                                                    {"line": 2, "column": 9}]},
    # a file that starts with the code span: textlint looks at its own second character
    {"text": "`漢字`", "options": {"before": True}, "errors": [{"line": 1, "column": 1}], "output": " `漢字`"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

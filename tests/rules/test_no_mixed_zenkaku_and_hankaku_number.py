RULE = "no-mixed-zenkaku-and-hankaku-number"
ZENKAKU = {"prefer": "全角"}

VALID = [
    "2024年に3回目を開いた。",
    "*第１回*の記録",  # 強調（Emphasis）の中は見ない
    "[第１回](https://example.com/1)の記録",  # リンクの中も
    "> 引用の１行目",
    "![図１](zu.png)",
    "`コードの１`",
    "https://example.com/１２ を開く。",  # 裸の URL はリンク
    {"text": "第３章を読む。", "options": ZENKAKU},
]

INVALID = [
    {"text": "第３章を読む。", "errors": [{"line": 1, "column": 2, "message": "「３」→「3」"}], "output": "第3章を読む。"},
    {"text": "１０人と２０人", "errors": [{"column": 1}, {"column": 5}], "output": "10人と20人"},
    {"text": "## 手順１\n\n- 項目２\n", "errors": [{"line": 1, "column": 6}, {"line": 3, "column": 5}],
     "output": "## 手順1\n\n- 項目2\n"},
    {"text": "| 列 |\n|---|\n| ９件 |", "errors": [{"line": 3, "column": 3}], "output": "| 列 |\n|---|\n| 9件 |"},
    # 太字（Strong）の中は調べる（textlint と同じ）
    {"text": "**第１回**の記録", "errors": [{"column": 4}], "output": "**第1回**の記録"},
    # 参照形式のリンクの文字は調べる（textlint と同じ）
    {"text": "[第１回][r]\n\n[r]: https://example.com", "errors": [{"column": 3}]},
    # (columns count characters; textlint's, in UTF-16 units, is 4)
    {"text": "🍣の３", "errors": [{"column": 3}], "output": "🍣の3"},
    {"text": "第3章を2024年に読む。", "options": ZENKAKU, "errors": [{"column": 2, "message": "「3」→「３」"}, {"column": 5}],
     "output": "第３章を２０２４年に読む。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_empty_prefer_is_the_default(rule_tester):
    rule_tester(RULE, [{"text": "第3章", "options": {"prefer": ""}}],
                [{"text": "第３章", "options": {"prefer": ""}, "errors": [{"column": 2}]}])

"""jtf-3-3: no space next to brackets."""

RULE = "jtf-3-3"

VALID = [
    "「設定」を開いて［保存］を押す。",
    "手順は (省略) です。",                             # outside half-width parentheses: allowed
    "『本』と（注）",
    "Version(2)",
    {"text": "Version(2)", "options": {"requireOutsideHalfParentheses": True}},
    "# 見出し 「設定」\n",
    "> 引用 「設定」\n",
    "",
]

INVALID = [
    {"text": "これが 「設定」です", "errors": [{"line": 1, "column": 4, "message": "スペース"}],
     "output": "これが「設定」です"},
    {"text": "「 設定 」", "errors": [{"column": 2}, {"column": 5}], "output": "「設定」"},
    {"text": "手順（ 省略）　と", "errors": [{"column": 4}, {"column": 8}], "output": "手順（省略）と"},
    {"text": "前」 「後", "errors": [{"column": 3}], "output": "前」「後"},     # one space, one report
    {"text": "手順は (省略) です。", "options": {"allowOutsideHalfParentheses": False},
     "errors": [{"column": 4}, {"column": 9}], "output": "手順は(省略)です。"},
    {"text": "手順は(省略)です。", "options": {"requireOutsideHalfParentheses": True},
     "errors": [{"column": 4, "message": "半角スペースを入れて"}, {"column": 7}],
     "output": "手順は (省略) です。"},
    {"text": "値 [1] と ( 2 )", "errors": [{"column": 2}, {"column": 6}, {"column": 10}, {"column": 12}],
     "output": "値[1]と (2)"},                                       # " (" is allowed
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

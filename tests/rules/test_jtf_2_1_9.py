RULE = "jtf-2-1-9"

VALID = [
    "HTMLとCSSの仕様を読みました。",
    "全角の小文字ｈｔｍｌは対象外です。",
    "## ＡＰＩの見出し",  # headings are not checked
    "> 引用したＡＰＩの説明。",
    "*ＡＰＩ*を強調しました。",
    "| 列 |\n| --- |\n| ＡＰＩ |",
    "",
]

INVALID = [
    {"text": "ＨＴＭＬの仕様を読みました。",
     "errors": [{"line": 1, "column": 1, "message": "「ＨＴＭＬ」→「HTML」"}],
     "output": "HTMLの仕様を読みました。"},
    {"text": "ＡさんとＢさんが参加した。",
     "errors": [{"column": 1}, {"column": 5}],
     "output": "AさんとBさんが参加した。"},
    {"text": "Ｗｅｂの記事です。",  # only the capital is reported, as in textlint
     "errors": [{"column": 1}],
     "output": "Wｅｂの記事です。"},
    {"text": "1. 手順Ｘを実行します",
     "errors": [{"column": 6}],
     "output": "1. 手順Xを実行します"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

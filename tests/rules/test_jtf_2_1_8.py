RULE = "jtf-2-1-8"

VALID = [
    "メモリを16GBに増やしました。",
    "第3章までは2時間ほどで読めます。",
    "# 第１章の見出し",  # headings are not checked
    "> 引用の中の１２３は原文のまま。",
    "**１２３**のように強調した数字。",
    "[１２３](https://example.com)のリンク。",
    "| 列 |\n| --- |\n| １２ |",
    "URLは https://example.com/１２３ です。",
    "全角の英字ＡＢＣは別の規則で調べます。",
    "",
]

INVALID = [
    {"text": "メモリを１６GBに増やしました。",
     "errors": [{"line": 1, "column": 5, "message": "「１６」→「16」"}],
     "output": "メモリを16GBに増やしました。"},
    {"text": "朝７時と夜９時に確認する。",
     "errors": [{"column": 2}, {"column": 6}],
     "output": "朝7時と夜9時に確認する。"},
    {"text": "- 手順１を実行します\n- 続いて手順２です",
     "errors": [{"line": 1, "column": 5}, {"line": 2, "column": 8}],
     "output": "- 手順1を実行します\n- 続いて手順2です"},
    {"text": "絵文字😀のあと２０２４年。\r\n次の行は３月。",
     "errors": [{"line": 1, "column": 8}, {"line": 2, "column": 5}],
     "output": "絵文字😀のあと2024年。\r\n次の行は3月。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

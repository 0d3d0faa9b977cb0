RULE = "jtf-4-3-1"

_MESSAGE = "全角"

VALID = [
    "東京タワー（電波塔）に登った。",
    "関数は foo(bar) のように呼ぶ。",
    "設定ファイル(config.yml)を開く。",
    "[リンク(説明)](https://example.com)を参照。",
    "> 引用(説明)です。",
    "# 見出し(説明)",
    "| 表(注) | x |\n|---|---|\n| a | b |\n",
    "詳細(https://example.com)を見る。",
    # the text node starts with the escape's backslash, so the mark does not open it
    "\\(注 は補足の印です。",
    "",
]

INVALID = [
    {"text": "東京タワー(電波塔)に登った。",
     "errors": [{"line": 1, "column": 6, "message": _MESSAGE}, {"line": 1, "column": 10}],
     "output": "東京タワー（電波塔）に登った。"},
    {"text": "(補足)この記事は下書きです。", "errors": [{"column": 1}, {"column": 4}],
     "output": "（補足）この記事は下書きです。"},
    {"text": "手順は3つある(後述)", "errors": [{"column": 8}, {"column": 11}], "output": "手順は3つある（後述）"},
    {"text": "(v1.2 で追加された機能)", "errors": [{"column": 1}, {"column": 15}],
     "output": "（v1.2 で追加された機能）"},
    # a closing mark right after Japanese at the end of the text
    {"text": "これは例(たとえば)です。(注釈)", "errors": [{"column": 5}, {"column": 10}, {"column": 17}],
     "output": "これは例（たとえば）です。(注釈）"},
    # nested: textlint places the outer pair's first mark on the inner one
    {"text": "あ(い(う)え)お", "errors": [{"column": 2}, {"column": 4}, {"column": 6}],
     "output": "あ（い（う）え)お"},
    {"text": "日本語\\(テスト)です。", "errors": [{"column": 5}, {"column": 9}], "output": "日本語\\（テスト）です。"},
    {"text": "文(一行目\nと二行目)です。\r\n(次)\r\n",
     "errors": [{"line": 1, "column": 2}, {"line": 2, "column": 5}, {"line": 3, "column": 1}, {"line": 3, "column": 3}],
     "output": "文（一行目\nと二行目）です。\r\n（次）\r\n"},
    {"text": "𠮷野家(牛丼)に行く。😀", "errors": [{"column": 4}, {"column": 7}], "output": "𠮷野家（牛丼）に行く。😀"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

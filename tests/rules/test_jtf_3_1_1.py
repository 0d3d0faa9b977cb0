"""jtf-3-1-1: no half-width space between kanji/kana and half-width letters or digits."""

RULE = "jtf-3-1-1"

VALID = [
    "Pythonで書いたスクリプトを3本公開しました。",
    "It works on my machine.",
    "今日は、 Goの話。",                             # 、 is not a kanji or kana: left to other rules
    "全角スペース　ABC　も対象外です。",              # only half-width spaces
    "# 見出し Python 入門\n",                        # headings are not checked
    "> 引用 Python の話\n",                          # nor block quotes
    "**強調 Bold** と [リンク Text](https://example.com) は見ない。",
    "詳細は https://example.com/docs を見てください。",  # a bare URL is a link for textlint
    "",
]

INVALID = [
    {"text": "Python で書いたスクリプト", "errors": [{"line": 1, "column": 7, "message": "スペースは不要"}],
     "output": "Pythonで書いたスクリプト"},
    {"text": "記事を 3 本書いた", "errors": [{"column": 4}, {"column": 6}], "output": "記事を3本書いた"},
    {"text": "- 手順 2 を実行する\n", "errors": [{"line": 1, "column": 5}, {"line": 1, "column": 7}],
     "output": "- 手順2を実行する\n"},
    # (columns count code points here; textlint's output, and postlint's JSON, count UTF-16 units)
    {"text": "絵文字😀のあと v2 です", "errors": [{"column": 8}, {"column": 11}], "output": "絵文字😀のあとv2です"},
    {"text": "改行\r\nあり Go です\r\n", "errors": [{"line": 2, "column": 3}, {"line": 2, "column": 6}],
     "output": "改行\r\nありGoです\r\n"},
    {"text": "𠮷野家 A 店", "errors": [{"column": 4}, {"column": 6}], "output": "𠮷野家A店"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

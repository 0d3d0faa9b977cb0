"""jtf-3-1-2: no half-width space between two kanji or kana."""

RULE = "jtf-3-1-2"

VALID = [
    "今日は晴れていたので散歩した。",
    "Go and Rust",
    "バックエンド エンジニアの話",                  # a katakana compound: the whole text is let be
    "全角スペース　のあとは対象外",
    "今日は、 散歩した。",                           # 、 is not a kanji or kana
    "コード ネーム\\*は 秘密",                     # an escape does not split the text: a compound is in it
    "## 今日の 日記\n",
    "> 引用 された文\n",
    "",
]

INVALID = [
    {"text": "今日は 晴れ", "errors": [{"line": 1, "column": 4, "message": "半角スペース"}], "output": "今日は晴れ"},
    {"text": "時々 々 〇 の字", "errors": [{"column": 3}, {"column": 7}], "output": "時々々 〇の字"},
    {"text": "* 項目 です\n", "errors": [{"line": 1, "column": 5}], "output": "* 項目です\n"},
    {"text": "あ い う", "errors": [{"column": 2}], "output": "あい う"},          # matches do not overlap
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

"""ja-no-space-between-full-width: no half-width space between two Japanese characters."""

RULE = "ja-no-space-between-full-width"

VALID = [
    "今日は晴れです。",
    "ユーザー インターフェースを直す。",                     # katakana compound words
    "全角　スペースは対象外。",
    "記号の後、 これは対象外。",                             # 、 is not a Japanese character here
    "英語 word の前後は別のルール。",
    "# 見出し の中\n",
    "> 引用 の中",
    "**強調 の中** と [リンク の中](https://example.com/a)",
    "`コード の 中`",
    "",
]

INVALID = [
    {"text": "今日は 晴れです。", "errors": [{"line": 1, "column": 4}], "output": "今日は晴れです。"},
    # matches do not overlap: one run removes every other space
    {"text": "あ い う え", "errors": [{"column": 2}, {"column": 6}], "output": "あい うえ"},
    {"text": "漢字 カナ", "errors": [{"column": 3}], "output": "漢字カナ"},
    {"text": "カナ かな", "errors": [{"column": 3}], "output": "カナかな"},
    {"text": "々 〇 〻", "errors": [{"column": 2}], "output": "々〇 〻"},
    {"text": "- 項目 です", "errors": [{"column": 5}], "output": "- 項目です"},
    {"text": "😀 絵文字の 後", "errors": [{"column": 7}], "output": "😀 絵文字の後"},
    # after a character beyond U+FFFF textlint reports one UTF-16 unit in, inside 𠮷;
    # postlint reports there too and fixes the space (textlint's fix breaks the 𠮷)
    {"text": "𠮷 野家", "errors": [{"column": 1}], "output": "𠮷野家"},
    {"text": "段落の 終わり\r\n次 の行", "errors": [{"column": 4}, {"line": 2, "column": 2}],
     "output": "段落の終わり\r\n次の行"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


LEGACY = {"legacyKatakanaCheck": True}  # version 2.4.2's check, as preset-smarthr runs it


def test_legacy_katakana_check(rule_tester):
    rule_tester(RULE, [
        {"text": "カタカナ ワードと漢字 かなです。", "options": LEGACY},  # a compound spares the whole Str
    ], [
        {"text": "カタカナ ワードと漢字 かなです。", "errors": [{"column": 12}], "output": "カタカナ ワードと漢字かなです。"},
        # a bare URL ends a Str: the compound before it spares only its own text
        {"text": "カタカナ ワード https://example.com/ 漢字 かなです。", "options": LEGACY,
         "errors": [{"column": 33}], "output": "カタカナ ワード https://example.com/ 漢字かなです。"},
        # 2.4.2 reports at the space itself, after a character beyond U+FFFF too
        {"text": "𠮷 野家", "options": LEGACY, "errors": [{"column": 2}], "output": "𠮷野家"},
    ])

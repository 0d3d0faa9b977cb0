"""ja-no-space-around-parentheses: no space just outside or inside brackets."""

RULE = "ja-no-space-around-parentheses"

VALID = [
    "設定は「詳細」画面で変える。",
    "手順は『入門』（第二版）にある。",
    "半角の丸かっこ (注) は対象外。",
    "# 見出し 「名前」 は見ない\n",                       # only plain paragraph text
    "> 引用 「名前」 は見ない",
    "*強調 「名前」 の中* は見ない。",
    "[リンク 「名前」 の文字](https://example.com/a)",
    "`コード 「名前」` の中も見ない。",
    "| 表 「名前」 |\n| --- |\n| 値 |\n",
    "資料 https://example.com/「a」 を読む。",          # a bare URL is a link of its own
    "",
]

INVALID = [
    {"text": "設定は 「詳細」 画面で変える。", "errors": [{"line": 1, "column": 4}, {"column": 9}],
     "output": "設定は「詳細」画面で変える。"},
    {"text": "全角空白も　（例）　同じ。", "errors": [{"column": 6}, {"column": 10}], "output": "全角空白も（例）同じ。"},
    {"text": "内側も「 名前 」だめ。", "errors": [{"column": 5}, {"column": 8}], "output": "内側も「名前」だめ。"},
    # a space between two brackets is reported once
    {"text": "空の「 」です。", "errors": [{"column": 4}], "output": "空の「」です。"},
    {"text": "注 [1] と ［2］ 参照", "errors": [{"column": 2}, {"column": 6}, {"column": 8}, {"column": 12}],
     "output": "注[1]と［2］参照"},
    # list items are paragraph text; a continuation line's indent is part of the Str
    {"text": "- 項目\n  「続き」です", "errors": [{"line": 2, "column": 2}], "output": "- 項目\n 「続き」です"},
    {"text": "😀 「絵」 を見る。", "errors": [{"column": 2}, {"column": 6}], "output": "😀「絵」を見る。"},
    {"text": "行末 「例」 \r\n次の行", "errors": [{"column": 3}, {"column": 7}], "output": "行末「例」\r\n次の行"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

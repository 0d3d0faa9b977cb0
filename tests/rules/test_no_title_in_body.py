RULE = "no-title-in-body"

VALID = [
    "---\ntitle: 夏の旅行記\n---\n\n今年の夏は北海道へ行きました。\n",
    "# 夏の旅行記\n\n前置きです。\n",  # no front matter
    "---\ntitle: 夏の旅行記\n---\n\n## はじめに\n\n夏の旅行記を書きます。\n",
    "---\ntitle: 夏の旅行記\n---\n\n- 夏の旅行記\n",  # a list is not a title echo
    {"text": "---\ntitle: 夏の旅行記\n---\n\n# 夏の旅行記まとめ\n", "options": {"threshold": 1.0}},
    "---\ntitle: 夏の旅行記\n---\n\n[夏の旅行記 (他の人のブログ)](https://example.com/)\n",
    "---\ntitle: 42\n---\n\n42\n",  # a title that is not text
    # a lede that links the page it names (an event report's first line), also in HTML
    "---\ntitle: 第3回 読書会に参加しました\n---\n\n<a href=\"https://example.com/e/3\">第3回 読書会</a>に参加しました。\n",
    "---\ntitle: 第3回 読書会に参加しました\n---\n\n[第3回 読書会](https://example.com/e/3)に参加しました。\n",
]

INVALID = [
    {"text": "---\ntitle: 夏の旅行記\n---\n\n# 夏の旅行記\n\n本文。\n",
     "errors": [{"line": 5, "column": 1, "message": "first heading repeats"}]},
    {"text": "---\ntitle: \"韓国、AIに投資：その真意とは？\"\n---\n\n韓国、AIに投資：その真意とは？\n\n本文。\n",
     "errors": [{"line": 5, "message": "first paragraph repeats"}]},
    {"text": "---\ntitle: 夏の北海道旅行記\n---\n\n![写真](a.png)\n\n## 夏の北海道旅行記録\n",
     "errors": [{"line": 7, "message": "nearly repeats"}]},
    {"text": "---\ntitle: Summer Trip 2025\n---\n\n<!-- more -->\n\n# summer trip 2025!\n",
     "errors": [{"line": 7}]},
    {"text": "---\nname: 夏の旅行記\n---\n\n夏の旅行記\n", "options": {"key": "name"}, "errors": [{"message": "front matter name"}]},
    # the key in another case (Hatena Blog's blogsync writes Title)
    {"text": "---\nTitle: 夏の旅行記\nDate: 2025-08-01T10:00:00+09:00\n---\n\n# 夏の旅行記\n\n本文。\n",
     "errors": [{"line": 6, "message": "first heading repeats"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

VALID += [
    # a lede sentence that says what the title says is not an echo
    "---\ntitle: ツール v14をリリースしました\n---\n\nツール v14.0.0をリリースしました！\n",
    "---\ntitle: 勉強会 2019-08-31 メモ\n---\n\n勉強会 2019-08-31(2日目)に参加したのでメモ\n",
]
INVALID += [
    {"text": "---\ntitle: 第4回勉強会「安全な設計」メモ\n---\n\n# 第4回勉強会「安全な設計」\n", "errors": [{"line": 5, "message": "nearly"}]},
]

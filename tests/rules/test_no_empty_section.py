RULE = "no-empty-section"

VALID = [
    "地の文だけの記事。",
    "## 準備\n\n道具をそろえる。\n\n## 手順\n\n順に進める。",
    # a section holding a lower-level heading and text is not empty, nor is the lower one
    "## 準備\n\n### 道具\n\n机と椅子。",
    # anything but a heading fills a section: a list, a table, code, HTML, a rule, an image,
    # a link reference definition
    "## 一覧\n\n- 項目\n\n## 表\n\n| a |\n|---|\n| b |\n\n## コード\n\n```\nx\n```\n\n## 結び\n\n<p>終わり</p>",
    "## 区切り\n\n---\n\n## 画像\n\n![図](a.png)\n\n## 参照\n\n[r]: https://example.com\n\n## 最後\n\n以上。",
    # a higher-level heading does not close a lower-level section
    "## 小見出し\n\n# 大見出し\n\n本文。",
    # front matter is before any section
    "---\ntitle: 題\n---\n# 題\n\n本文。",
    # a heading in a list item: the nodes at its tree level fill it (the text in the link of
    # the paragraph below, a bare URL being a link in textlint's tree)
    "- # 項目の見出し\n\n参照 https://example.com/a を見る。\n\n- # 次\n\n  本文。",
]

INVALID = [
    {"text": "## 準備\n\n## 手順\n\n順に進める。", "errors": [{"line": 1, "column": 1, "message": "「## 準備」"}]},
    # the last heading with nothing after it
    {"text": "## 手順\n\n順に進める。\n\n## まとめ\n", "errors": [{"line": 5, "column": 1, "message": "まとめ"}]},
    # a section with only a lower-level heading is empty
    {"text": "## 準備\n\n### 道具\n\n## 手順\n\n進める。", "errors": [{"line": 1}]},
    {"text": "# 題だけ", "errors": [{"line": 1, "column": 1}]},
    # setext headings; the message shows the heading's text line
    {"text": "準備\n----\n\n手順\n----\n\n進める。", "errors": [{"line": 1, "message": "「準備」"}]},
    # in a block quote and in a list, at the heading
    {"text": "> ## 引用の見出し\n\n- ## 項目の見出し", "errors": [{"line": 3, "column": 3}]},
    {"text": "# 一\n\n> # 二\n\n# 三\n\n本文。", "errors": [{"line": 3, "column": 3}]},
    # a heading deeper in the tree: the text of the paragraph below is at its level
    {"text": "> # 引用の見出し\n\n本文。\n\n> # 次\n> ## 小", "errors": [{"line": 5, "column": 3}, {"line": 6, "column": 3}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

"""no-empty-element: empty headings, list items, quotes and code (textlint-rule-no-empty-element 0.3.1).

Every line and column below was checked against textlint 15.8.0 with the rule.
"""

RULE = "no-empty-element"

VALID = [
    "## 手順\n\n- 材料を用意する\n\n> 先人の言葉\n\n`make` を実行する。\n\n```\nmake\n```\n",
    # an item holding only a nested list, a heading holding only an image
    "-\n  - 入れ子の項目\n\n# ![図](a.png)\n",
    # a task box alone is the item's text to textlint's parser
    "- [ ]\n",
]

INVALID = [
    {"text": "##\n\n本文です。\n", "errors": [{"line": 1, "column": 1, "message": "空の見出し"}]},
    {"text": "- 一つ目\n-\n- 三つ目\n", "errors": [{"line": 2, "column": 1, "message": "空のリスト項目"}]},
    {"text": "本文です。\n\n>\n", "errors": [{"line": 3, "column": 1, "message": "空の引用"}]},
    {"text": "値は ` ` と `` `` です。\n", "errors": [{"line": 1, "column": 4, "message": "空のコード"},
                                                  {"line": 1, "column": 10}]},
    {"text": "```js\n  \n```\n", "errors": [{"line": 1, "column": 1, "message": "空のコード"}]},
    # inside other elements too
    {"text": "- ##\n\n> >\n", "errors": [{"line": 1, "column": 3}, {"line": 3, "column": 3}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

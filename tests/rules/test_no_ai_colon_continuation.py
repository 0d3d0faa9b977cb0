"""no-ai-colon-continuation: a paragraph ending with a predicate and a colon, then a block."""

RULE = "no-ai-colon-continuation"

CODE = "\n\n```sh\nmake\n```\n"

VALID = [
    "次のコマンドを実行します。" + CODE,
    "使い方:" + CODE,                                      # a noun before the colon
    "Build steps:" + CODE,                                  # English
    "で:" + CODE,                                           # two characters or less
    "次のコマンドを実行します:",                             # nothing follows
    "次のコマンドを実行します:\n\n段落が続くだけ。",
    "次のコマンドを実行します:\n<!-- 間にコメント -->\n\n- 項目",
    "次のコマンドを実行します:\n\n[参照]: https://example.com/\n\n- 項目",  # a definition between
    "**太字で終わります:**\n\n- 項目",                      # the source does not end with the colon
    "`コードで終わります:`\n\n- 項目",
    "- 入れ子で実行します:\n\n  ```\n  make\n  ```",      # only paragraphs right in the document
    "> 引用の中で実行します:\n>\n> - 項目",
    {"text": "次のコマンドを実行します:" + CODE, "options": {"disableCodeBlock": True}},
    {"text": "次の順に進めます:\n\n- 項目", "options": {"disableList": True}},
    {"text": "次のように書かれています:\n\n> 引用", "options": {"disableQuote": True}},
    {"text": "次のように並べます:\n\n| a | b |\n|---|---|\n| 1 | 2 |", "options": {"disableTable": True}},
    {"text": "次のコマンドを実行します:" + CODE, "options": {"allows": ["/実行/"]}},
]

INVALID = [
    {"text": "次のコマンドを実行します:" + CODE, "errors": [{"line": 1, "column": 13, "message": "実行します:"}]},
    {"text": "インストールは次のようにします：\n\n- 手順", "errors": [{"column": 16, "message": "します："}]},
    {"text": "例えば:\n\n> 引用する", "errors": [{"column": 4}]},  # a conjunction
    {"text": "次のように並べる:\n\n| a | b |\n|---|---|\n| 1 | 2 |", "errors": [{"column": 9}]},
    # a space before the colon is a token of its own, not a noun
    {"text": "変更点 :\n\n- 項目", "errors": [{"column": 5}]},
    # the plain text decides: link markup is left out
    {"text": "説明は[こちら](https://example.com/)を読む:\n\n- 項目", "errors": [{"column": 34}]},
    {"text": "一行目。\n二行目で実行する:\n\n- 項目", "errors": [{"line": 2, "column": 9}]},
    {"text": "---\ntitle: 例\n---\n設定する:\n\n- 項目", "errors": [{"line": 4, "column": 5}]},
    {"text": "エスケープした\\:\n\n- 項目", "errors": [{"column": 9}]},
    {"text": "次のコマンドを実行します:" + CODE, "options": {"allows": ["/インストール/"]}, "errors": [{"column": 13}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

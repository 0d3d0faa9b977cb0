RULE = "no-todo"

VALID = [
    "手順はすべて書き終えた。",
    "- [x] 済んだタスク",
    "> TODO: 引用の中は見ない",
    "[TODO: リンクの文字](https://example.com/a)",
    "`TODO: コードの中`",
    "todo のあとにコロンがなければ印ではない。",
]

INVALID = [
    {"text": "TODO: 手順を書く", "errors": [{"line": 1, "column": 1, "message": "TODO: 手順を書く"}]},
    {"text": "本文です。todo: あとで足す。さらに ToDo: もう一つ。", "errors": [{"column": 6}]},  # the first only
    {"text": "- [ ] 記事を見直す", "errors": [{"column": 3, "message": "- [ ] 記事を見直す"}]},
    # an item holding an unchecked one is reported at the same place, as in textlint
    {"text": "- 準備\n  - [ ] 図を描く", "errors": [{"line": 2, "column": 5}, {"line": 2, "column": 5}]},
    {"text": "## 見出し TODO: 直す", "errors": [{"column": 8}]},
    # a bare URL is a link of its own in textlint's tree: the text after it is a Str again
    {"text": "詳細は https://example.com/todo:x を見る。TODO:最後", "errors": [{"column": 36}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

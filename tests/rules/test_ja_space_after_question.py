"""ja-space-after-question: a half-width space after ？ that separates two sentences."""

RULE = "ja-space-after-question"

VALID = [
    "本当に動くのか？　試してみよう。",
    "これで合っている？",
    "え？？と聞き返した。",
    "問いかけ？ \n改行のあと",
    "| 表の中？ は | 見ない |\n| --- | --- |",
    "**太字の中？ も** 見ない。",
    "半角の疑問符? は対象外。",
]

INVALID = [
    {"text": "本当に動くのか？ 試してみよう。", "errors": [{"line": 1, "column": 9, "message": "全角スペース"}],
     "output": "本当に動くのか？　試してみよう。"},
    {"text": "1. 番号付きの項目？ 続く", "errors": [{"column": 12}], "output": "1. 番号付きの項目？　続く"},
    # a bare URL is a link of its own: the Str before it ends at the space, the one after is checked
    {"text": "見た？ https://example.com/ あれ？ そう", "errors": [{"column": 29}]},
    {"text": "𠮷野家にする？ 決めた", "errors": [{"column": 8}], "output": "𠮷野家にする？　決めた"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

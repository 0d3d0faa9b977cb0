"""ja-space-after-exclamation: a half-width space after ！ that separates two sentences."""

RULE = "ja-space-after-exclamation"

VALID = [
    "できた！　では次へ。",                     # a full-width space is what the rule asks for
    "ついに完成！",
    "うれしい！！と叫んだ。",
    "ここで改行！ \n次の行",                    # a space at the end of a line is not reported
    "文のあと！ `code`",                         # nothing after the space in this Str
    "## 見出しは見ない！ です",
    "> 引用も見ない！ です",
    "*強調の中！ も* 見ない。",
    "[リンクの文字！ も](https://example.com/) 見ない。",
    "半角の感嘆符! は対象外。",
]

INVALID = [
    {"text": "できた！ では次へ。", "errors": [{"line": 1, "column": 5, "message": "全角スペース"}],
     "output": "できた！　では次へ。"},
    {"text": "- 箇条書き！ の中も見る", "errors": [{"column": 8}], "output": "- 箇条書き！　の中も見る"},
    # matches do not overlap: the space between the two marks is consumed by the first match
    {"text": "速い！ ！ ！ 本当に", "errors": [{"column": 4}, {"column": 8}], "output": "速い！　！ ！　本当に"},
    {"text": "前置き\n\n😀絵文字のあと！ 続き", "errors": [{"line": 3, "column": 9}]},
    {"text": "*強調* の外！ 続き", "errors": [{"column": 9}]},
    {"text": "行末の二つ目！  改行なし", "errors": [{"column": 8}], "output": "行末の二つ目！　 改行なし"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "jtf-4-3-3"

VALID = [
    "「保存」を押す。",
    "「外側『内側』の話」",
    "[「リンク](https://example.com)の後に」閉じる。",
    "> 「引用の中",
    "| 表「 | x |\n|---|---|\n| a | b |\n",
    "`「` はコードです。",
    "# 見出し「",
    "",
]

INVALID = [
    {"text": "「保存を押す。", "errors": [{"line": 1, "column": 1, "message": "「」」"}]},
    {"text": "保存」を押す。", "errors": [{"column": 3, "message": "「「」"}]},
    {"text": "「一つ目」と「二つ目", "errors": [{"column": 7}]},
    {"text": "「段落の途中\n\n別段落」", "errors": [{"line": 1, "column": 1}, {"line": 3, "column": 4}]},
    {"text": "- 項目「閉じない", "errors": [{"column": 5}]},
    {"text": "前の段落「\n\n> 引用\n", "errors": [{"line": 1, "column": 5}]},
    {"text": "本文[^1]\n\n[^1]: 注「記\n", "errors": [{"line": 3, "column": 8}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

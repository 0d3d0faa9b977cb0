RULE = "jtf-4-2-4"

VALID = [
    "キーボード・ショートカットを覚える。",
    "1･2のように数字の間は対象外。",
    "| 表･セル |\n| --- |\n| 値 |",
]

INVALID = [
    {"text": "キーボード･ショートカット", "errors": [{"line": 1, "column": 6, "message": "「・」"}],
     "output": "キーボード・ショートカット"},
    # as textlint: the letter after one dot is not the letter before the next one
    {"text": "赤･青･黄とWeb･アプリ", "errors": [{"line": 1, "column": 2}, {"line": 1, "column": 10}],
     "output": "赤・青･黄とWeb・アプリ"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

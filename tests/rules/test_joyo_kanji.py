RULE = "joyo-kanji"

VALID = [
    "漢字の使い方を確かめる。",
    "ひらがなとカタカナだけの文です。",
]

INVALID = [
    {"text": "綺麗な図を描く。", "errors": [{"line": 1, "column": 1, "message": "「綺」は常用漢字表にない"}]},
    # a kanji used twice in one text node is reported once, at its first place
    {"text": "綺麗で綺麗な図。", "errors": [{"line": 1, "column": 1}]},
    # 々 is no 常用漢字 either; links and headings are text too
    {"text": "# 人々の話\n\n[薔薇の図](https://example.com/) を見る。\n",
     "errors": [{"line": 1, "column": 4, "message": "「々」"}, {"line": 3, "column": 2}, {"line": 3, "column": 3}]},
    # a kanji beyond U+FFFF
    {"text": "𩸽を焼く。", "errors": [{"line": 1, "column": 1}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

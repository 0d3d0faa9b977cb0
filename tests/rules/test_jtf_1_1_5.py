RULE = "jtf-1-1-5"

VALID = [
    "![設定画面です。](a.png) と ![保存画面です。](b.png)",
    "![設定画面である。](a.png) と ![保存画面である。](b.png)",
    "![](a.png)",
    "![設定画面です。](a.png) と ![保存画面である。][ref]\n\n[ref]: b.png",
    "",
]

INVALID = [
    {"text": "![設定画面です。](a.png)\n\n![保存画面です。](b.png)\n\n![終了画面である。](c.png)",
     "errors": [{"line": 5, "column": 7, "message": "「である。」は常体"}]},
    {"text": "![設定画面です。](a.png) ![保存画面である。](b.png) ![終了画面である。](c.png)",
     "errors": [{"line": 1, "column": 7, "message": "「です。」は敬体"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

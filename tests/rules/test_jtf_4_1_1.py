RULE = "jtf-4-1-1"

VALID = [
    "「明日は雨だ」と天気予報が言っていた。",
    "週末は山に登った（天気は快晴）。",
    "# 見出しの「例。」は対象外",
    "> 引用の「例。」も対象外",
    "",
]

INVALID = [
    {"text": "店主は「また来てね。」と笑った。", "errors": [{"line": 1, "column": 10, "message": "閉じかっこ"}],
     "output": "店主は「また来てね」と笑った。"},
    {"text": "駅まで歩いた（二十分かかった。）\r\n帰りはバス(混んでいた。)", "errors": [{"line": 1, "column": 15}, {"line": 2, "column": 12}],
     "output": "駅まで歩いた（二十分かかった）\r\n帰りはバス(混んでいた)"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

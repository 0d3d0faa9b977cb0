RULE = "jtf-2-1-10"

VALID = [
    "誤差は0.5秒でした。",
    "価格は1,000円です。",
    "売上は10,5000件でした。",  # not a leading zero: a (misplaced) separator
    "座標は0,1,2の順です。",
    "### 誤差は0,5秒",  # headings are not checked
    "> 誤差は0,5秒と書かれていた。",
    "`0,5` はコードです。",
    "参照先は https://example.com/?range=0,5 です。",
    "| 値 |\n| --- |\n| 0,5 |",
]

INVALID = [
    {"text": "誤差は0,5秒でした。",
     "errors": [{"line": 1, "column": 5, "message": "「0.5」"}],
     "output": "誤差は0.5秒でした。"},
    {"text": "確率は00,25と0,75です。",
     "errors": [{"column": 6}, {"column": 11}],
     "output": "確率は00.25と0.75です。"},
    {"text": "- 比率は0,125です\r\n- 次の項目",
     "errors": [{"line": 1, "column": 7}],
     "output": "- 比率は0.125です\r\n- 次の項目"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "jtf-4-3-2"

VALID = [
    "［保存］ボタンを押す。",
    "配列a[0]を使う。",
    "詳しくは[公式サイト](https://example.com)を見る。",
    "> メニューの[保存]を押す。",
    "",
]

INVALID = [
    {"text": "メニューの[保存]ボタンを押す。",
     "errors": [{"line": 1, "column": 6, "message": "全角"}, {"column": 9}],
     "output": "メニューの［保存］ボタンを押す。"},
    {"text": "[保存]ボタンを押す。", "errors": [{"column": 4}], "output": "[保存］ボタンを押す。"},
    {"text": "表[0]は *強調[1]* です。", "errors": [{"column": 2}], "output": "表［0]は *強調[1]* です。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

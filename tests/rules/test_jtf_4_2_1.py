RULE = "jtf-4-2-1"

VALID = [
    "ついに完成しました！　次は公開です。",
    "やった！",
    "Yahoo!で検索した。",
    "## 見出しなら完成!",
    "完成しました！ \n次の行です。",
]

INVALID = [
    {"text": "ついに完成しました!", "errors": [{"line": 1, "column": 10, "message": "「！」"}],
     "output": "ついに完成しました！"},
    {"text": "おめでとう！ 次も頑張ろう。", "errors": [{"line": 1, "column": 7, "message": "全角スペース"}],
     "output": "おめでとう！\u3000次も頑張ろう。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

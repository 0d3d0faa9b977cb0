RULE = "jtf-2-1-6"

VALID = [
    "フィルターをかけてからサーバーに送る。",
    "フィルタリングの設定を見直す。",
    "ユーザビリティを高める。",
    "[フィルタ](https://example.com/)の説明",
    "*エディタ*は対象外です。",
    "> プリンタが壊れた。",
]

INVALID = [
    {"text": "エディタで開く。", "errors": [{"line": 1, "column": 1, "message": "「エディター」"}],
     "output": "エディターで開く。"},
    {"text": "新しいサーバ", "errors": [{"line": 1, "column": 4}], "output": "新しいサーバー"},
    {"text": "- プリンタ、スキャナ\n- モニタ",
     "errors": [{"line": 1, "column": 3}, {"line": 1, "column": 8}, {"line": 2, "column": 3}],
     "output": "- プリンター、スキャナー\n- モニター"},
    {"text": "## ブラウザの設定", "errors": [{"line": 1, "column": 4}], "output": "## ブラウザーの設定"},
    {"text": "`code`ユーザ名を入れる", "errors": [{"line": 1, "column": 7}], "output": "`code`ユーザー名を入れる"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

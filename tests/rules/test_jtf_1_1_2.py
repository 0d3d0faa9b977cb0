RULE = "jtf-1-1-2"

VALID = [
    "## インストール手順",
    "# 見出しの途中に。がある",
    "見出し。\n===",
    "> # 引用の中の見出し。",
    "",
]

INVALID = [
    {"text": "## インストール手順。", "errors": [{"line": 1, "column": 12, "message": "「。」を削除"}],
     "output": "## インストール手順"},
    {"text": "本文です。\n\n### 設定の確認。  \n\n本文です。", "errors": [{"line": 3, "column": 10}],
     "output": "本文です。\n\n### 設定の確認  \n\n本文です。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

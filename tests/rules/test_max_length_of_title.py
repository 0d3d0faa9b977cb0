RULE = "max-length-of-title"

LONG = "初めての人のための設定ファイルの書き方と読み方を一から順に説明する長い見出し"  # 38

VALID = [
    "# 設定の手順\n\n本文です。\n",
    # only the depths given a limit are checked ("#": 32 by default)
    f"## {LONG}\n",
    {"text": "## 設定ファイルの読み方\n", "options": {"##": 11}},
    # setext headings and headings with # in them are not read by the original's pattern
    f"{LONG}\n===\n", f"# C# で書く{LONG}\n",
    # two half-width characters count as one with zenkakuBase
    {"text": "## Configuration of the server\n", "options": {"##": 15, "zenkakuBase": True}},
]

INVALID = [
    {"text": f"# {LONG}\n", "errors": [{"line": 1, "column": 1, "message": "38 文字あります（この深さの上限 32 文字）"}]},
    {"text": "# 題\n\n## 設定ファイルの読み方と書き方\n\n### 手順\n", "options": {"##": 10, "###": 2},
     "errors": [{"line": 3, "column": 1, "message": "上限 10 文字"}]},
    # trailing spaces count, as the original reads them
    {"text": "## 設定ファイル  \n", "options": {"##": 6}, "errors": [{"line": 1, "column": 1, "message": "8 文字"}]},
    {"text": "## Configuration of the server\n", "options": {"##": 13, "zenkakuBase": True},
     "errors": [{"line": 1, "column": 1, "message": "14 文字"}]},
    # in a list or a block quote too
    {"text": "> ## 引用の中の長い見出しです\n", "options": {"##": 5}, "errors": [{"line": 1, "column": 3}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "period-in-header"
MARU = {"periodMark": "。"}

VALID = [
    "## 準備するもの",
    "## 本当に動くのか？",
    "## Node.js の使い方",
    "# 終わりに (まとめ)",
    "本文は句点で終わる。",  # 見出しでなければ調べない
    "- 項目も見ない。",
    {"text": "## 鍋を火にかける。", "options": MARU},
    "## 手順を書く。 ##",  # 閉じの # も見出しのうち
]

INVALID = [
    {"text": "## 準備するもの。", "errors": [{"line": 1, "column": 10, "message": "「。」"}], "output": "## 準備するもの"},
    {"text": "本文。\n\n### 第2版.\n", "errors": [{"line": 3, "column": 8}], "output": "本文。\n\n### 第2版\n"},
    {"text": "# 全角の句点．", "errors": [{"column": 8}], "output": "# 全角の句点"},
    # 下線の見出しは「=」で終わるので報告しない。ATX の見出しは報告する
    {"text": "下線の見出し。\n======\n\n## 次の見出し。", "errors": [{"line": 4, "column": 9}]},
    # (columns here count characters; textlint's count UTF-16 units: 10 and 8 for these two)
    {"text": "## 🍣寿司の話。", "errors": [{"column": 9}], "output": "## 🍣寿司の話"},
    # the last character's place is counted in code points and used as UTF-16: after an
    # emoji it lands a character early (at 「の」, not 「話」), as in textlint
    {"text": "## 🍣寿司の話", "options": MARU, "errors": [{"column": 7}]},
    {"text": "## 鍋を火にかける", "options": MARU, "errors": [{"column": 10, "message": "「。」で終えて"}]},
    {"text": "## 鍋を火にかける.", "options": MARU, "errors": [{"column": 11, "message": "「.」でなく「。」"}],
     "output": "## 鍋を火にかける。"},
    # periodMark を指定すると「！」「)」で終わる見出しも報告する（修正はなし）
    {"text": "## 味をみる！", "options": MARU, "errors": [{"column": 8}], "output": "## 味をみる！"},
    {"text": "## 前付けの後\n", "options": {"periodMark": "！", "periodMarks": ["。", "！"]}, "errors": [{"column": 8}]},
    {"text": "## 終わりです", "options": {"periodMarks": ["です"]}, "errors": [{"column": 7}], "output": "## 終わり"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "first-sentence-length"

LONG = "作業を始める前に、必要な道具と材料をすべて作業台の上に並べ、数と状態を一つずつ確かめてから、手順書を最後まで読み通しておきます。"  # 64

VALID = [
    # a short opening sentence; a long one after it is another rule's business
    f"## 準備\n\n道具をそろえます。{LONG}\n",
    # only the first paragraph of a section counts
    f"## 準備\n\n道具をそろえます。\n\n{LONG}\n",
    # a line break ends the first sentence
    f"道具をそろえる\n{LONG}\n",
    # a paragraph indented with a full-width space starts with a piece of white space
    f"## 準備\n\n　{LONG}\n",
    # a paragraph in a block quote is passed over, and the next one is not the first
    f"## 準備\n\n> {LONG}\n\n{LONG}\n",
    {"text": f"## 準備\n\n{LONG}\n", "options": {"max": 64}},
    {"text": "## 設定\n\n`config.yaml`の`timeout`と<b>retry</b>を、使う環境に合わせて一つずつ書き換えます。\n",
     "options": {"max": 40}},
]

INVALID = [
    # the document's first paragraph opens it
    {"text": f"{LONG}\n", "errors": [{"line": 1, "column": 1, "message": "64 文字"}]},
    {"text": f"# 題\n\n短い前書きです。\n\n## 準備\n\n{LONG}\n\n## 片付け\n\n{LONG}\n",
     "errors": [{"line": 7, "column": 1}, {"line": 11, "column": 1}]},
    # in a list, at the paragraph's start
    {"text": f"## 手順\n\n- {LONG}\n- 次の項目です。\n", "errors": [{"line": 3, "column": 3}]},
    # inline code and inline HTML count with their text (a "." in them ends a sentence too)
    {"text": "## 設定\n\n`settings_yaml`の`timeout`と<b>retry</b>を、使う環境に合わせて一つずつ書き換えます。\n",
     "options": {"max": 40}, "errors": [{"line": 3, "column": 1, "message": "上限 40 文字"}]},
    # max 0 means the default, 50
    {"text": f"## 準備\n\n{LONG}\n", "options": {"max": 0}, "errors": [{"line": 3, "column": 1, "message": "上限 50 文字"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "period-in-list-item"
MARU = {"periodMark": "。"}

VALID = [
    "- 材料をそろえる\n- 湯を沸かす",
    "- 味をみる！\n- 皿に盛る」",
    "- **強調で終わる。**",  # the source ends with "*", not with the mark
    "本文の段落は見ない。",
    "-\n- ```\n  code。\n  ```",  # no paragraph in the items
    {"text": "- 材料をそろえる。\n- 湯を沸かす！", "options": MARU},
    {"text": "- [公式サイト](https://example.com)", "options": MARU},
    {"text": "- https://example.com", "options": MARU},  # a bare URL is a link too
    {"text": "- <https://example.com>", "options": MARU},
    {"text": "- [公式サイト](https://example.com)", "options": {**MARU, "ignoreLinkEnd": False}},  # ")" is accepted
    {"text": "- 味をみる😋", "options": {**MARU, "allowEmoji": True}},
    {"text": "1. 番号の項目", "options": {**MARU, "allowOrderedList": True}},
]

INVALID = [
    {"text": "- 材料をそろえる\n- 鍋を火にかける。\n- 塩を少し入れる.",
     "errors": [{"line": 2, "column": 10, "message": "「。」"}, {"line": 3, "column": 10, "message": "「.」"}],
     "output": "- 材料をそろえる\n- 鍋を火にかける\n- 塩を少し入れる"},
    {"text": "- 一行目\n  続きの行．", "errors": [{"line": 2, "column": 7}], "output": "- 一行目\n  続きの行"},
    {"text": "- 材料をそろえる\n- 塩を少し入れる.", "options": MARU,
     "errors": [{"line": 1, "column": 9, "message": "「。」がありません"}, {"line": 2, "column": 10, "message": "「.」でなく"}],
     "output": "- 材料をそろえる\n- 塩を少し入れる。"},
    {"text": "- 湯を沸かす", "options": {**MARU, "forceAppendPeriod": True},
     "errors": [{"column": 7}], "output": "- 湯を沸かす。"},
    # textlint counts code points to the last character and uses the count as a UTF-16
    # offset: a unit early after an emoji (textlint's column 8, here 7 characters: at 切);
    # its appended mark would land inside the text, postlint's goes to the end
    {"text": "- 野菜😋を切る", "options": {**MARU, "forceAppendPeriod": True},
     "errors": [{"column": 7}], "output": "- 野菜😋を切る。"},
    {"text": "- <https://example.com>", "options": {**MARU, "ignoreLinkEnd": False}, "errors": [{"column": 23}]},
    {"text": "- 味をみる😋", "options": MARU, "errors": [{"column": 7}]},
    {"text": "1. 番号の項目", "options": MARU, "errors": [{"column": 8}]},
    # the emoji test fails right after a success (a global regex's lastIndex), as in textlint
    {"text": "- 味をみる😋\n- 皿に盛る🍜\n- 食べる🍜\n- 片づける🍜", "options": {**MARU, "allowEmoji": True},
     "errors": [{"line": 2, "column": 7}, {"line": 4, "column": 7}]},
    {"text": "- 材料．", "options": {"periodMarks": ["．"]}, "errors": [{"column": 5}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

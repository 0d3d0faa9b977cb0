RULE = "ja-space-around-strong"

VALID = [
    {"text": "ここが **一番大事** な点です。", "options": {"before": True, "after": True}},
    "ここが**一番大事**な点です。",
    "*強調* は別の規則で調べる。",  # emphasis is ja-space-around-emphasis's
    "A **bold** word.",
]

INVALID = [
    {"text": "ここが **一番大事** な点です。", "errors": [{"column": 4, "message": "前の半角スペース"},
                                                 {"column": 14, "message": "後の半角スペース"}],
     "output": "ここが**一番大事**な点です。"},
    {"text": "## 見出し __太字__ です", "errors": [{"column": 7}, {"column": 15}], "output": "## 見出し__太字__です"},
    {"text": "ここが**一番大事**な点です。", "options": {"after": True}, "errors": [{"column": 12}],
     "output": "ここが**一番大事** な点です。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "jtf-4-2-8"

VALID = [
    "雨が降った。試合は中止だ。",
    "C言語では文末に ; を書く。",
    "`for (;;)` は無限ループ。",
]

INVALID = [
    {"text": "雨が降った;試合は中止だ。", "errors": [{"line": 1, "column": 6, "message": "セミコロン"}]},
    {"text": "- 朝;パン\n- 夜;ご飯", "errors": [{"line": 1, "column": 4}, {"line": 2, "column": 4}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

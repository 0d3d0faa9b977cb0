RULE = "jtf-4-3-5"

VALID = [
    '"Hello" と表示される。',
    '設定は `a="x"` と書く。',
    '> "引用の中',
    "",
]

INVALID = [
    {"text": '"Hello と表示される。', "errors": [{"column": 1, "message": "二重引用符"}]},
    {"text": '"a" と "b" と "c', "errors": [{"column": 13}]},
    {"text": '"前の段落\n\n後の段落"', "errors": [{"line": 1, "column": 1}, {"line": 3, "column": 5}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

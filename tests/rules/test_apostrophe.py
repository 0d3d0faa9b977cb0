RULE = "apostrophe"

VALID = [
    "Don’t panic, it’s fine.",
    "日本語の「引用」です。",
]

INVALID = [
    {"text": "Don't panic.", "errors": [{"line": 1, "column": 1, "message": "“Don’t”"}], "output": "Don’t panic."},
    {"text": "It‘s the team's call.", "errors": [{"line": 1, "column": 1}, {"line": 1, "column": 10}],
     "output": "It’s the team’s call."},
    # a quote opening a word after white space is taken for an apostrophe too, as the original takes it ('til)
    {"text": "He said 'yes' and left.", "errors": [{"line": 1, "column": 9}], "output": "He said ’yes' and left."},
    # the word starts after white space or at ASCII letters: Japanese before it is no part of it
    {"text": "社内でLet's Encryptを使う。", "errors": [{"line": 1, "column": 4}], "output": "社内でLet’s Encryptを使う。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

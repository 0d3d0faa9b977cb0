RULE = "jtf-4-3-7"

VALID = [
    "キーは <Enter> を押す。",
    "詳しくは <https://example.com> を見る。",
    "比較は `a < b` と書く。",
    "",
]

INVALID = [
    {"text": "キーは <Enter を押す。", "errors": [{"column": 5, "message": ">"}]},
    {"text": "A -> B の順に進む。", "errors": [{"column": 4}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

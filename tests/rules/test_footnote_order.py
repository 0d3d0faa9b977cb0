RULE = "footnote-order"

VALID = [
    "脚注のない文章です。",
    "まず前提[^1]を述べ、次に例外[^2]を挙げる。\n\n[^1]: 前提の出典\n[^2]: 例外の出典",
    # a footnote called again keeps its number
    "前提[^1]と例外[^2]、ふたたび前提[^1]。\n\n[^1]: 前提\n[^2]: 例外",
    # definitions may stand in any order; only the calls' order counts
    "前提[^1]と例外[^2]。\n\n[^2]: 例外\n[^1]: 前提",
    # an undefined call is no footnote, only text
    "定義のない[^9]はただの文字。",
    {"text": "前提[^0]と例外[^1]。\n\n[^0]: 前提\n[^1]: 例外", "options": {"startIndex": 0}},
]

INVALID = [
    {"text": "前提[^2]と例外[^1]。\n\n[^2]: 前提\n[^1]: 例外",
     "output": "前提[^1]と例外[^2]。\n\n[^1]: 前提\n[^2]: 例外",
     "errors": [{"line": 1, "column": 4, "message": "[^2]"}, {"line": 1, "column": 11},
                {"line": 3, "column": 1}, {"line": 4, "column": 1}]},
    {"text": "名前の付いた脚注[^note]。\n\n[^note]: 補足",
     "output": "名前の付いた脚注[^1]。\n\n[^1]: 補足",
     "errors": [{"line": 1, "column": 10, "message": "1番目"}, {"line": 3, "column": 1}]},
    # every call of a renumbered footnote is renumbered
    {"text": "例外[^2]と前提[^1]、また例外[^2]。\n\n[^1]: 前提\n[^2]: 例外",
     "output": "例外[^1]と前提[^2]、また例外[^1]。\n\n[^2]: 前提\n[^1]: 例外",
     "errors": [{"column": 4}, {"column": 11}, {"column": 20}, {"line": 3}, {"line": 4}]},
    {"text": "前提[^1]と例外[^2]。\n\n[^1]: 前提\n[^2]: 例外", "options": {"startIndex": 0},
     "output": "前提[^0]と例外[^1]。\n\n[^0]: 前提\n[^1]: 例外",
     "errors": [{"column": 4}, {"column": 11}, {"line": 3}, {"line": 4}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

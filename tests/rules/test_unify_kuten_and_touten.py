"""unify-kuten-and-touten: one period and one comma in a paper (textlint-rule-preset-ja-engineering-paper
1.0.4's rule).  Every line, column and fix below was checked against textlint 15.8.0 with that preset.
"""

import pytest

from postlint.config import ConfigError, resolve

RULE = "unify-kuten-and-touten"

VALID = [
    "試料を加熱した．その後，冷却した．",
    # between Latin letters or digits a mark is no Japanese punctuation
    "円周率は3.14で，配列はa,bとした．",
    # links, block quotes and emphasis are not read
    "[試料を加熱した。](https://example.com)と*冷却した、その後*を比べる．",
    "> 試料を加熱した。その後、冷却した。",
    {"text": "試料を加熱した。その後、冷却した。", "options": {"kuten": "。", "touten": "、"}},
]

INVALID = [
    {"text": "試料を加熱した。その後、冷却した．",
     "errors": [{"line": 1, "column": 8, "message": "「，」と「．」"}, {"line": 1, "column": 12}],
     "output": "試料を加熱した．その後，冷却した．"},
    # half-width marks after Japanese, and two in a row
    {"text": "試料を加熱した.その後,,冷却した",
     "errors": [{"column": 8}, {"column": 12}, {"column": 13}],
     "output": "試料を加熱した．その後，，冷却した"},
    # headings, bold text and table cells are read
    {"text": "# 実験の方法。\n\n**加熱した。**\n\n| 条件 |\n|---|\n| 高温、低圧 |\n",
     "errors": [{"line": 1, "column": 8}, {"line": 3, "column": 7}, {"line": 7, "column": 5}]},
    {"text": "試料を加熱した．その後，冷却した．", "options": {"kuten": "。", "touten": "、"},
     "errors": [{"column": 8, "message": "「、」と「。」"}, {"column": 12}, {"column": 17}],
     "output": "試料を加熱した。その後、冷却した。"},
    {"text": "試料を加熱した｡その後", "options": {"possibleMarks": {"kuten": ["｡"]}},
     "errors": [{"column": 8}], "output": "試料を加熱した．その後"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_possible_marks_must_be_lists_of_periods_and_commas():
    with pytest.raises(ConfigError, match="possibleMarks must be"):
        resolve({"rules": {RULE: {"possibleMarks": {"period": ["｡"]}}}})

# Expected lines and columns were checked against textlint 15.8.0 with
# textlint-rule-abbr-within-parentheses 1.0.2, outputs against its --fix.
import re

from postlint.rules._textlint import capture_groups
from postlint.rules.abbr_within_parentheses import acronym

RULE = "abbr-within-parentheses"

VALID = [
    "World Health Organization（WHO）の発表を読む。",
    "XMLHttpRequest(XHR)で取得する。",
    "API（アプリケーションの窓口）を呼ぶ。",      # not the acronym of the text in parentheses
    "W3C(World Wide Web Consortium)と書く。",   # its acronym would be WWWC
    "`WHO(World Health Organization)` はコード。",
    "```\nWHO(World Health Organization)\n```",
    # two patterns in one text node: textlint looks at neither
    "WHO(World Health Organization)とIETF(Internet Engineering Task Force)",
    "CSS(Cascading Style Sheets\n) は行をまたぐ。",
    "詳細は https://example.com/WHO(World Health Organization) を見る。",
    "![WHO(World Health Organization)](a.png)",
]

INVALID = [
    {"text": "WHO（World Health Organization）の発表を読む。",
     "errors": [{"line": 1, "column": 1, "message": "World Health Organization（WHO）"}],
     "output": "World Health Organization（WHO）の発表を読む。"},
    {"text": "通信には XHR(XMLHttpRequest)を使う。", "errors": [{"column": 6}],
     "output": "通信には XMLHttpRequest(XHR)を使う。"},
    {"text": "# 見出しの HTML(HyperText Markup Language)", "errors": [{"column": 8}]},
    {"text": "- 項目 **DOM(Document Object Model)** です", "errors": [{"column": 8}],
     "output": "- 項目 **Document Object Model(DOM)** です"},
    {"text": "[WHO(World Health Organization)](https://example.com)", "errors": [{"column": 2}]},
    {"text": "| 略語 |\n| --- |\n| API(Application Programming Interface) |", "errors": [{"line": 3, "column": 3}]},
    {"text": "> 引用の JSON（JavaScript Object Notation）", "errors": [{"column": 7}]},
    # each line ended by a hard break is a text node of its own
    {"text": "IE(Internet Explorer)\\\nGC(Garbage Collection)", "errors": [{"line": 1, "column": 1}, {"line": 2, "column": 1}],
     "output": "Internet Explorer(IE)\\\nGarbage Collection(GC)"},
    # columns here count characters; textlint's (UTF-16) is 6, as postlint's JSON output says
    {"text": "😀😀 HTML(HyperText Markup Language)", "errors": [{"column": 4}]},
    # a white space followed by "-" splits words
    {"text": "ABC(Alpha -Beta -Charlie)", "errors": [{"column": 1}], "output": "Alpha -Beta -Charlie(ABC)"},
    # a bare URL ends a text node: the rest is one of its own
    {"text": "See https://example.com/ CSS(Cascading Style Sheets).", "errors": [{"column": 26}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_acronym():
    assert acronym("XMLHttpRequest") == "XHR"
    assert acronym("World Health Organization") == "WHO"
    assert acronym("Alpha -beta") == "Ab"
    assert acronym("") == ""


def test_capture_groups_as_match_index_places_them():
    pattern = re.compile(r"([A-Z]+)([（(])(.*?)([）)])")
    assert capture_groups("A((x) B(y)", pattern) == [("A", 0), ("(", 2), ("(x", 2), (")", 4),
                                                      ("B", 6), ("(", 7), ("y", 8), (")", 9)]
    assert capture_groups("AB()", pattern) == [("AB", 0), ("(", 2), ("", 3), (")", 3)]

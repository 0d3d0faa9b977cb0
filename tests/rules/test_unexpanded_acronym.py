# Expected problems were checked against textlint 15.8.0 with
# textlint-rule-unexpanded-acronym 1.2.4 (every problem is at 1:1, the document's start).
from postlint.rules._acronym import word_acronyms
from postlint.rules.unexpanded_acronym import DEFAULTS

RULE = "unexpanded-acronym"

VALID = [
    "Application Programming Interface（API）を公開する。API の仕様は後で書く。",
    "API の説明は後ろにある。\n\nApplication Programming Interface のことです。",
    "XMLHttpRequest を使うと XHR で通信できる。",           # one word: X, H, R
    "World Health Organization は WHO と略す。",
    "Bank of New York の略は BNY です。",                    # "of" joins the words (and gives no letter)
    "American Broadcast Company から BC と ABC。",           # runs ending at the last word
    "略語の IT や OS は短いので見ない。URLENCODED は長い。",  # 2 and 10 letters
    "ドキュメントに略語はない。",
    "`NASA` はコードの中。\n\n```\nCPU GPU\n```",
    "<div>HTML DIV</div>",
    "![NASA の写真](a.png)",
    {"text": "HTML と CSS を書く。", "options": {"ignore_acronyms": ["HTML", "CSS"]}},
    {"text": "Read Only Memory と ROM", "options": {"min_acronym_len": 0}},  # 0: the default (3)
]

INVALID = [
    {"text": "API の仕様を書く。", "errors": [{"line": 1, "column": 1, "message": "「API」"}]},
    # reported once each, at the start of the file, front matter included
    {"text": "---\ntitle: x\n---\n本文の JSON と YAML。JSON をもう一度。",
     "errors": [{"line": 1, "column": 1, "message": "JSON"}, {"line": 1, "column": 1, "message": "YAML"}]},
    # a word of capitals stops nothing: "Hyper Text CSS Markup" spells out H, HT, HTM
    {"text": "Hyper Text CSS Markup で HTM と HTML", "errors": [{"message": "CSS"}, {"message": "HTML"}]},
    # a lower-case word ends the run
    {"text": "Hyper text Markup Language と HTML", "errors": [{"message": "HTML"}]},
    # "&" joins only when it stands alone between word boundaries
    {"text": "Research & Development の RAD", "errors": [{"message": "RAD"}]},
    # text in headings, lists, links, tables and bare URLs is read
    {"text": "# GPU の話\n\n- [CPU](https://example.com)\n- https://GCP.example.com/",
     "errors": [{"message": "CPU"}, {"message": "GCP"}, {"message": "GPU"}]},
    {"text": "IT と OS", "options": {"min_acronym_len": 2}, "errors": [{"message": "IT"}, {"message": "OS"}]},
    {"text": "URLENCODED", "options": {"max_acronym_len": 10}, "errors": [{"message": "URLENCODED"}]},
    {"text": "Bank of New York の BNY", "options": {"acronymJoiningWords": ["the"]}, "errors": [{"message": "BNY"}]},
    # a joining word gives no letter: BOA is not spelled out
    {"text": "Bank of America の BOA", "errors": [{"message": "BOA"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_word_acronyms():
    assert word_acronyms(["XMLHttpRequest"]) == ["XHR"]
    assert word_acronyms(["In", "American", "Broadcast", "Company"]) == [
        "C", "BC", "ABC", "IABC", "I", "IA", "IAB", "IABC"]


def test_defaults_are_the_originals():
    assert DEFAULTS == {"min_acronym_len": 3, "max_acronym_len": 5, "ignore_acronyms": [],
                        "acronymJoiningWords": ["of", "the", "for", "in", "and", "or", "&"]}

from postlint.config import resolve
from postlint.engine import lint
from postlint.formatters import FileResult
from postlint.rules.max_doc_width import width
from postlint.source import Source

RULE = "max-doc-width"

VALID = [
    "a" * 120,
    "あ" * 60,  # 120 columns
    "ｱ" * 120,  # half-width katakana: one column each
    "短い行。\n\n" + "い" * 60 + "\n",
    {"text": "a" * 30 + "\n" + "あ" * 15, "options": {"max_width": 30}},
]

INVALID = [
    {"text": "a" * 121 + "\n", "errors": [{"line": 1, "column": 121, "message": "この行の幅は 121 です"}]},
    # the range: from the first character past the limit to the end of the line
    {"text": "あ" * 61 + "\n\n次の行\n", "errors": [{"line": 1, "column": 61, "message": "122"}]},
    {"text": "---\ntitle: " + "x" * 120 + "\n---\n\n本文。\n", "errors": [{"line": 2, "column": 121}]},
    {"text": "```\n" + "c" * 121 + "\n```\n", "errors": [{"line": 2, "column": 121}]},
    {"text": "ｱ" * 121 + "\n", "errors": [{"line": 1, "column": 121}]},
    {"text": "😀" + "a" * 117 + "\n次\n", "errors": [{"line": 1, "column": 118, "message": "121"}]},
    {"text": "a" * 30 + "\n" + "a" * 31 + "\n", "options": {"max_width": 30}, "errors": [{"line": 2, "column": 31}]},
    {"text": "a" * 120 + "\r\n", "errors": [{"line": 1, "column": 121, "message": "121"}]},  # the CR counts
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def _textlint_places(text, options=True):
    """(line, column) of each problem as the json format prints them."""
    source = Source.from_text(text, "x.md")
    problems = lint(source, resolve({"rules": {RULE: options}}))
    return [FileResult("x.md", problems, source).loc(p)[:2] for p in problems]


def test_textlint_places_start_of_line_plus_max_width_wherever_that_falls():
    # (line, column) as textlint 15.8 prints them, checked with it: the line's start plus
    # max_width UTF-16 units, on a later line, or past the end of the file on the last one
    assert _textlint_places("a" * 121 + "\n") == [(1, 121)]
    assert _textlint_places("あ" * 61 + "\n\n次の行\n") == [(4, 54)]
    assert _textlint_places("あ" * 61) == [(1, 121)]
    assert _textlint_places("😀" + "a" * 117 + "\n次\n") == [(2, 1)]
    assert _textlint_places("a" * 30 + "\n" + "a" * 31 + "\n", {"max_width": 30}) == [(2, 31)]


def test_width_counts_utf16_units_as_the_package_does():
    assert width("abc") == 3
    assert width("全角") == 4
    assert width("ｶﾀｶﾅ") == 4
    assert width("\u0080\u0081") == 3  # U+0080 is narrow, U+0081 wide
    assert width("\uf8f0\uf8f3\uf8f4") == 4
    assert width("𠮷") == 4  # two UTF-16 units of two columns

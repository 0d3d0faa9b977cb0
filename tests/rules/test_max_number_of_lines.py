from postlint.config import resolve
from postlint.engine import lint
from postlint.formatters import FileResult
from postlint.source import Source

RULE = "max-number-of-lines"

VALID = [
    "行\n" * 299 + "行",  # 300 pieces
    "行\n" * 299,  # 299 lines and the final line break: 300
    {"text": "一行目\n二行目\n三行目", "options": {"max": 3}},
    "行\u2028" * 400 + "\n",  # U+2028 ends no line here
    "行\r" * 400,  # nor does a lone CR
]

INVALID = [
    {"text": "行\n" * 300, "errors": [{"line": 1, "column": 1, "message": "文書が 301 行あります（上限 300 行）"}]},
    {"text": "---\ntitle: x\n---\n" + "行\n" * 298, "errors": [{"line": 1, "column": 1, "message": "302"}]},
    {"text": "```\n" + "x\n" * 300 + "```\n", "errors": [{"line": 1, "column": 1}]},  # code blocks count
    {"text": "行\r\n" * 300, "errors": [{"line": 1, "column": 1, "message": "301"}]},
    {"text": "一行目\n二行目\n三行目\n", "options": {"max": 3}, "errors": [{"line": 1, "column": 1, "message": "4 行"}]},
    {"text": "本文だけ。", "options": {"max": 0}, "errors": [{"line": 1, "column": 1, "message": "1 行"}]},
    {"text": "行\n" * 301, "ext": ".txt", "errors": [{"line": 1, "column": 1, "message": "302"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def _textlint_loc(text, options=True):
    source = Source.from_text(text, "x.md")
    problems = lint(source, resolve({"rules": {RULE: options}}))
    return [FileResult("x.md", problems, source).loc(p) for p in problems]


def test_the_whole_document_as_textlint_prints_it():
    # checked with textlint 15.8: from line 1, column 1 to the end of the file, where the
    # Markdown parser's lines (U+2028 ends none) give the end's line
    assert _textlint_loc("行\n" * 300) == [(1, 1, 301, 1)]
    assert _textlint_loc("行\n" * 299 + "行", {"max": 0}) == [(1, 1, 300, 2)]
    assert _textlint_loc("行\u2028" * 400 + "\n", {"max": 0}) == [(1, 1, 2, 1)]

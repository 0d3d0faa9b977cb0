RULE = "sentence-length"

LONG = "あ" * 101 + "。"

VALID = [
    "短い文です。",
    "あ" * 99 + "。",
    {"text": "[長いリンクの文字列はひとつだけなら数えない](https://example.com)", "options": {"max": 5}},
    # a paragraph of one bare URL is a paragraph of one link in textlint's tree
    {"text": "https://example.com/a/long/path?x=1", "options": {"max": 5, "skipUrlStringLink": False}},
    {"text": "> " + LONG},
    {"text": "見て <https://example.com/long/path> ね", "options": {"max": 10}},
    {"text": "長い注記（ここは数えない）です", "options": {"max": 8, "skipPatterns": ["/（.*?）/"]}},
    {"text": "𠮷野家の話", "options": {"max": 5, "countBy": "codepoints"}},
    {"text": "𠮷𠮷。", "options": {"max": 5}},  # 3 characters, 5 UTF-16 units
]

INVALID = [
    {"text": LONG, "errors": [{"line": 1, "column": 1, "message": "102 文字"}]},
    {"text": "短い。\n\n前の文。" + LONG, "errors": [{"line": 3, "column": 5}]},
    {"text": "一行目\n二行目\n三行目。", "options": {"max": 8}, "errors": [{"line": 1, "column": 1}]},
    {"text": "見て <https://example.com/> ね", "options": {"max": 5, "skipUrlStringLink": False},
     "errors": [{"column": 1}]},
    {"text": "𠮷野家の話", "options": {"max": 5}, "errors": [{"message": "6 文字"}]},
    {"text": "𠮷𠮷𠮷。", "options": {"max": 6}, "errors": [{"message": "7 文字"}]},
    # skipPatterns are JavaScript's: \\w is ASCII only, so the Japanese still counts
    {"text": "version2で速くなった。", "options": {"max": 6, "skipPatterns": ["/\\w+/"]},
     "errors": [{"message": "7 文字（除外前 15 文字）"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def _textlint_locs(text: str, **options) -> list[tuple]:
    """(line, column, end line, end column) of each problem as the json format prints them."""
    from postlint.config import resolve
    from postlint.engine import lint
    from postlint.formatters import FileResult
    from postlint.source import Source

    source = Source.from_text(text, "x.md")
    problems = lint(source, resolve({"rules": {RULE: options or True}}))
    return [FileResult("x.md", problems, source).loc(p) for p in problems]


def test_positions_as_textlint_prints_them():
    # textlint's sentence-splitter counts a column on a paragraph's first line from
    # (line - 1) UTF-16 units into the file: line 3, offset 7 -> column 6, not 1
    assert _textlint_locs("# 見出し\n\n" + "い" * 12 + "。\n", max=10) == [(3, 6, 3, 19)]
    # a sentence on a later line of its paragraph has its true column
    assert _textlint_locs("# 見出し\n\n短い。\n" + "い" * 12 + "。\n", max=10) == [(4, 1, 4, 14)]
    # a sentence that starts with a link starts where the link does; its end is the splitter's
    assert _textlint_locs("# 見出し\n\n[リンク](u)" + "い" * 12 + "。\n", max=10) == [(3, 1, 3, 27)]
    # U+2028 is no line break to the Markdown parser (to postlint and textlint's other rules it
    # is): the paragraph is on line 3 for the splitter, not 4
    assert _textlint_locs("前\u2028文\n\n" + "い" * 12 + "。\n", max=10) == [(3, 4, 3, 17)]
    # the offsets stay exact: the stylish format, fixes and the language server use them
    from postlint.engine import lint_text
    from postlint.config import resolve
    [problem] = lint_text("# 見出し\n\n" + "い" * 12 + "。\n", resolve({"rules": {RULE: {"max": 10}}}))
    assert (problem.line, problem.column, problem.start) == (3, 0, 7)

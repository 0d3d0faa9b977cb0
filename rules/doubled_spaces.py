"""空白を二つ以上続けない（textlint-rule-doubled-spaces 1.0.2 互換）。

Two or more white space characters in a row inside text (JavaScript's ``\\s``: spaces,
tabs, full-width spaces, line ends) are reported at the first of them, and ``--fix``
puts one ASCII space in their place.  Only text nodes are looked at, as they are in
textlint's tree: their source is what is matched, so the line end and indentation inside
a paragraph that runs over several lines (``"。\\n  次"`` in a list item, ``" \\n"`` after
a trailing space, ``"\\r\\n"`` in a CRLF file) count as a run too, and the fix joins the
lines, as textlint's does.  Code, HTML, image alt text and table borders are no text.

Options: ``allow`` (list of RegExp-like strings, ``/source/flags`` or a literal, default
none): a run that starts strictly inside a match of one of them (after its first and
before its last character) is left alone.

    OK:  一つの空白 で区切る。
    NG:  二つの空白  で区切る。   -> 二つの空白 で区切る。
"""

from postlint.jsregex import compile_js, match_patterns, pattern_of
from postlint.rules._textlint import JS_SPACE, joined_str_pieces

ID = "doubled-spaces"
NODES = ("Str",)
OPTIONS = {"allow": [str]}
DEFAULTS: dict = {"allow": []}
FIXABLE = True

_MATCHER = 2  # @textlint/regexp-string-matcher 2.0.2
_RUN = compile_js("\\s{2,}")
TRIGGER = _RUN  # a file without two white space characters in a row has nothing to report


def check_options(opts) -> None:
    for pattern in opts["allow"]:
        pattern_of(pattern, _MATCHER)  # raises for one that cannot compile


def check(node, opts, ctx):
    text = ctx.text
    if not _RUN.search(text, node.start, node.end) and not node.inside("BlockQuote"):
        return  # (most text; a quote's lines are joined with the next one's)
    pieces = joined_str_pieces(node, ctx)
    for i, (start, end, is_url) in enumerate(pieces):
        if is_url:
            continue
        if i + 1 < len(pieces):  # a bare URL follows: textlint's text before it ends at a line end
            end = _before_indent(text, start, end)
        piece = text[start:end]
        runs = list(_RUN.finditer(piece))
        if not runs:
            continue
        allowed = match_patterns(piece, opts["allow"], matcher=_MATCHER) if opts["allow"] else ()
        for run in runs:
            if any(m.start < run.start() < m.end for m in allowed):
                continue
            at = start + run.start()
            yield ctx.report(at, at + 1, "空白が二つ以上続いています。一つにしてください。",
                             fix=ctx.fix(at, start + run.end(), " "))


def _before_indent(text: str, start: int, end: int) -> int:
    """Where the text before a bare URL ends in textlint's tree: the indentation of the URL's
    line (white space from the last line end on) is in no node.

    >>> _before_indent("項目\\n    ", 0, 7), _before_indent("本文  ", 0, 4)
    (3, 4)
    """
    line_end = text.rfind("\n", start, end)
    if line_end >= 0 and all(c in JS_SPACE for c in text[line_end + 1:end]):
        return line_end + 1
    return end

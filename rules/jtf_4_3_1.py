"""和文中の丸かっこは全角の（）にする（textlint-rule-preset-jtf-style 4.3.1 互換）。

JTF style 4.3.1: parentheses in Japanese text are full-width.  In each plain
text node of a paragraph (not in links, strong or emphasized text, headings,
tables or block quotes), a half-width ``(`` or ``)`` is reported when

* a pair of them encloses Japanese text on one line, or
* it stands between two Japanese characters, or
* it opens the text node right before a Japanese character (``(``), or
  closes it right after one (``)``).

``--fix`` writes ``（`` or ``）`` instead.  No options.

    OK:  東京タワー（電波塔）に登った。
    NG:  東京タワー(電波塔)に登った。
"""

import re

from postlint.rules._jtf import JAPANESE
from postlint.rules._jtf_brackets import JS_DOT, plain_text_pieces, report_halfwidth

ID = "jtf-4-3-1"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
TRIGGER = re.compile(r"[()]")

_FULLWIDTH = {"(": "（", ")": "）"}
_MESSAGE = "和文中のかっこは全角で書いてください。半角の「(」「)」を「（」「）」にします。"
_JAPANESE = re.compile(JAPANESE)
_PAREN = re.compile(r"[()]")
_LINE = re.compile(f"{JS_DOT}+")
_SINGLE = (
    re.compile(f"{JAPANESE}([()]){JAPANESE}"),   # between Japanese characters
    re.compile(f"^(\\(){JAPANESE}"),              # opening the text before Japanese
    re.compile(f"{JAPANESE}(\\))\\Z"),            # closing the text after Japanese
)


def _pairs(text: str):
    """(first, last) offsets of each pair the preset's pattern ``([()]).*J.*([()])`` matches:
    on a line, the first and the last mark when Japanese stands between them.
    (Found line by line: the regular expression backtracks quadratically on long lines.)"""
    for line in _LINE.finditer(text):
        start, end = line.span()
        first = _PAREN.search(text, start, end)
        if first is None:
            continue
        last = max(text.rfind("(", start, end), text.rfind(")", start, end))
        if last > first.start() and _JAPANESE.search(text, first.start() + 1, last):
            yield first.start(), last


def _enclosing(text: str):
    """Offsets textlint reports for each pair: its match-index library places the captured
    marks by searching the text, so the first mark becomes the last of its kind before the
    nearest second mark."""
    for start, end in _pairs(text):
        first, second = text[start], text[end]
        if first == second:
            yield start
            yield text.index(second, start + 1)
        else:
            nearest = text.index(second, start)
            yield text.rindex(first, start, nearest)
            yield nearest


def check(node, opts, ctx):
    text = ctx.text
    if not TRIGGER.search(text, node.start, node.end):
        return
    for start, end in plain_text_pieces(node, ctx):
        piece = text[start:end]
        if not TRIGGER.search(piece) or not _JAPANESE.search(piece):
            continue
        offsets = list(_enclosing(piece))
        offsets += [m.start(1) for pattern in _SINGLE for m in pattern.finditer(piece)]
        for offset in sorted(set(offsets)):
            yield report_halfwidth(ctx, start + offset, _FULLWIDTH, _MESSAGE)

"""1 行の幅（半角 1・全角 2 で数える）が上限を超えていないか調べる（textlint-rule-max-doc-width 1.4.0 互換）。

Every line of the file -- front matter, headings, code blocks, tables and all, split at
"\\n" as the package splits the Document's text (a CR before it counts as one) -- is
measured as the package measures it: each UTF-16 code unit below U+0081, in U+FF61-U+FF9F
(half-width katakana) or in U+F8F0-U+F8F3 counts 1, any other 2 (so an emoji counts 4).
A line wider than ``max_width`` is reported.

Where: textlint is told "line N of the Document, column max_width" and turns that into
the offset of line N's start plus max_width UTF-16 units, wherever it falls: on a line of
full-width text (fewer than max_width units long) that is a later line, and past the end
of the file it is the last line.  The JSON, SARIF and the other formats in textlint's
units print that place; the range postlint reports (stylish, the editor) is the long
line's own overflow, from the first character past the limit to the end of the line.

Options:
    max_width: the widest line allowed (default 120)

    OK:  a line of 60 full-width characters (width 120)
    NG:  a line of 61 full-width characters (width 122)
"""

from __future__ import annotations

import bisect
import re

ID = "max-doc-width"
NODES = ("Document",)
OPTIONS = {"max_width": int}
DEFAULTS = {"max_width": 120}
FIXABLE = False

_WIDE = re.compile("[^\x00-\x80\uf8f0-\uf8f3\uff61-\uff9f]")  # two columns (astral: two units of two)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def width(line: str) -> int:
    """The package's width of ``line``: 1 for each narrow UTF-16 unit, 2 for each other.

    >>> width("abc"), width("あいう"), width("ｱｲｳ"), width("😀")
    (3, 6, 3, 4)
    """
    if line.isascii():
        return len(line)
    return len(line) + len(_WIDE.findall(line)) + 2 * len(_ASTRAL.findall(line))


def _overflow(line: str, limit: int) -> int:
    """The index in ``line`` of its first character past ``limit`` columns."""
    if line.isascii():
        return limit
    total = 0
    for i, ch in enumerate(line):
        total += width(ch)
        if total > limit:
            return i
    return len(line)


def check(node, opts, ctx):
    limit = opts["max_width"]
    text = ctx.text[node.start:node.end]
    source = ctx.source
    starts16 = None  # UTF-16 offsets of the lines' starts (textlint's), made at the first report
    offset = node.start
    for key, line in enumerate(text.split("\n")):
        if len(line) * 4 > limit:  # (a shorter line cannot be wider)
            size = width(line)
            if size > limit:
                if starts16 is None:
                    starts16 = [source.utf16(start) for start in source.line_starts]
                start = offset + _overflow(line, limit)
                end = max(offset + len(line.rstrip("\r")), start + 1)  # (a CR alone past the limit: the CR)
                problem = ctx.report(start, end,
                                     f"この行の幅は {size} です（半角 1・全角 2 で数えて上限 {limit}）。"
                                     "行を折り返すか短くしてください。")
                at = starts16[min(key, len(starts16) - 1)] + limit
                problem.textlint_loc = (*_position(starts16, at), *_position(starts16, at + 1))
                yield problem
        offset += len(line) + 1


def _position(starts16: list, at: int) -> tuple[int, int]:
    """(line, 0-based UTF-16 column) of the UTF-16 offset ``at`` as textlint reads it back: on
    the line whose start is the last at or before it, past the end of the file too."""
    line = bisect.bisect_right(starts16, at)
    return line, at - starts16[line - 1]

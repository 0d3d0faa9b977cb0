"""What the punctuation rules of preset-jtf-style (4.1.x, 4.2.x) share.

Each of them looks at the plain text of a paragraph -- textlint-rule-helper's
``isPlainStrNode``: a ``Str`` directly in a ``Paragraph`` (so not in headings,
table cells, links, emphasis or strong text) and not in a block quote; bare
URLs, which textlint's parser makes links of, are left out -- and reports one
mark there, usually a half-width mark written right after a kanji or kana.

The rules' regular expressions (``(?:和文)(:)`` and the like) would need a
class of 28,000 code points, which costs milliseconds to compile; here a cheap
pattern finds the mark and its neighbours are tested with :class:`CodeSet`.

>>> from postlint.rule import Context
>>> from postlint.source import Source
>>> from postlint.markdown import parse
>>> src = Source.from_text("例:あ **強調:も** 詳細:https://example.com:80 です")
>>> ctx = Context(src, parse(src))
>>> colon = re.compile(":")
>>> [src.text[p - 1:p + 1] for n in ctx.doc.find("Str") for p in marks_after(n, ctx, colon, JAPANESE)]
['例:', '細:']
"""

from __future__ import annotations

import re

from postlint.charclass import CodeSet
from postlint.rules._jtf import ITERATION_MARKS, KANJI_KANA_RANGES
from postlint.rules._textlint import is_plain_str, text_spans

# The preset's ``japaneseRegExp`` (postlint.rules._jtf): kanji and kana with 々 〇 〻.
JAPANESE = CodeSet(KANJI_KANA_RANGES, chars=ITERATION_MARKS)
# The class two rules (4.1.3, 4.2.1) write out themselves: without 々 〇 〻.
KANJI_KANA = CodeSet(KANJI_KANA_RANGES)


def plain_spans(node, ctx, pattern: re.Pattern) -> list[tuple[int, int]]:
    """(start, end) of the text of ``node`` that the JTF rules check: none unless it is
    plain paragraph text, and never a bare URL.  None either where ``pattern`` (what
    the rule looks for) does not occur: most text nodes are passed over at that."""
    if pattern.search(ctx.text, node.start, node.end) is None or not is_plain_str(node):
        return []
    return text_spans(node, ctx)


def marks_after(node, ctx, mark: re.Pattern, letters: CodeSet) -> list[int]:
    """Offsets of the matches of ``mark`` (one character each) that follow a character
    of ``letters`` in the same text: the rules' ``(?:letters)(mark)``."""
    text = ctx.text
    return [found.start() for start, end in plain_spans(node, ctx, mark)
            for found in mark.finditer(text, start, end)
            if found.start() > start and text[found.start() - 1] in letters]


def marks_between(node, ctx, mark: re.Pattern, letters) -> list[int]:
    """Offsets of the marks with a character of ``letters`` on both sides: the rules'
    ``(?:letters)(mark)(?:letters)``.  As there, a character matched as the right
    neighbour of one mark is not the left neighbour of the next (``あ･い･う``: one)."""
    text = ctx.text
    found_at = []
    for start, end in plain_spans(node, ctx, mark):
        taken = start  # the regex goes on searching after its last match
        for found in mark.finditer(text, start + 1, end - 1):
            pos = found.start()
            if pos - 1 >= taken and text[pos - 1] in letters and text[pos + 1] in letters:
                found_at.append(pos)
                taken = pos + 2
    return found_at


def matches_of(node, ctx, pattern: re.Pattern, group: int = 1) -> list[int]:
    """Offsets of ``group`` of each match of ``pattern`` in the node's checked text."""
    text = ctx.text
    return [found.start(group) for start, end in plain_spans(node, ctx, pattern)
            for found in pattern.finditer(text, start, end)]


def report_marks(ctx, positions, message: str, replacement: str | None = None) -> list:
    """One problem per one-character mark at ``positions`` (``{mark}`` in ``message``
    names it); with ``replacement`` its fix writes that instead of the mark."""
    if not positions:
        return []
    text = ctx.text
    return [ctx.report(pos, pos + 1, message.format(mark=text[pos]),
                       fix=None if replacement is None else ctx.fix(pos, pos + 1, replacement))
            for pos in positions]

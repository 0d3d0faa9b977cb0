"""Shared pieces of the JTF structure rules (jtf-1-1-1, -1-1-2, -1-1-3, -1-1-5, -1-2-1, -1-2-2).

* :func:`style_hits` -- the 敬体/常体 analysis preset-jtf-style 3.0.3 uses:
  analyze-desumasu-dearu **2.x**, a handful of regular expressions (not the
  morphological analysis of later versions, which ``no-mix-dearu-desumasu``
  ports: its results differ, so it cannot be reused here);
* :class:`StyleTally` -- count both styles over some texts and report the
  minority (on a tie, the 常体 side), at the place textlint computes;
* :func:`may_have` -- a cheap test before :func:`postlint.rules._textlint.text_spans`.
"""

from __future__ import annotations

import bisect
import re

from postlint.rules._politeness import DEARU, DESU_MASU
from postlint.rules._textlint import utf16_len

# A text without any of these has no 常体 hit, so no rule of this group reports in it
# (each needs both styles, or a 。 at a list item's end).
TRIGGER = re.compile("。|のだが|ないかと|であるから")

# Anywhere in the text (counted on the text's first line, at their offset in the text).
_CONNECTIVES = {
    DESU_MASU: re.compile("でしたが|でしたので|ですので|ですが"),
    DEARU: re.compile("のだが|ないかと|であるから"),
}
# The first of these in each line.  The full-width "｜" is in the original pattern:
# it is a literal character there, not an alternative.
_ENDINGS = {
    DESU_MASU: re.compile("(?:です|ます|ました|ません|ですね|でしょうか|ください|ませ)。"),
    DEARU: re.compile("(?:だ|である|った|ではない｜ないか|しろ|しなさい|いただきたい|いただく|ならない|あろう|られる)。"),
}
_LINE_BREAK = re.compile("\r\n|[\r\n\u2028\u2029]")
# a text with none of these has no hit of either style
_ANY_HIT = re.compile("。|のだが|ないかと|であるから|です[がの]|でした[がの]")
OTHER = {DESU_MASU: DEARU, DEARU: DESU_MASU}
STYLE_NAMES = {DESU_MASU: "敬体（です・ます調）", DEARU: "常体（である調）"}


def style_hits(text: str, style: str) -> list[tuple[int, int, str]]:
    """``(line, column, value)`` of each 敬体 (``DESU_MASU``) or 常体 (``DEARU``) hit in
    ``text``: line 0-based, column in UTF-16 units from that line's start.

    >>> style_hits("雨ですが、晴れました。\\n風です。", DESU_MASU)
    [(0, 1, 'ですが'), (0, 7, 'ました。'), (1, 1, 'です。')]
    >>> style_hits("雨なのだが、晴れた。", DEARU)
    [(0, 2, 'のだが')]
    """
    hits = [(0, utf16_len(text[:m.start()]), m.group()) for m in _CONNECTIVES[style].finditer(text)]
    ending = _ENDINGS[style].search
    if "。" in text:
        for line_index, line in enumerate(_LINE_BREAK.split(text)):
            m = ending(line)
            if m:
                hits.append((line_index, utf16_len(line[:m.start()]), m.group()))
    return hits


def padded_offset(ctx, start: int, line: int, column: int) -> int:
    """The offset textlint reports for a ``{line, column}`` padding of a node at ``start``:
    the node's own column is added on every line, in UTF-16 units."""
    source = ctx.source
    starts = source.line_starts
    index = bisect.bisect_right(starts, start) - 1
    own_column = source.utf16(start) - source.utf16(starts[index])
    target = min(index + line, len(starts) - 1)
    return min(source.from_utf16(source.utf16(starts[target]) + own_column + column), len(ctx.text))


class StyleTally:
    """Hits of both styles in some texts; :meth:`problems` reports those of the
    minority style (of the 常体 when both are equally many), none when a style is absent."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, str, list]] = []  # (node start, column shift, style, hits)
        self.counts = {DESU_MASU: 0, DEARU: 0}

    def add(self, text: str, start: int, column_shift: int = 0) -> None:
        if not _ANY_HIT.search(text):
            return
        for style in (DESU_MASU, DEARU):
            hits = style_hits(text, style)
            if hits:
                self.items.append((start, column_shift, style, hits))
                self.counts[style] += len(hits)

    def minority(self):
        desu_masu, dearu = self.counts[DESU_MASU], self.counts[DEARU]
        if not desu_masu or not dearu:
            return None
        return DESU_MASU if dearu > desu_masu else DEARU

    def problems(self, ctx, message, seen: set):
        """``message(found_style, value)`` words each report; ``seen`` holds the
        (offset, style, value) already reported (textlint drops equal messages)."""
        found = self.minority()
        if found is None:
            return
        for start, shift, style, hits in self.items:
            if style != found:
                continue
            for line, column, value in hits:
                offset = padded_offset(ctx, start, line, column + shift)
                key = (offset, style, value)
                if key in seen:
                    continue
                seen.add(key)
                yield ctx.report(offset, min(offset + 1, len(ctx.text)), message(style, value))


def may_have(pattern, node, text: str) -> bool:
    """Whether the text of ``node`` may match ``pattern`` (before its bare URLs are left out)."""
    return bool(pattern.search(text, node.start, node.end))

"""A set of ``[start, end)`` offset ranges that says at once whether it holds a position.

Rules skip what lies in links, inline code, quotations or abbreviations by asking, for each
character, mark or token, whether a range holds it.  Asked of a list (``any(a <= pos < b
...)``) that costs the list's length each time, and a paragraph of thousands of links made
such rules quadratic (minutes for one long paragraph).  :class:`Spans` merges the ranges
once and answers by bisection.

>>> spans = Spans([(10, 20), (0, 3), (15, 25), (30, 30)])
>>> [pos in spans for pos in (0, 2, 3, 10, 24, 25, 30)]
[True, True, False, True, True, False, False]
>>> bool(Spans([])), bool(spans)
(False, True)
"""

from __future__ import annotations

import bisect


class Spans:
    """``[start, end)`` ranges (overlapping, nested or in any order); ``pos in spans``."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, ranges=()) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(ranges):
            if end <= start:
                continue  # an empty range holds nothing
            if ends and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        self._starts = starts
        self._ends = ends

    def __contains__(self, pos: int) -> bool:
        at = bisect.bisect_right(self._starts, pos) - 1
        return at >= 0 and pos < self._ends[at]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def __repr__(self) -> str:
        return f"Spans({list(zip(self._starts, self._ends))})"

"""What the formats for people (stylish, pretty-error, table) share: colour, the width a
terminal gives a text, and the totals line.  Kept apart from ``_common`` (which imports
``inspect`` for rule descriptions) so that the default format loads nothing more.
"""

from __future__ import annotations

import unicodedata

from postlint.rule import Severity

RESET = "\033[0m"


def paint(text: str, code: str, color: bool) -> str:
    """``text`` in the colour ``code`` when ``color``, else as it is."""
    return f"{code}{text}{RESET}" if color else text


def display_width(text: str) -> int:
    """Terminal columns of ``text``: wide and full-width characters take two.

    >>> display_width("abc"), display_width("日本語"), display_width("ｱ")
    (3, 6, 1)
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def severity_counts(totals: dict, capitalized: bool = False) -> str:
    """The non-zero counts of ``totals`` (severity -> count), as textlint's formats say them.

    >>> severity_counts({Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0})
    '2 errors, 1 warning'
    >>> severity_counts({Severity.ERROR: 1, Severity.WARNING: 0, Severity.INFO: 3}, capitalized=True)
    '1 Error, 3 Info'
    """
    parts = []
    for severity, name in ((Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "info")):
        count = totals.get(severity, 0)
        if count:
            word = name.capitalize() if capitalized else name
            parts.append(f"{count} {word}{'s' * (count != 1 and name != 'info')}")
    return ", ".join(parts)

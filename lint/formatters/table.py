"""textlint's ``table`` format: a table of each file's problems, then the totals in a box.

    posts/a.md

    ║ Line     │ Column   │ Type     │ Message (52 columns, narrowed here) │ Rule ID              ║
    ╟──────────┼──────────┼──────────┼─────────────────────────────────────┼──────────────────────╢
    ║ 5        │ 20       │ error    │ 一文に「、」が 4 個以上あります。   │ ja-technical-        ║
    ║          │          │          │                                     │ writing/max-ten      ║

Cells wrap at their width as a terminal shows the text (wide characters take two
columns), after a space, ``/`` or ``-`` where one is near.  Lines and columns are
textlint's (columns in UTF-16 code units).
"""

from __future__ import annotations

from postlint.formatters import FileResult, counts
from postlint.formatters._common import one_line, span
from postlint.formatters._terminal import display_width, severity_counts

_HEADERS = ("Line", "Column", "Type", "Message", "Rule ID")
_WIDTHS = (8, 8, 8, 52, 20)


def wrap(text: str, width: int) -> list[str]:
    """``text`` in pieces of at most ``width`` terminal columns, broken after a space, ``/``
    or ``-`` when one is in the piece's second half.

    >>> wrap("ja-technical-writing/max-ten", 20)
    ['ja-technical-', 'writing/max-ten']
    >>> wrap("日本語の文です", 6)
    ['日本語', 'の文で', 'す']
    """
    pieces: list[str] = []
    while display_width(text) > width:
        cut, used = 0, 0
        while cut < len(text) and used + display_width(text[cut]) <= width:
            used += display_width(text[cut])
            cut += 1
        soft = max((i + 1 for i in range(cut // 2, cut) if text[i] in " /-"), default=0)
        cut = soft or max(cut, 1)
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip(" ")
    return [*pieces, text]


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _row(cells) -> list[str]:
    wrapped = [wrap(str(cell), width) for cell, width in zip(cells, _WIDTHS)]
    height = max(len(lines) for lines in wrapped)
    return ["║ " + " │ ".join(_pad(lines[i] if i < len(lines) else "", width)
                              for lines, width in zip(wrapped, _WIDTHS)) + " ║" for i in range(height)]


def render(results: list[FileResult], color: bool = False) -> str:
    out: list[str] = []
    for result in results:
        if not result.problems:
            continue
        out += ["", result.path, "", *_row(_HEADERS), "╟" + "┼".join("─" * (w + 2) for w in _WIDTHS) + "╢"]
        for p in result.problems:
            line, column, _, _ = span(result, p)
            out += _row((line, column, p.severity.label, one_line(p.message), p.rule_id))
    if not out:
        return ""
    inner = sum(w + 2 for w in _WIDTHS) + len(_WIDTHS) - 1
    summary = severity_counts(counts(results), capitalized=True)
    out += ["", "╔" + "═" * inner + "╗", "║ " + _pad(summary, inner - 2) + " ║", "╚" + "═" * inner + "╝"]
    return "\n".join(out) + "\n"

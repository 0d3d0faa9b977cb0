"""textlint's ``pretty-error`` format: each problem with the lines around it, marked.

    ja-technical-writing/no-exclamation-question-mark: 感嘆符「!」は使わず、平叙文で書いてください。
    posts/a.md:3:9
                           v
        2.
        3. これはテストです!ですよね?
        4.
                           ^

The marks stand over and under the problem's first character as a terminal shows the
line: wide (full-width) characters take two columns.  The header's line and column are
textlint's (columns in UTF-16 code units, 1-based), as in the other formats.
"""

from __future__ import annotations

from postlint.formatters import FileResult
from postlint.formatters._common import one_line, span
from postlint.formatters._terminal import display_width, paint, severity_counts
from postlint.rule import Severity
from postlint.source import Source, SourceError, read_bounded

_RED, _GREY, _BOLD = "\033[31m", "\033[90m", "\033[1m"


def frame(lines: list[str], line: int, column: int, color: bool = False) -> list[str]:
    """The lines around ``line`` (1-based) with marks over and under ``column`` (0-based,
    characters of that line).

    >>> print("\\n".join(frame(["# 題", "", "これは例です!"], 3, 6)))
                       v
        2.
        3. これは例です!
                       ^
    """
    numbers = [n for n in (line - 1, line, line + 1) if 1 <= n <= len(lines)]
    gutter = len(str(numbers[-1]))
    text = lines[line - 1] if line <= len(lines) else ""
    at = 4 + gutter + 2 + display_width(text[:column])
    out = [paint(" " * at + "v", _RED, color)]
    for n in numbers:
        shown = f"    {n:>{gutter}}. {lines[n - 1]}".rstrip()
        out.append(shown if n == line else paint(shown, _GREY, color))
    out.append(paint(" " * at + "^", _RED, color))
    return out


def _lines_of(result: FileResult) -> list[str]:
    """The file's lines: a run keeps no file's text, so it is read again (as textlint's
    format does); none when it cannot be (standard input, a file gone or unreadable)."""
    text = result.source.text if result.source is not None else ""
    if not text or text == "\0":
        try:
            text = Source.from_bytes(read_bounded(result.path), result.path).text
        except (OSError, SourceError):
            return []
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def chunks(results, color: bool = False):
    totals = {s: 0 for s in Severity}
    for result in results:
        if not result.problems:
            continue
        lines = _lines_of(result)
        blocks = []
        for p in result.problems:
            totals[p.severity] += 1
            line, column, _, _ = span(result, p)
            head = f"{paint(p.rule_id, _GREY, color)}: {paint(one_line(p.message), _RED, color)}"
            where = paint(f"{result.path}:{line}:{column}", _GREY, color)
            body = frame(lines, p.line, p.column, color) if 1 <= p.line <= len(lines) else []
            blocks.append("\n".join([head, where, *body]) + "\n\n")
        yield "".join(blocks)
    total = sum(totals.values())
    if total:
        yield paint(f"✖ {total} problem{'s' * (total != 1)} ({severity_counts(totals)})", _BOLD, color) + "\n"


def render(results: list[FileResult], color: bool = False) -> str:
    return "".join(chunks(results, color))

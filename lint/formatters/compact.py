"""One line per problem, ESLint's compact format (easy to grep and to parse):

    posts/a.md: line 3, col 5, Error - message (max-ten)

Columns are 1-based UTF-16 code units; the message is kept on one line.
"""

from __future__ import annotations

from postlint.formatters import FileResult
from postlint.formatters._common import line_chunks, render_lines


def _line(path: str, line: int, column: int, p, message: str) -> str:
    return f"{path}: line {line}, col {column}, {p.severity.label.capitalize()} - {message} ({p.rule_id})"


def chunks(results, color: bool = False):
    return line_chunks(results, _line)


def render(results: list[FileResult], color: bool = False) -> str:
    return render_lines(results, _line)

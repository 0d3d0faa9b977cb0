r"""``path:line:column: message [Severity/rule-id]``, the format of compilers and grep.

Editors jump to each problem from it (Vim's quickfix list with
``errorformat=%f:%l:%c:\ %m``, Emacs compilation mode).  Columns are 1-based
UTF-16 code units; the message is kept on one line.
"""

from __future__ import annotations

from postlint.formatters import FileResult
from postlint.formatters._common import line_chunks, render_lines


def _line(path: str, line: int, column: int, p, message: str) -> str:
    return f"{path}:{line}:{column}: {message} [{p.severity.label.capitalize()}/{p.rule_id}]"


def chunks(results, color: bool = False):
    return line_chunks(results, _line)


def render(results: list[FileResult], color: bool = False) -> str:
    return render_lines(results, _line)

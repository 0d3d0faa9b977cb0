"""GitHub Actions workflow commands: each problem becomes an annotation on the pull request.

    ::error file=posts/a.md,line=3,endLine=3,col=5,endColumn=9,title=max-ten::message

error -> ``::error``, warning -> ``::warning``, info -> ``::notice``.  Lines are
1-based, counted by line feeds as git counts them (a U+2028 or a lone CR, which ends a
line for textlint, ends none here), columns 1-based UTF-16 code units; file paths are relative to the
current folder (run postlint from the repository root).  Escaping follows the
runner's rules: in the message ``%``, CR and LF become ``%25``, ``%0D``,
``%0A``; in property values ``:`` and ``,`` also become ``%3A`` and ``%2C``.
"""

from __future__ import annotations

from postlint.formatters import FileResult
from postlint.formatters._common import relative_path, span
from postlint.rule import Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def chunks(results, color: bool = False):
    """A file's annotations at a time."""
    for result in results:
        path = relative_path(result.path)
        lines = []
        for p in result.problems:
            line, column, end_line, end_column = span(result, p, git=True)
            props = [("file", path), ("line", line), ("endLine", end_line), ("col", column)]
            if end_line == line:  # GitHub ignores endColumn on a multi-line annotation
                props.append(("endColumn", end_column))
            props.append(("title", f"postlint {p.rule_id}"))
            shown = ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
            lines.append(f"::{COMMANDS[p.severity]} {shown}::{escape_data(p.message)}\n")
        if lines:
            yield "".join(lines)


def render(results: list[FileResult], color: bool = False) -> str:
    return "".join(chunks(results, color))

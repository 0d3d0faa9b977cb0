"""``--fix --format compats``: textlint's one line per fix applied, then the count::

    Fixed✔ /site/_posts/a.md: line 5, col 4, Error - message (rule-id)


    Fixed 1 problem

Nothing when nothing was fixed.  Positions are those of the text each fix was found in.
"""

from __future__ import annotations

from postlint.formatters import FileResult
from postlint.formatters.json import file_path
from postlint.rule import Severity


def render(results: list[FileResult]) -> str:
    lines = []
    for result in results:
        for part in result.applied:
            for p in part.problems:
                line, column, _, _ = part.loc(p)
                kind = "Error" if p.severity == Severity.ERROR else "Warning"
                lines.append(f"Fixed✔ {file_path(result.path)}: line {line}, col {column}, {kind} - "
                             f"{p.message} ({p.rule_id})\n")
    if not lines:
        return ""
    return "".join(lines) + f"\n\nFixed {len(lines)} problem{'s' if len(lines) != 1 else ''}\n"

"""reviewdog's Diagnostic Format as JSON Lines (rdjsonl): one ``Diagnostic`` a line.

    postlint --format rdjsonl _posts/ | reviewdog -f=rdjsonl -reporter=github-pr-check

The diagnostics of :mod:`postlint.formatters.rdjson`, written as each file is linted.
"""

from __future__ import annotations

import json

from postlint.formatters import FileResult
from postlint.formatters._common import relative_path
from postlint.formatters.rdjson import Positions, diagnostic, source_of


def chunks(results, color: bool = False):
    """A file's diagnostics at a time."""
    for result in results:
        path = relative_path(result.path)
        position = Positions(source_of(result)) if result.problems else None
        lines = [json.dumps(diagnostic(position, p, path), ensure_ascii=False) + "\n" for p in result.problems]
        if lines:
            yield "".join(lines)


def render(results: list[FileResult], color: bool = False) -> str:
    return "".join(chunks(results, color))

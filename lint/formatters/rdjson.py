"""reviewdog's Diagnostic Format (rdjson): one ``DiagnosticResult`` for the whole run.

    postlint --format rdjson _posts/ | reviewdog -f=rdjson -reporter=github-pr-review

reviewdog (https://github.com/reviewdog/reviewdog) posts each problem as a review comment
on the lines a pull request changed, and a fix as a suggested change the author can commit
with one click.  Each diagnostic has the message, the rule id as ``code`` (with the rule's
page when $POSTLINT_DOCS_URL says where the pages are published), the severity (ERROR,
WARNING, INFO) and the range where the problem really is in the file: lines counted by line
feeds, as git counts them, and columns in UTF-8 bytes from 1, as the format asks (「本文」's
second character is at column 4).  A fix becomes a ``suggestions`` entry, safe or not (a
reviewer accepts it or not).  ``rdjsonl`` is the same diagnostics, one JSON line each.
"""

from __future__ import annotations

import bisect
import json
import os
from pathlib import Path

from postlint.formatters import FileResult
from postlint.formatters._common import docs_href, relative_path
from postlint.rule import Severity

SEVERITY = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}
SOURCE = {"name": "postlint"}


def source_of(result: FileResult):
    """The file's :class:`~postlint.source.Source`: the result's own, or, when a worker process
    or the cache kept only its problems' positions (in UTF-16 units), the file read again."""
    from postlint.source import Source, SourceError

    if isinstance(result.source, Source) or result.source is None:
        return result.source
    try:
        return Source.from_bytes(Path(result.path).read_bytes(), result.path)
    except (OSError, SourceError):
        return None


class Positions:
    """``{"line", "column"}`` of str offsets of a file's ``source``: line 1-based (line feeds,
    as git counts lines), column 1-based in UTF-8 bytes (a BOM counts on line 1, as it stands
    in the file).  The lines are found once a file, and a column is counted on from the one
    asked before when it lies further on the same line (problems come in order): a file of
    one long line and thousands of problems costs one pass over it, not one each.

    >>> from postlint.source import Source
    >>> at = Positions(Source.from_text("# 題\\r\\n本文😀x\\n"))
    >>> at(6), at(8), Positions(None)(5)
    ({'line': 2, 'column': 4}, {'line': 2, 'column': 11}, {'line': 1, 'column': 1})
    >>> at(6), at(0)  # asked again, and backwards
    ({'line': 2, 'column': 4}, {'line': 1, 'column': 1})
    """

    def __init__(self, source) -> None:
        self.source = source
        self.line_starts = source.lf_line_starts if source is not None else [0]
        self._last = (-1, 0, 0)  # (line start, offset, its UTF-8 bytes from the line start) asked last

    def __call__(self, offset: int) -> dict:
        source = self.source
        if source is None:
            return {"line": 1, "column": 1}
        text = source.text
        offset = max(0, min(offset, len(text)))
        line = bisect.bisect_right(self.line_starts, offset)
        line_start = self.line_starts[line - 1]
        last_start, last_offset, last_bytes = self._last
        if last_start == line_start and last_offset <= offset:
            counted = last_bytes + len(text[last_offset:offset].encode("utf-8", "surrogatepass"))
        else:
            counted = len(text[line_start:offset].encode("utf-8", "surrogatepass"))
        self._last = (line_start, offset, counted)
        column = counted + 1
        if line_start == 0 and source.bom:
            column += 3
        return {"line": line, "column": column}


def diagnostic(position: Positions, problem, path: str) -> dict:
    """One problem as an rdjson ``Diagnostic`` (``position``: of its file's :func:`source_of`)."""
    found = {
        "message": problem.message,
        "location": {"path": path, "range": {"start": position(problem.start), "end": position(problem.end)}},
        "severity": SEVERITY[problem.severity],
        "code": {"value": problem.rule_id},
    }
    href = docs_href(problem.rule_id, os.environ.get("POSTLINT_DOCS_URL"))
    if href:
        found["code"]["url"] = href
    if problem.fix is not None:
        found["suggestions"] = [{"range": {"start": position(problem.fix.start), "end": position(problem.fix.end)},
                                 "text": problem.fix.text}]
    return found


def diagnostics(results):
    """Every problem's ``Diagnostic``, file by file."""
    for result in results:
        path = relative_path(result.path)
        position = Positions(source_of(result)) if result.problems else None
        for problem in result.problems:
            yield diagnostic(position, problem, path)


def render(results: list[FileResult], color: bool = False) -> str:
    found = list(diagnostics(results))
    worst = min((d["severity"] for d in found), key=list(SEVERITY.values()).index, default=None)
    document = {"source": SOURCE, **({"severity": worst} if worst else {}), "diagnostics": found}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

"""textlint's JSON shape, offsets in UTF-16 code units, so it diffs with ``textlint --format json``.

``[{"filePath": ..., "messages": [{"type": "lint", "ruleId", "message", "index", "line",
"column", "range", "loc", "severity", "fix"?}]}]`` — columns 1-based, ``fix`` as
``{"range": [start, end], "text": ...}``.
"""

from __future__ import annotations

import json as _json
import os

from postlint.formatters import FileResult


def message(result: FileResult, p) -> dict:
    start, end = result.utf16_range(p)
    line, column, end_line, end_column = result.loc(p)
    out = {
        "type": "lint",
        "ruleId": p.rule_id,
        "message": p.message,
        "index": start,
        "line": line,
        "column": column,
        "range": [start, end],
        "loc": {"start": {"line": line, "column": column}, "end": {"line": end_line, "column": end_column}},
        "severity": int(p.severity),
    }
    if p.fix is not None:
        out["fix"] = {"range": [result.utf16(p.fix.start), result.utf16(p.fix.end)], "text": p.fix.text}
        if not p.fix.safe:
            out["fix"]["suggestion"] = True
    return out


def file_path(path: str) -> str:
    return path if path.startswith("<") else os.path.abspath(path)


def chunks(results: list[FileResult], color: bool = False):
    """The JSON array in pieces, one per file: written as they come, a run's output never
    exists whole in memory."""
    yield "["
    for i, r in enumerate(results):
        yield (", " if i else "") + _json.dumps(
            {"messages": [message(r, p) for p in r.problems], "filePath": file_path(r.path)}, ensure_ascii=False)
    yield "]"


def render(results: list[FileResult], color: bool = False) -> str:
    return "".join(chunks(results, color))

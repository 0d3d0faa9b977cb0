"""``--fix --format json``: textlint's fixer JSON, one object per file::

    [{"filePath": ..., "output": the fixed text, "messages": [...],
      "applyingMessages": [...], "remainingMessages": [...]}]

``applyingMessages``: the problems whose fixes were applied, each with the positions of the
text it was found in (a later pass finds problems in the text an earlier pass fixed);
``remainingMessages``: what the fixed file still has (every rule's, not only the fixable
rules' as in textlint, which runs only those with --fix); ``messages``: both.  ``output``
is null for a file that could not be read or decoded.  Messages are the lint JSON's
(:mod:`postlint.formatters.json`).
"""

from __future__ import annotations

import json as _json

from postlint.formatters import FileResult
from postlint.formatters.json import file_path, message


def file_report(result: FileResult) -> dict:
    applying = [message(part, p) for part in result.applied for p in part.problems]
    remaining = [message(result, p) for p in result.problems]
    return {"filePath": file_path(result.path), "output": result.output, "messages": applying + remaining,
            "applyingMessages": applying, "remainingMessages": remaining}


def render(results: list[FileResult]) -> str:
    return _json.dumps([file_report(r) for r in results], ensure_ascii=False) + "\n"

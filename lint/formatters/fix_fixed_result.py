"""``--fix --format fixed-result``: the fixed text of each file, one after the other, as
textlint prints it (with ``--dry-run``, what the files would become)."""

from __future__ import annotations

from postlint.formatters import FileResult


def render(results: list[FileResult]) -> str:
    return "".join(r.output or "" for r in results)

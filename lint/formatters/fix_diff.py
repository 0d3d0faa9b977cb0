"""``--fix --format diff``: what --fix changed (or, with ``--dry-run``, would change), as a
unified diff per file, then textlint's count of the problems fixed and remaining.  textlint
prints its own line diff; a unified diff can also be applied with ``git apply``/``patch``
(leave out the count).  Nothing when nothing was fixed, as in textlint."""

from __future__ import annotations

from postlint.formatters import FileResult


def _problems(count: int) -> str:
    return f"{count} problem{'s' if count != 1 else ''}"


def render(results: list[FileResult]) -> str:
    fixed = sum(r.fixed for r in results)
    if not fixed:
        return ""
    remaining = sum(len(r.problems) for r in results)
    out = "".join(r.diff for r in results)
    out += f"\n✔ Fixed {_problems(fixed)}\n"
    if remaining:
        out += f"✖ Remaining {_problems(remaining)}\n"
    return out

"""The default human format: each file, then ``line:column  severity  message  rule-id``.

Colour only when asked (the CLI asks when stdout is a terminal).  Columns are
1-based characters, as an editor shows them.  ✓ marks a problem ``--fix`` repairs.
"""

from __future__ import annotations

from postlint.formatters import FileResult
from postlint.formatters._terminal import paint
from postlint.rule import Severity

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_DIM, _BOLD = "\033[2m", "\033[1m"


def chunks(results, color: bool = False):
    """Each file's block as soon as it comes, then the totals."""
    totals = {s: 0 for s in Severity}
    fixed = fixable = 0
    for result in results:
        fixed += result.fixed
        if not result.problems:
            continue
        lines = [paint(result.path, _BOLD, color)]
        rows = []
        for p in result.problems:
            totals[p.severity] += 1
            where = f"{p.line}:{p.column + 1}"
            safe_fix = p.fix is not None and p.fix.safe
            fixable += safe_fix
            rows.append((where, p.severity, ("✓ " if safe_fix else "") + p.message.replace("\n", " "), p.rule_id))
        width = max(len(r[0]) for r in rows)
        for where, severity, message, rule_id in rows:
            label = paint(severity.label.ljust(7), _COLORS[severity], color)
            lines.append(f"  {where.ljust(width)}  {label}  {message}  {paint(rule_id, _DIM, color)}")
        yield "\n".join(lines) + "\n\n"
    lines = []
    total = sum(totals.values())
    if total:
        parts = [f"{totals[Severity.ERROR]} error{'s' * (totals[Severity.ERROR] != 1)}",
                 f"{totals[Severity.WARNING]} warning{'s' * (totals[Severity.WARNING] != 1)}"]
        if totals[Severity.INFO]:
            parts.append(f"{totals[Severity.INFO]} info")
        summary = f"✖ {total} problem{'s' * (total != 1)} ({', '.join(parts)})"
        lines.append(paint(summary, _COLORS[Severity.ERROR] if totals[Severity.ERROR] else _COLORS[Severity.WARNING], color))
        if fixable:
            lines.append(f"✓ {fixable} fixable with the `--fix` option")
    if fixed:
        lines.append(f"✓ fixed {fixed} problem{'s' * (fixed != 1)}; {total} remain")
    if lines:
        yield "\n".join(lines) + "\n"


def render(results: list[FileResult], color: bool = False) -> str:
    return "".join(chunks(results, color))

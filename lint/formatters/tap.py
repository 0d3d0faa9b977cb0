"""TAP version 13 (the Test Anything Protocol), as textlint's ``tap`` format: one test per
file, ``ok`` when it has no problem, else ``not ok`` with the problems in a YAML block::

    TAP version 13
    1..2
    ok 1 - posts/a.md
    not ok 2 - posts/b.md
      ---
      message: 一文に「、」が 4 個あります。…
      severity: error
      data:
        line: 5
        column: 20
        ruleId: ja-technical-writing/max-ten
      ...

The first problem's fields stand in the block itself, the others under ``messages:``, as
textlint writes them.  Lines and columns are textlint's (columns in UTF-16 code units).
"""

from __future__ import annotations

import json

from postlint.formatters import FileResult
from postlint.formatters._common import span


def _quoted(text: str) -> str:
    """A YAML scalar for ``text``: as it is when plain YAML reads it back, else JSON-quoted."""
    plain = text and text.strip() == text and "\n" not in text and not text[0] in "!&*-?:,[]{}#|>@`'\"%" \
        and ": " not in text and " #" not in text
    return text if plain else json.dumps(text, ensure_ascii=False)


def _fields(result: FileResult, problem, indent: str) -> list[str]:
    line, column, _, _ = span(result, problem)
    return [f"{indent}message: {_quoted(problem.message)}", f"{indent}severity: {problem.severity.label}",
            f"{indent}data:", f"{indent}  line: {line}", f"{indent}  column: {column}",
            f"{indent}  ruleId: {_quoted(problem.rule_id)}"]


def render(results: list[FileResult], color: bool = False) -> str:
    lines = ["TAP version 13", f"1..{len(results)}"]
    for number, result in enumerate(results, 1):
        if not result.problems:
            lines.append(f"ok {number} - {result.path}")
            continue
        first, *others = result.problems
        lines += [f"not ok {number} - {result.path}", "  ---", *_fields(result, first, "  ")]
        if others:
            lines.append("  messages:")
            for problem in others:
                block = _fields(result, problem, "      ")
                lines += ["    - " + block[0].lstrip(), *block[1:]]
        lines.append("  ...")
    return "\n".join(lines) + "\n"

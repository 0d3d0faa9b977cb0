"""Output formats.  Each module defines ``render(results, color=False) -> str``, and a
streaming one also ``chunks(results, color=False)``, the same text in pieces.

``results`` holds a :class:`FileResult` per linted file, in the order the files
were given (a list for ``render``, any iterable for ``chunks``).  Formats that promise textlint's or an editor's
units (json, sarif, lsp) convert offsets to UTF-16 here, at the edge.
"""

from __future__ import annotations

import importlib

from postlint.record import Record
from postlint.rule import Problem, Severity
from postlint.source import Source

FORMATS = ("stylish", "json", "sarif", "github", "junit", "checkstyle", "compact", "unix", "pretty-error", "tap",
           "jslint-xml", "table", "rdjson", "rdjsonl", "gitlab")
# textlint's formats of what --fix did, for --fix only; with --fix, json is its fixer JSON too
FIX_FORMATS = ("diff", "fixed-result", "compats")
_FIX_MODULES = {"diff": "fix_diff", "fixed-result": "fix_fixed_result", "compats": "fix_compats", "json": "fix_json"}


class FileResult(Record):
    """One file's problems, for the formats.  After ``--fix``: ``fixed``, how many problems
    it repaired; ``diff``, what changed (with ``--dry-run`` or ``--format diff``);
    ``output``, the fixed text; ``applied``, a FileResult for each rule's fixes applied
    (the problems and the text they were found in: textlint's ``applyingMessages``)."""

    _fields = ("path", "problems", "source", "fixed", "diff", "output", "applied")

    def __init__(self, path: str, problems: list[Problem] | None = None, source: Source | None = None,
                 fixed: int = 0, diff: str = "", output: str | None = None,
                 applied: list | None = None) -> None:
        self.path = path
        self.problems = [] if problems is None else problems
        self.source = source
        self.fixed = fixed
        self.diff = diff
        self.output = output
        self.applied = [] if applied is None else applied

    def utf16(self, offset: int) -> int:
        return self.source.utf16(offset) if self.source is not None else offset

    def utf16_range(self, problem: Problem) -> tuple[int, int]:
        """A problem's range in UTF-16 code units, as textlint reports it (``utf16_shift``)."""
        start, end = self.utf16(problem.start), self.utf16(problem.end)
        if problem.utf16_shift:
            start, end = start + problem.utf16_shift[0], end + problem.utf16_shift[1]
        return start, end

    def utf16_column(self, problem: Problem, end: bool = False) -> int:
        """1-based UTF-16 column of a problem's start (or end), as textlint reports it."""
        if self.source is None or not self.source.text:
            return (problem.end_column if end else problem.column) + 1
        shift = problem.utf16_shift[end] if problem.utf16_shift else 0
        return self.source.utf16_position(problem.end if end else problem.start)[1] + 1 + shift

    def loc(self, problem: Problem) -> tuple[int, int, int, int]:
        """(line, column, end line, end column) as textlint prints them: lines 1-based,
        columns 1-based UTF-16 code units (see ``Problem.textlint_loc``)."""
        if problem.textlint_loc is not None:
            line, column, end_line, end_column = problem.textlint_loc
            return line, column + 1, end_line, end_column + 1
        return problem.line, self.utf16_column(problem), problem.end_line, self.utf16_column(problem, end=True)

    def git_loc(self, problem: Problem) -> tuple[int, int, int, int]:
        """:meth:`loc` with lines counted as git, GitHub and SARIF count them (by line feeds):
        where a file's lines end otherwise too (U+2028, U+2029, a lone CR), textlint's lines
        would put a pull request's annotation on another line, so the problem's own offsets
        are located so instead."""
        source = self.source
        if source is None or not source.text or not source.has_odd_breaks:
            return self.loc(problem)
        shift = problem.utf16_shift or (0, 0)
        (line, column), (end_line, end_column) = source.git_position(problem.start), source.git_position(problem.end)
        return line, column + 1 + shift[0], end_line, end_column + 1 + shift[1]


def counts(results: list[FileResult]) -> dict[Severity, int]:
    totals = {s: 0 for s in Severity}
    for result in results:
        for p in result.problems:
            totals[p.severity] += 1
    return totals


def render(name: str, results: list[FileResult], color: bool = False) -> str:
    return "".join(render_chunks(name, results, color))


def render_chunks(name: str, results, color: bool = False):
    """The output in pieces to write one after the other.  ``results`` may be any iterable:
    a format with ``chunks`` (json, stylish, github, unix, compact) takes the results one
    at a time and lets each go once written; the document formats (sarif, junit,
    checkstyle) gather them and come as one piece."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose one of: {', '.join(FORMATS)}")
    module = importlib.import_module(f"postlint.formatters.{name.replace('-', '_')}")
    if hasattr(module, "chunks"):
        return module.chunks(results, color=color)
    return [module.render(list(results), color=color)]


def is_fix_report(name: str) -> bool:
    """Whether ``--fix --format name`` reports what was fixed in one of textlint's fixer
    formats (:func:`render_fix`), not what remains."""
    return name in _FIX_MODULES


def render_fix(name: str, results: list[FileResult]) -> str:
    """The report of a ``--fix`` run in textlint's fixer format ``name``: ``diff``,
    ``fixed-result``, ``compats`` or ``json``."""
    return importlib.import_module(f"postlint.formatters.{_FIX_MODULES[name]}").render(results)

"""What the machine formats (sarif, checkstyle, the language server) say about a rule.

A reported id may carry a preset prefix (``ja-technical-writing/max-ten``); the
rule module, its docstring and its documentation page (``docs/rules/max-ten.md``)
go by the bare id.  Ids that are not rule modules (``parse``, ``fix``,
``config``) get a fixed description.

>>> bare_id("ja-technical-writing/max-ten"), docs_href("ja-technical-writing/max-ten", "https://x.example/r")
('max-ten', 'https://x.example/r/max-ten.md')
"""

from __future__ import annotations

import functools
import inspect
import os
from pathlib import Path

from postlint.rule import Severity

ENGINE_IDS = {
    "parse": "The file could not be read or parsed (encoding, binary content, empty file).",
    "fix": "Fixes did not settle: a rule kept changing the text during --fix.",
    "config": "The configuration could not be read.",
}
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def bare_id(rule_id: str) -> str:
    """The rule's own id: the reported id without a preset prefix, a package scope or
    ``textlint-rule-``.

    >>> bare_id("ja-technical-writing/max-ten"), bare_id("jtf-style/4.2.7.コロン(：)"), bare_id("max-ten")
    ('max-ten', 'jtf-4-2-7', 'max-ten')
    >>> bare_id("@textlint-rule/no-unmatched-pair"), bare_id("textlint-rule-max-ten")
    ('no-unmatched-pair', 'max-ten')
    >>> bare_id("@textlint-ja/ai-writing/no-ai-list-formatting")  # a scoped preset's rule
    'no-ai-list-formatting'
    """
    from postlint.config import normalise_rule_id, presets

    if "/" in rule_id:
        for preset in presets().values():
            prefix = preset.get("prefix")  # a scoped preset's has a slash (@textlint-ja/ai-writing)
            if prefix and rule_id.startswith(prefix + "/"):
                rest = rule_id[len(prefix) + 1:]
                # a rule the preset names by a key of its own (jtf-style/4.2.7.コロン(：))
                by_key = {key: rule for rule, key in (preset.get("keys") or {}).items()}
                return by_key.get(rest, rest)
    return normalise_rule_id(rule_id)


@functools.lru_cache(maxsize=None)
def _module(rule_id: str):
    from postlint.engine import load_rule

    try:
        return load_rule(bare_id(rule_id))
    except Exception:  # unknown, or a plugin that fails to load: describe it by id only
        return None


def description(rule_id: str) -> str:
    """The rule module's docstring, dedented (its first line is the summary)."""
    if rule_id in ENGINE_IDS:
        return ENGINE_IDS[rule_id]
    module = _module(rule_id)
    doc = inspect.cleandoc(module.__doc__ or "") if module is not None else ""
    return doc or f"postlint rule {rule_id}"


def summary(rule_id: str) -> str:
    return description(rule_id).splitlines()[0].strip()


def fixable(rule_id: str) -> bool:
    return bool(getattr(_module(rule_id), "FIXABLE", False))


def default_docs_base() -> str | None:
    """Base of the rule pages: $POSTLINT_DOCS_URL, else docs/rules/ of a source checkout."""
    env = os.environ.get("POSTLINT_DOCS_URL")
    if env:
        return env
    docs = Path(__file__).resolve().parents[2] / "docs"
    if docs.is_dir():
        return (docs / "rules").as_uri() + "/"
    return None


def docs_href(rule_id: str, base: str | None) -> str | None:
    """``<base>/<bare id>.md``, or None without a base or for an engine id."""
    if not base or rule_id in ENGINE_IDS:
        return None
    return f"{base.rstrip('/')}/{bare_id(rule_id).replace('/', '__')}.md"


# -- positions and paths -------------------------------------------------------------

def span(result, problem, git: bool = False) -> tuple[int, int, int, int]:
    """(line, column, end line, end column): lines 1-based, columns 1-based UTF-16 code units;
    lines as textlint counts them, or with ``git`` as git counts them (``FileResult.git_loc``)."""
    line, column, end_line, end_column = result.git_loc(problem) if git else result.loc(problem)
    line = max(1, line)
    end_line = max(line, end_line or line)
    if end_line == line and end_column < column:
        end_column = column
    return line, column, end_line, end_column


def is_inside(folder: str, path: str) -> bool:
    """Whether the absolute ``path`` is ``folder`` or under it (never across drives)."""
    try:
        return os.path.commonpath([folder, path]) == folder
    except ValueError:  # another drive (Windows)
        return False


def relative_path(path: str) -> str:
    """``path`` relative to the current folder when inside it (as CI tools expect), with ``/``."""
    if path.startswith("<"):
        return path
    absolute = os.path.abspath(path)
    here = os.getcwd()
    shown = os.path.relpath(absolute, here) if is_inside(here, absolute) else absolute
    return shown.replace(os.sep, "/")


# -- XML -------------------------------------------------------------------------------

_XML_BAD = {c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)} | {0xFFFE, 0xFFFF}


def xml_safe(text: str) -> str:
    """Text XML 1.0 can hold: control characters and lone surrogates become \\uXXXX."""
    return "".join(f"\\u{ord(ch):04X}" if ord(ch) in _XML_BAD or 0xD800 <= ord(ch) <= 0xDFFF else ch
                   for ch in text)


# -- one-line formats ------------------------------------------------------------------

def one_line(text: str) -> str:
    """A message on one line: line breaks become spaces."""
    return " ".join(text.split("\n")).replace("\r", " ")


def line_chunks(results, line_of):
    """One line per problem, ``line_of(path, line, column, problem, message)``, a file's lines
    at a time, then ``N problems``."""
    count = 0
    for result in results:
        lines = []
        for p in result.problems:
            line, column, _, _ = span(result, p)
            lines.append(line_of(result.path, line, column, p, one_line(p.message)) + "\n")
        count += len(lines)
        if lines:
            yield "".join(lines)
    if count:
        yield f"\n{count} problem{'s' * (count != 1)}\n"


def render_lines(results, line_of) -> str:
    return "".join(line_chunks(results, line_of))

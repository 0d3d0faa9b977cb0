"""Leftover markers, placeholders and instructions from drafting or text generation.

A post that went out with ``---END---`` on its last line, an unreplaced ``{{商品名}}`` or
``[ここに画像を挿入]``, a ``TODO:``, lorem ipsum, or an instruction meant for the writer or a
tool (「以下の記事を書いてください」, "As an AI language model") tells readers nobody read it
before publishing.  A stray ``---`` on the last line is reported too (after a paragraph it even
turns that paragraph into a heading).

The patterns are data: rules/dict/generation-artifacts.yml.  Options:

- ``patterns``: a list of patterns (or the path of a YAML file) that replaces the built-in list;
- ``extraPatterns``: patterns added to it.  A pattern is a regular expression string or a
  mapping ``{pattern, message, id, line: true (whole line), ignoreCase}``;
- ``trailingRule`` (default true): report a thematic break (``---``) on the last line.

Code blocks, inline code and front matter are never searched.  Liquid/Hugo template tags
(``{{ site.url }}``, ``{{< ref >}}``) are not placeholders.

    OK:  本文の最後の段落です。
    NG:  本文の最後の段落です。\\n\\n---END---
    NG:  [ここに画像を挿入]
"""

from __future__ import annotations

import re

from postlint.rules._editorial import body_start, builtin_data, combined, in_ranges, remember

ID = "no-generation-artifact"
NODES = ("Document",)
OPTIONS = {"patterns": (list, str, type(None)), "extraPatterns": (list, str, type(None)), "trailingRule": bool}
DEFAULTS = {"patterns": None, "extraPatterns": None, "trailingRule": True}
FILE_OPTIONS = ("patterns", "extraPatterns")  # a list, or the path of a YAML file (relative to the config's folder)

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_LEAD = re.compile(r"[ \t]*(?:(?:>|[-*+]|\d{1,3}[.)])[ \t]+)*")
_THEMATIC = re.compile(r"[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
_DECORATION = re.compile(r"[^\w\s]")


class _Pattern:
    def __init__(self, entry, index: int):
        if isinstance(entry, str):
            entry = {"pattern": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
            raise ValueError(f"pattern #{index + 1} must be a string or a mapping with 'pattern'")
        flags = re.IGNORECASE if entry.get("ignoreCase") else 0
        try:
            self.regex = re.compile(entry["pattern"], flags | re.MULTILINE)
        except re.error as exc:
            raise ValueError(f"pattern #{index + 1} ({entry['pattern']!r}) is not a valid regular expression: {exc}") from None
        self.id = entry.get("id") or f"pattern {index + 1}"
        self.line = bool(entry.get("line"))
        self.decorated = bool(entry.get("decorated"))
        self.message = entry.get("message") or "leftover generation or editing artifact: delete it"


_compiled: dict = {}


def _patterns(opts) -> list[_Pattern]:
    key = (repr(opts.get("patterns")), repr(opts.get("extraPatterns")))
    if key not in _compiled:
        entries = combined(builtin_data("generation-artifacts.yml")["patterns"], opts, "patterns", "extraPatterns")
        _compiled[key] = [_Pattern(e, i) for i, e in enumerate(entries)]
    return _compiled[key]


def _lines(text: str, start: int):
    for m in _LINE.finditer(text, start):
        if m.start() == m.end():
            break
        line = m.group().rstrip("\r\n")
        yield m.start(), line


def _line_hits(patterns, line: str) -> tuple:
    """(whole line?, start, end, message) of every pattern match in ``line``, in
    pattern order (offsets in the line); where they lie is checked by the caller.
    Remembered by line, so an edit re-reads one line."""
    hits = []
    lead = _LEAD.match(line).end()
    body = line[lead:].rstrip()
    for pat in patterns:
        if pat.line:
            m = pat.regex.fullmatch(body)
            if m and (not pat.decorated or _DECORATION.search(body)):
                hits.append((True, lead, lead + len(body), f"{pat.message} ({pat.id})"))
            continue
        for m in pat.regex.finditer(line):
            if m.end() > m.start():
                hits.append((False, m.start(), m.end(), f"{pat.message} ({pat.id}: {m.group().strip()!r})"))
    return tuple(hits)



def check_options(opts) -> None:
    """Read and compile the patterns (called when the config loads): a missing file or a bad
    pattern is a config error, not a problem in every post."""
    _patterns(opts)

def check(node, opts, ctx):
    text = ctx.text
    patterns = _patterns(opts)
    hidden, blocks = [], []
    for n in node.walk():
        if n.type in ("CodeBlock", "Code", "Link", "Html"):
            hidden.append((n.start, n.end))
            if n.type == "CodeBlock":
                blocks.append((n.start, n.end))
    last_line = None
    taken: list[tuple[int, int]] = []  # one report per place, even when two patterns match it

    def fresh(start, end):
        if any(s < end and start < e for s, e in taken):
            return False
        taken.append((start, end))
        return True

    for offset, line in _lines(text, body_start(node)):
        if not line.strip():
            continue
        last_line = (offset, line)
        if in_ranges(offset, blocks):
            continue
        hits = remember(ID, (id(patterns), line), lambda: _line_hits(patterns, line))
        for whole, start, end, message in hits:
            if (whole or not in_ranges(offset + start, hidden)) and fresh(offset + start, offset + end):
                yield ctx.report(offset + start, offset + end, message)
    if opts["trailingRule"] and last_line is not None:
        offset, line = last_line
        if _THEMATIC.fullmatch(line.rstrip()) and not in_ranges(offset, blocks) and offset > body_start(node):
            yield ctx.report(offset, offset + len(line.rstrip()),
                             "stray '---' on the last line: delete it (after a paragraph it turns that paragraph into a heading)")

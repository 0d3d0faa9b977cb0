"""What the JTF-style word and character rules (jtf-2-1-2, -2-1-5, -2-1-6, -2-2-1, -2-2-3) share.

textlint-rule-preset-jtf-style checks spellings with textlint-rule-prh and a
dictionary of its own (here ``rules/dict/jtf-*.yml``, run by :mod:`postlint.prh`).
:class:`Dictionary` does what that rule does with one ``Str`` node: every text
outside links, images, block quotes and emphasis is checked (headings, lists and
table cells included), each change reported at its first character with the
dictionary's replacement as the fix.

Character checks see fewer nodes: :func:`postlint.rules._textlint.is_plain_str` is textlint-rule-helper's
``isPlainStrNode`` (text directly in a paragraph, not in a block quote).

In both, a bare URL in the text is a link of its own in textlint's tree, so it is
left out and the text on each side is a ``Str`` of its own (:func:`postlint.rules._textlint.text_spans`).
"""

from __future__ import annotations

import functools
import re

from postlint.jsregex import JSRegexError, compile_js
from postlint.prh import Engine
from postlint.rules import data_text
from postlint.rules._textlint import inside, text_spans

_NOT_CHECKED_BY_PRH = ("Link", "Image", "BlockQuote", "Emphasis")
_BACKREFERENCE = re.compile(r"\\[1-9]|\\k<")


def _without_assertions(source: str) -> str | None:
    """``source`` with its anchors, word boundaries and look-arounds taken out.

    Without them a regex matches at least what it matched before, and a match in a
    part of a text is a match in the whole text.  None when that cannot be said
    (a back-reference may refer to a group that was inside a look-around).
    """
    if _BACKREFERENCE.search(source):
        return None
    out = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            if source[i + 1:i + 2] not in ("b", "B"):
                out.append(source[i:i + 2])
            i += 2
        elif c == "[":
            end = _class_end(source, i)
            out.append(source[i:end])
            i = end
        elif c in "^$":
            i += 1
        elif source.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(source, i)
        else:
            out.append(c)
            i += 1
    return "".join(out)


_QUANTIFIER = re.compile(r"(?:[?*+]|\{[0-9,]*\})\??")
_ESCAPED_LITERAL = frozenset("\\/.*+?()[]{}|^$-")
_ESCAPED_CLASS = frozenset("dDsSwWnrtfv")


def _required_literal(source: str) -> str:
    """The longest run of plain characters in every match of ``source`` ("": none found).

    Only the top level is read: groups and classes end a run, and so does a character
    with a quantifier; an alternative at the top level or an escape of several
    characters (``\\u3042``) gives up.
    """
    if source.startswith("(?:") and _group_end(source, 0) == len(source):
        return _required_literal(source[3:-1])  # (prh puts a list of patterns in one group)
    runs, run = [], ""
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        char = None
        if c == "|":
            return ""
        if c == "\\":
            escaped = source[i + 1:i + 2]
            if escaped in _ESCAPED_LITERAL:
                char = escaped
            elif escaped not in _ESCAPED_CLASS:
                return ""
            i += 2
        elif c == "(":
            i = _group_end(source, i)
        elif c == "[":
            i = _class_end(source, i)
        elif c == ".":
            i += 1
        else:
            char, i = c, i + 1
        quantifier = _QUANTIFIER.match(source, i)
        if quantifier:
            i = quantifier.end()
        if char is None or quantifier:
            runs.append(run)
            run = ""
        else:
            run += char
    runs.append(run)
    return max(runs, key=len)


def _class_end(source: str, i: int) -> int:
    """The index after the character class that starts at ``source[i]`` (``[``)."""
    i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _group_end(source: str, i: int) -> int:
    """The index after the group that starts at ``source[i]`` (``(``)."""
    depth = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(source, i)
            continue
        depth += (c == "(") - (c == ")")
        i += 1
        if depth == 0:
            break
    return i


class Dictionary:
    """A prh dictionary of ``rules/dict/<name>.yml``, checked the way textlint-rule-prh does."""

    def __init__(self, name: str) -> None:
        self.engine = Engine.from_yaml(data_text("dict", f"{name}.yml"), f"dict/{name}.yml")
        self.name = name
        self._screens = [(rule, self._screen(rule)) for rule in self.engine.rules]

    @staticmethod
    def _screen(rule):
        """A test that passes for every text the rule matches in (None: always try the rule)."""
        loose = _without_assertions(rule.regex.source)
        if loose is None:
            return None
        literal = _required_literal(loose) if not rule.regex.flags else ""
        if literal:
            return lambda text: literal in text  # (much faster than a search)
        try:
            return compile_js(loose, "mu" + rule.regex.flags).search
        except JSRegexError:
            return None

    def rules_for(self, text: str) -> list:
        """The rules that may match in some part of ``text`` (one search each)."""
        return [rule for rule, screen in self._screens if screen is None or screen(text)]

    def problems(self, node, ctx, message):
        """Problems in the ``Str`` ``node``; ``message(actual, expected)`` words each one."""
        rules = ctx.memo(("jtf-dictionary", self.name), lambda: self.rules_for(ctx.text))
        if not rules or inside(node, ctx.text, *_NOT_CHECKED_BY_PRH):
            return
        for start, end in text_spans(node, ctx):
            for change in self.engine.changes(ctx.text[start:end], rules=rules):
                text = message(change.actual, change.expected)
                if change.note:
                    text = f"{text}\n{change.note}"
                at = start + change.start
                yield ctx.report(at, at + 1, text, fix=ctx.fix(at, start + change.end, change.expected))


@functools.cache
def dictionary(name: str) -> Dictionary:
    """The dictionary ``rules/dict/<name>.yml`` (loaded once)."""
    return Dictionary(name)

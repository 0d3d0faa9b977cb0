"""Disable comments, as textlint-filter-rule-comments reads them.

``<!-- textlint-disable -->`` silences every rule until ``<!-- textlint-enable -->``;
``<!-- textlint-disable max-ten,no-doubled-joshi -->`` only those, named as they are
reported, as textlint compares them: a preset's rule with its preset
(``ja-technical-writing/max-ten``; ``preset-`` and ``textlint-rule-`` prefixes may be
written), ``max-ten`` alone the rule enabled on its own.  ``postlint-disable`` and
``postlint-enable`` work the same way, except that a bare id there also names the rule in
any preset.  A problem is silenced when its whole range lies in a disabled range, as in
textlint.  What follows ``--`` in a directive describes it
(``<!-- textlint-disable max-ten -- a quoted list -->``), and the filter's
``enablingComment``/``disablingComment`` options name other words for textlint's two.
In MDX, which has no HTML comments, ``{/* textlint-disable */}`` does the same.

>>> from postlint.markdown import parse
>>> from postlint.source import Source
>>> from postlint.rule import Problem
>>> text = "a\\n\\n<!-- textlint-disable max-ten -->\\n\\nb\\n\\n<!-- textlint-enable -->\\n\\nc\\n"
>>> doc = parse(Source.from_text(text))
>>> kept = filter_problems([Problem("max-ten", "", 0, 1), Problem("max-ten", "", 38, 39),
...                         Problem("x", "", 38, 39)], doc, text)
>>> [(p.rule_id, p.start) for p in kept]
[('max-ten', 0), ('x', 38)]
"""

from __future__ import annotations

import functools
import re

from postlint.config import COMMENT_WORDS
from postlint.nodes import Node
from postlint.record import Record
from postlint.rule import Problem

_END = float("inf")


@functools.lru_cache(maxsize=8)
def _directive(words: tuple[str, str]) -> re.Pattern:
    """A comment that starts with one of the directive words (``words``: the enabling and
    the disabling one; postlint's own always), then the rule ids."""
    names = _all_words(words)
    # a word is whole when no letter follows it (textlint-disable-next-line is one, of rule -next-line)
    alternatives = "|".join(re.escape(w) + (r"\b" if re.match(r"\w", w[-1:]) else "") for w in names)
    return re.compile(rf"<!--\s*({alternatives})([^>]*?)\s*-->")


@functools.lru_cache(maxsize=8)
def _comment_directive(words: tuple[str, str]) -> re.Pattern:
    """One of the directive words in an MDX comment's text, then the rule ids."""
    return re.compile("(" + "|".join(re.escape(w) for w in _all_words(words)) + r")([\s\S]*)")


def _all_words(words: tuple[str, str]) -> list[str]:
    """The config's two directive words and postlint's own, longest first (so that a word
    is not taken for the start of a longer one)."""
    return sorted({*words, "postlint-enable", "postlint-disable"}, key=len, reverse=True)


class _Range(Record):
    """Where rules are disabled: ``rules`` (None: all of them) from ``start`` to ``end``."""

    _fields = ("start", "end", "rules", "any_preset")

    def __init__(self, start: int, end: float, rules: frozenset[str] | None, any_preset: bool = False) -> None:
        self.start = start
        self.end = end
        self.rules = rules
        self.any_preset = any_preset  # (postlint-disable) a bare id names the rule in any preset too


def _name(raw: str) -> str:
    """'preset-ja-technical-writing/max-ten' and 'textlint-rule-max-ten' name rules as shown."""
    name = raw.strip()
    for prefix in ("textlint-rule-preset-", "preset-", "textlint-rule-"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name


def _names(spec: str) -> frozenset[str] | None:
    """The rule ids of a directive, without the description after ``--``.

    >>> sorted(_names(" max-ten, preset-ja-technical-writing/no-nfd -- quoted text "))
    ['ja-technical-writing/no-nfd', 'max-ten']
    """
    names = frozenset(_name(n) for n in spec.split("--", 1)[0].split(",") if n.strip())
    return names or None


def disabled_ranges(doc: Node, text: str, words: tuple[str, str] = COMMENT_WORDS) -> list[_Range]:
    ranges: list[_Range] = []
    open_all: int | None = None
    open_rules: dict[tuple[str, bool], int] = {}  # (rule, any preset) -> where it was disabled
    enabling = {words[0], "postlint-enable"}
    for node in doc.walk():
        if node.type == "Html":
            matches = _directive(words).finditer(text, node.start, node.end)
        elif node.type == "Comment":  # MDX's {/* textlint-disable */}: the words anywhere in it
            found = _comment_directive(words).search(text, node.start + 3, max(node.start + 3, node.end - 3))
            matches = [found] if found else []
        else:
            continue
        for match in matches:
            word, rules = match.group(1), _names(match.group(2))
            lenient, kind = word.startswith("postlint-"), "enable" if word in enabling else "disable"
            at = match.start()
            if kind == "disable":
                if rules is None:
                    open_all = at if open_all is None else open_all
                else:
                    for r in rules:
                        open_rules.setdefault((r, lenient), at)
            elif rules is None:
                if open_all is not None:
                    ranges.append(_Range(open_all, at, None))
                    open_all = None
                ranges.extend(_Range(s, at, frozenset([r]), any_) for (r, any_), s in open_rules.items())
                open_rules.clear()
            else:
                for key in [k for k in open_rules if k[0] in rules]:
                    ranges.append(_Range(open_rules.pop(key), at, frozenset([key[0]]), key[1]))
    if open_all is not None:
        ranges.append(_Range(open_all, _END, None))
    ranges.extend(_Range(s, _END, frozenset([r]), any_) for (r, any_), s in open_rules.items())
    return ranges


def _matches(rule_id: str, names: frozenset[str] | None, any_preset: bool = False) -> bool:
    if names is None:
        return True
    return rule_id in names or (any_preset and rule_id.rsplit("/", 1)[-1] in names)


def filter_problems(problems: list[Problem], doc: Node, text: str, aliases: dict | None = None,
                    words: tuple[str, str] = COMMENT_WORDS) -> list[Problem]:
    """``problems`` without those in a range their rule is disabled in.  ``aliases``: rule id
    -> the other ids it is reported for (``RuleSetting.aliases``), which disable it too;
    ``words``: the enabling and the disabling directive (``postlint-…`` ones work too)."""
    ranges = disabled_ranges(doc, text, words)
    if not ranges:
        return problems
    aliases = aliases or {}

    def disabled(p: Problem, r: _Range) -> bool:
        return _matches(p.rule_id, r.rules, r.any_preset) or any(
            _matches(a, r.rules, r.any_preset) for a in aliases.get(p.rule_id, ()))

    return [p for p in problems if not any(r.start <= p.start and p.end <= r.end and disabled(p, r) for r in ranges)]

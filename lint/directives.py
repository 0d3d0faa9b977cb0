"""Disable comments, as textlint-filter-rule-comments reads them.

``<!-- textlint-disable -->`` silences every rule until ``<!-- textlint-enable -->``;
``<!-- textlint-disable max-ten,no-doubled-joshi -->`` only those (by bare id or
with the preset prefix).  ``postlint-`` works as a spelling of ``textlint-``.

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

import re

from postlint.nodes import Node
from postlint.record import Record
from postlint.rule import Problem

_DIRECTIVE = re.compile(r"<!--\s*(?:textlint|postlint)-(disable|enable)\b([^>]*?)\s*-->")
_END = float("inf")


class _Range(Record):
    """Where rules are disabled: ``rules`` (None: all of them) from ``start`` to ``end``."""

    _fields = ("start", "end", "rules")

    def __init__(self, start: int, end: float, rules: frozenset[str] | None) -> None:
        self.start = start
        self.end = end
        self.rules = rules


def _name(raw: str) -> str:
    """'preset-ja-technical-writing/max-ten' and 'textlint-rule-max-ten' name rules as shown."""
    name = raw.strip()
    for prefix in ("textlint-rule-preset-", "preset-", "textlint-rule-"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name


def _names(spec: str) -> frozenset[str] | None:
    names = frozenset(_name(n) for n in spec.split(",") if n.strip())
    return names or None


def disabled_ranges(doc: Node, text: str) -> list[_Range]:
    ranges: list[_Range] = []
    open_all: int | None = None
    open_rules: dict[str, int] = {}
    for node in doc.walk():
        if node.type != "Html":
            continue
        for match in _DIRECTIVE.finditer(text, node.start, node.end):
            kind, rules = match.group(1), _names(match.group(2))
            at = match.start()
            if kind == "disable":
                if rules is None:
                    open_all = at if open_all is None else open_all
                else:
                    for r in rules:
                        open_rules.setdefault(r, at)
            elif rules is None:
                if open_all is not None:
                    ranges.append(_Range(open_all, at, None))
                    open_all = None
                ranges.extend(_Range(s, at, frozenset([r])) for r, s in open_rules.items())
                open_rules.clear()
            else:
                for r in rules:
                    if r in open_rules:
                        ranges.append(_Range(open_rules.pop(r), at, frozenset([r])))
    if open_all is not None:
        ranges.append(_Range(open_all, _END, None))
    ranges.extend(_Range(s, _END, frozenset([r])) for r, s in open_rules.items())
    return ranges


def _matches(rule_id: str, names: frozenset[str] | None) -> bool:
    if names is None:
        return True
    return rule_id in names or rule_id.rsplit("/", 1)[-1] in names


def filter_problems(problems: list[Problem], doc: Node, text: str, aliases: dict | None = None) -> list[Problem]:
    """``problems`` without those in a range their rule is disabled in.  ``aliases``: rule id
    -> the other ids it is reported for (``RuleSetting.aliases``), which disable it too."""
    ranges = disabled_ranges(doc, text)
    if not ranges:
        return problems
    aliases = aliases or {}

    def disabled(p: Problem, names) -> bool:
        return _matches(p.rule_id, names) or any(_matches(a, names) for a in aliases.get(p.rule_id, ()))

    return [p for p in problems if not any(r.start <= p.start < r.end and disabled(p, r.rules) for r in ranges)]

"""Phrase lists of the rules ported from @textlint-ja/textlint-rule-preset-ai-writing 1.7.0
(no-ai-hype-expressions, ai-tech-writing-guideline): data in ``rules/dict/<id>.yml``.

A list is groups of ``{pattern, message}`` entries, the patterns JavaScript regular
expressions (:func:`postlint.jsregex.compile_js`); each group is switched off by an option
of its rule (the ``allows`` option: :mod:`postlint.rules._ai_writing`).

>>> groups = phrase_groups("no-ai-hype-expressions")
>>> sorted(groups), groups["absoluteness"][0].regex.pattern
(['absoluteness', 'abstract', 'predictive'], '革命的な')
>>> bool(LazyTrigger("no-ai-hype-expressions").search("これは究極の一品"))
True
"""

from __future__ import annotations

import functools
import html
import re

from postlint.jsregex import compile_js
from postlint.rules import data_yaml

class Phrase:
    __slots__ = ("regex", "message")

    def __init__(self, pattern: str, message: str):
        self.regex = compile_js(pattern)
        self.message = message


@functools.lru_cache(maxsize=None)
def data(rule_id: str) -> dict:
    """``rules/dict/<rule_id>.yml``, parsed."""
    return data_yaml("dict", f"{rule_id}.yml")


@functools.lru_cache(maxsize=None)
def phrase_groups(rule_id: str) -> dict[str, tuple[Phrase, ...]]:
    """Group name -> its phrases (in the file's order, which is the order textlint reports
    them in for one node)."""
    groups = {}
    for name, group in data(rule_id).items():
        entries = group.get("phrases") if isinstance(group, dict) else group
        if isinstance(entries, list):
            groups[name] = tuple(Phrase(e["pattern"], e["message"]) for e in entries)
    return groups


def patterns(rule_id: str) -> list[str]:
    """Every pattern the list holds (its groups' and any top-level entry's), or the entry's
    ``trigger`` where it has one: what the file is searched for first."""
    found = []
    for group in data(rule_id).values():
        if isinstance(group, dict) and "pattern" in group:
            found.append(group["pattern"])
            continue
        entries = group.get("phrases") if isinstance(group, dict) else group
        found += [e.get("trigger") or e["pattern"] for e in entries or ()]
    return found


class LazyTrigger:
    """A rule's ``TRIGGER``: any of the list's :func:`patterns`, compiled on the first ``search`` (so
    that importing the rule reads no YAML).

    ``markup_joins``: the rule searches plain text, in which the words on both sides of inline
    markup join (``**まず**最初に``, ``まず`x`最初に``, ``[すること](url)ができます``): where the
    text has markup characters, a rough plain text of it (:func:`rough_plain`) is searched too.
    """

    def __init__(self, rule_id: str, markup_joins: bool = False):
        self.rule_id = rule_id
        self.markup_joins = markup_joins
        self._regex = None

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        if self._regex is None:
            self._regex = compile_js("|".join(f"(?:{p})" for p in patterns(self.rule_id)))
        if endpos is None:
            endpos = len(text)
        found = self._regex.search(text, pos, endpos)
        if found is None and self.markup_joins and _MARKUP.search(text, pos, endpos):
            found = self._regex.search(rough_plain(text[pos:endpos]))
        return found


_MARKUP = re.compile(r"[`*_~\\\[\]<&]")
_CUT = re.compile(r"(`+)[\s\S]*?\1|<!--[\s\S]*?-->|<[^>]*>|\]\([^)]*\)|\]\[[^\]]*\]|\\(?=[!-/:-@\[-`{-~])|[*_~\[\]]")


def rough_plain(text: str) -> str:
    """``text`` without inline code, HTML, link targets, emphasis marks and escapes, its
    character references decoded: all that lies between two words in Markdown's source but
    not in its plain text.  (Rough: it only has to join what the plain text joins.)

    >>> rough_plain("**まず**`x`最初に[する](https://a.example)&amp;<b>こと</b>")
    'まず最初にする&こと'
    """
    return html.unescape(_CUT.sub("", text))

"""proofdict dictionaries: where they come from and what they find (a port of
@proofdict/tester 3.1.0 and of how textlint-rule-proofdict 3.1.2 gets its dictionary).

A proofdict dictionary is a list of entries, one word each::

    - id: 01BQ92YZ6QR8RJKA5Y8W2F9NMY
      expected: WebKit
      patterns: [/webkit/i]          # prh patterns: strings are literal, /…/flags regexes
      tags: [noun]                   # a noun's regex patterns match whole words only
      allows: ['{{COMBINATION_WORD}}']   # a text with -webkit or webkit- is left alone
      description: 'Reference https://webkit.org/'

It comes from a web site (``dictURL``: its ``dictionary.json``, fetched at most every
``autoUpdateInterval`` milliseconds and kept in postlint's cache folder, so a run without
the network uses the last copy), from local YAML files (``dictGlob``), or inline
(``proofdict``).  :class:`Tester` finds what it would change in a text, as the tester
does: every pattern is a prh rule of its own (see :mod:`postlint.prh`); a match is left
alone when one of its entry's ``allows`` (a regex) matches anywhere in the text, or, for a
noun, when the text holds the word joined by a hyphen (``-webkit``, ``webkit-``).

>>> tester = Tester([{"id": "a", "expected": "WebKit", "patterns": ["/webkit/i"], "tags": ["noun"]}])
>>> [(d.start, d.actual, d.expected) for d in tester.match("webkit と Webkit と node-webkit")]
[]
>>> [(d.start, d.actual, d.expected) for d in tester.match("webkit と Webkit を使う")]
[(0, 'webkit', 'WebKit'), (9, 'Webkit', 'WebKit')]
"""

from __future__ import annotations

import glob
import json
import os

from postlint import fetched
from postlint.jsregex import JSRegexError, compile_js
from postlint.prh import Engine, PrhError, Rule, _new_text, compile_lookbehinds
from postlint.record import Record

__all__ = ["ProofdictError", "Tester", "Detail", "dictionary_url", "rule_url", "fetch", "glob_files", "load_files"]

_NOUN = "noun"
_COMBINATION_WORD = "{{COMBINATION_WORD}}"


class ProofdictError(ValueError):
    """A dictionary that cannot be read or used."""


class Detail(Record):
    """One thing the tester would change: ``text[start:end]`` -> ``expected``.  ``actual`` is
    what the original reads there, in the text as changed by the entries before it."""

    _fields = ("start", "end", "actual", "expected", "entry")

    def __init__(self, start: int, end: int, actual: str, expected: str, entry: dict) -> None:
        self.start = start
        self.end = end
        self.actual = actual
        self.expected = expected
        self.entry = entry


def _regex_literal(pattern: str) -> tuple[str, str] | None:
    """(source, flags) of a pattern written ``/source/flags``, else None."""
    if len(pattern) >= 2 and pattern.startswith("/"):
        end = pattern.rfind("/")
        flags = pattern[end + 1:]
        if end > 0 and all(f in "gimy" for f in flags):
            return pattern[1:end], flags
    return None


def _tags(entry: dict) -> list:
    tags = entry.get("tags")
    return tags if isinstance(tags, list) else []


def filter_by_tags(dictionary: list, allow_tags: list, deny_tags: list) -> list:
    """The entries that carry every tag of ``allow_tags`` (when given), else those that carry
    none of ``deny_tags``."""
    if allow_tags:
        return [e for e in dictionary if all(t in _tags(e) for t in allow_tags)]
    if deny_tags:
        return [e for e in dictionary if not any(t in deny_tags for t in _tags(e))]
    return dictionary


def _combinations(source: str, flags: str) -> list:
    """The word joined by a hyphen before or after it, as regexes (``-webkit``, ``webkit-``),
    with JavaScript's ``flags``."""
    flags = flags.replace("g", "").replace("y", "")
    return [compile_lookbehinds("-" + source, flags), compile_lookbehinds(source + "-", flags)]


def _pattern_parts(pattern: str) -> tuple[str, str]:
    """(source, flags) of a pattern as a regex: a ``/…/flags`` literal's, else the text itself
    as a regex's source (the tester does not escape it)."""
    return _regex_literal(pattern) or (pattern, "")


class _Entry:
    """One pattern of an entry, as the tester splits them: a prh rule and what allows it."""

    def __init__(self, entry: dict, pattern: str, noun: bool):
        literal = _regex_literal(pattern)
        if noun and literal:  # a noun's regex matches whole words only
            pattern = f"/\\b{literal[0]}\\b/{literal[1]}"
        self.raw = {**entry, "patterns": [pattern], "specs": []}
        self.hyphenated: list = []  # (set by Tester, from the prh rule)
        self.allows = []
        for allow in entry.get("allows") or ():
            if allow == _COMBINATION_WORD:
                self.allows.extend(_combinations(*_pattern_parts(pattern)))
            else:
                self.allows.append(compile_js(str(allow), ""))

    def allowed(self, text: str) -> bool:
        return any(allow.search(text) for allow in self.allows)


class Tester:
    """What a dictionary would change in a text (``ProofdictTester.match``).

    Entries that cannot be used (no ``expected``, a pattern that is no regex) are left out
    and listed in ``skipped`` as (id or expected, why)."""

    def __init__(self, dictionary: list, allow_tags: list = (), deny_tags: list = ()):
        self.skipped: list[tuple[str, str]] = []
        rules = []
        self._entries: dict[int, _Entry] = {}
        for entry in filter_by_tags([e for e in dictionary if isinstance(e, dict)], list(allow_tags), list(deny_tags)):
            patterns = entry.get("patterns")
            noun = _NOUN in _tags(entry)
            for pattern in patterns if isinstance(patterns, list) else ():
                try:
                    split = _Entry(entry, str(pattern), noun)
                    rule = Rule(split.raw)
                except (PrhError, JSRegexError) as exc:
                    self.skipped.append((str(entry.get("id") or entry.get("expected")), str(exc)))
                    continue
                # a noun is left alone where the text holds it hyphenated: prh's own regex,
                # with its flags (m, u and maybe i), after or before a hyphen
                split.hyphenated = _combinations(rule.regex.source, "mu" + rule.regex.flags) if noun else []
                self._entries[id(rule)] = split
                rules.append(rule)
        self.engine = Engine({"version": 1})
        self.engine.rules = rules

    def candidates(self, whole: str) -> list:
        """The patterns that may match in some piece of ``whole`` (pieces joined by blank
        lines): a document's texts are screened at once (see ``postlint.prh.Engine.candidates``)."""
        return self.engine.candidates(whole)

    def match(self, text: str, rules: list | None = None) -> list[Detail]:
        """The changes in ``text``, in order; offsets are into ``text`` as given.  ``rules``:
        only these patterns (:meth:`candidates`), by default all."""
        if not self.engine.rules or rules is not None and not rules:
            return []
        current = text
        delta = 0
        out = []
        for diff in sorted(self.engine._diffs(text, "", rules), key=lambda d: d.index):
            split = self._entries[id(diff.rule)]
            if split.allowed(current):
                continue
            if any(p.search(current) for p in split.hyphenated):
                continue
            start, end = diff.index, diff.tail
            new = _new_text(diff)
            out.append(Detail(start, end, current[start:end], new, split.raw))
            current = current[:start + delta] + new + current[end + delta:]
            delta += len(new) - (end - start)
        return out


# -- where the dictionary comes from ---------------------------------------------------

def dictionary_url(dict_url) -> str:
    """The address of a site's dictionary: ``dictURL``'s ``jsonAPI``, or ``dictionary.json``
    under ``dictURL``.

    >>> dictionary_url("https://example.github.io/proof-dictionary/")
    'https://example.github.io/proof-dictionary/dictionary.json'
    >>> dictionary_url({"jsonAPI": "https://example.com/d.json", "ruleBase": "https://example.com/"})
    'https://example.com/d.json'
    """
    if isinstance(dict_url, dict):
        return str(dict_url.get("jsonAPI") or "")
    return str(dict_url).rstrip("/") + "/dictionary.json"


def rule_url(dict_url, entry: dict) -> str | None:
    """The page of an entry on the dictionary's site (``ruleBase#id``, else ``dictURL#id``)."""
    from urllib.parse import quote

    if not dict_url or not entry.get("id"):
        return None
    base = dict_url.get("ruleBase") if isinstance(dict_url, dict) else dict_url
    return f"{base}#{quote(str(entry['id']), safe='')}" if base else None


def _entries(body: bytes) -> list:
    """A proofdict site's ``dictionary.json`` read (ValueError: not a list of entries)."""
    data = json.loads(body.decode("utf-8"))
    if not isinstance(data, list):
        raise ValueError("not a list of entries")
    return data


def fetch(url: str, max_age: float) -> tuple[list | None, str | None]:
    """(the dictionary at ``url``, None) or (the last copy or None, why it could not be
    fetched): see :func:`postlint.fetched.fetch`."""
    return fetched.fetch(url, max_age, _entries, "the proofdict dictionary", "proofdict")


def glob_files(patterns, folder: str) -> list[str]:
    """The files the globs ``patterns`` (one or a list; from ``folder``, ``~`` the home
    folder) name, in the order of their paths."""
    found = set()
    for pattern in [patterns] if isinstance(patterns, str) else list(patterns or ()):
        found.update(glob.glob(os.path.join(folder, os.path.expanduser(str(pattern))), recursive=True))
    return sorted(found)


def load_files(files: list[str]) -> list:
    """The entries of proofdict's YAML files: each file one entry (or a list of them)."""
    import yaml

    from postlint import jsyaml

    out = []
    for path in files:
        try:
            with open(path, encoding="utf-8") as f:
                entry = jsyaml.load(f.read())
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ProofdictError(f"cannot read proofdict entry {path}: {exc}") from None
        if isinstance(entry, list):
            out.extend(entry)
        elif entry is not None:
            out.append(entry)
    return out

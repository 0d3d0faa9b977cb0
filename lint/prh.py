"""prh dictionaries: load them and find what they would change (a port of prh 5.4.4's behaviour).

A prh dictionary is YAML::

    version: 1
    imports:                       # other dictionaries, relative to this file
      - path: other.yml
        ignoreRules: [foo]         # drop their rules whose pattern or expected is this
    rules:
      - expected: JavaScript       # no pattern: case and full/half width variants of it
      - expected: ウェブ
        patterns: [ウエブ, /ウェッブ/]   # strings are literal; /…/flags are JavaScript regexes
        regexpMustEmpty: $1        # skip a match whose group 1 is not empty
        options: {wordBoundary: true}
        specs: [{from: ウエブ, to: ウェブ}]   # checked when the file is loaded
        prh: a note shown with the problem

What the engine does with a text (:meth:`Engine.changes`): split it into
paragraphs at blank lines, honour ``prh:disable`` / ``prh:disable:PATTERN``
pragmas, apply every rule, resolve overlaps (at the same start the longer
match wins, otherwise the earlier one), and return the replacements whose
text actually changes.  Regexes are JavaScript's (see :mod:`postlint.jsregex`).

Where prh itself fails, this port goes on: a plain-string pattern containing
``-`` or ``¥`` is literal here (prh builds an invalid regex from it).

>>> engine = Engine.from_yaml("rules:\\n  - expected: JavaScript\\n  - expected: $1ウェブ\\n    pattern: /(\\\\s)ウエブ/")
>>> [(c.start, c.actual, c.expected) for c in engine.changes("javascript と ｊａｖａＳｃｒｉｐｔ の ウエブ")]
[(0, 'javascript', 'JavaScript'), (13, 'ｊａｖａＳｃｒｉｐｔ', 'JavaScript'), (25, ' ウエブ', ' ウェブ')]
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

from postlint import jsyaml
from postlint.jsregex import JSRegexError, compile_js, parse_literal, translate
from postlint.record import FrozenRecord, Record

__all__ = ["PrhError", "Engine", "Rule", "Change", "load_yaml", "expand_groups", "alternatives", "atom_end", "split_lookbehinds", "compile_lookbehinds", "LeadingLookbehind"]

_HANKAKU = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_ZENKAKU = "ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ０１２３４５６７８９"
_PRH_LITERAL = re.compile(r"^/(.*)/([gimy]*)$", re.S)
_SPECIAL = set("¥*+.?{}()[]^$-|/")
_GROUP_REF = re.compile(r"\$([0-9]{1,2})")
_PRAGMA = re.compile(r"^(?:[^\n\r\u2028\u2029]*?)prh:disable(?::([^\n\s]*))?", re.M)


class PrhError(ValueError):
    """A dictionary that cannot be used (bad YAML, bad rule, failing spec)."""


def load_yaml(text: str, where: str = "<yaml>"):
    """Parse YAML the way js-yaml does for dictionaries (``yes`` stays a string; see
    :mod:`postlint.jsyaml`)."""
    try:
        return jsyaml.load(text)
    except yaml.YAMLError as exc:
        place, why = jsyaml.where_and_why(exc)
        raise PrhError(f"{where}{place}: invalid YAML: {why}") from None


def expand_groups(template: str, groups) -> str:
    """Replace ``$1``..``$99`` by match groups (a missing group -> "", unknown number kept)."""
    def sub(m):
        n = int(m.group(1))
        if n == 0 or n > len(groups) - 1:
            return m.group()
        return groups[n] or ""
    return _GROUP_REF.sub(sub, template)


def _str(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- patterns ------------------------------------------------------------------

class _Regex(FrozenRecord):
    """A pattern's JavaScript source and the flags that matter (``"i"`` or ``""``)."""

    _fields = ("source", "flags")

    def __init__(self, source: str, flags: str) -> None:
        self.source = source
        self.flags = flags

    def compile(self) -> re.Pattern:
        return compile_lookbehinds(self.source, "mu" + self.flags)


def compile_lookbehinds(source: str, flags: str):
    r""":func:`compile_js`, and for a look-behind ``re`` refuses (no fixed width), a pattern that
    JavaScript reads the same way: one look-behind per alternative (:func:`split_lookbehinds`),
    else a :class:`LeadingLookbehind` (``search`` and ``finditer`` only).  Raises
    :class:`JSRegexError` as ``compile_js`` does when neither works.

    >>> [m.start() for m in compile_lookbehinds("(?<=(?:\\w+[^.?!])? )npm", "i").finditer("npm a NPM")]
    [6]
    """
    try:
        return compile_js(source, flags)
    except JSRegexError as exc:
        if "look-behind" not in str(exc):
            raise
        try:  # alternatives of several widths in a look-behind: one look-behind for each
            return compile_js(split_lookbehinds(source), flags)
        except JSRegexError:
            leading = LeadingLookbehind.of(source, flags)
            if leading is None:
                raise exc from None
            return leading


def _spread(expected: str) -> str:
    """Each ASCII letter/digit of ``expected`` -> a class of its case and width variants."""
    out = []
    for ch in expected:
        upper, lower = _HANKAKU.find(ch.upper()), _HANKAKU.find(ch.lower())
        if upper < 0 and lower < 0:
            out.append(ch)
        elif upper == lower:
            out.append(f"[{ch}{_ZENKAKU[upper]}]")
        else:
            out.append(f"[{ch.upper()}{ch.lower()}{_ZENKAKU[upper]}{_ZENKAKU[lower]}]")
    return "".join(out)


def _escape(text: str) -> str:
    return "".join(re.escape(c) if c in _SPECIAL else c for c in text)


def _pattern(expected: str, pattern, word_boundary: bool) -> _Regex:
    if pattern is None:
        result = _Regex(_spread(expected), "")
    elif isinstance(pattern, list):
        parts = [_pattern(expected, p, word_boundary) for p in pattern]
        flags = {p.flags for p in parts}
        if len(flags) > 1:
            raise PrhError(f"rule {expected!r}: its patterns mix regex flags ({', '.join(sorted(flags))})")
        return _Regex("(?:" + "|".join(p.source for p in parts) + ")", parts[0].flags if parts else "")
    elif isinstance(pattern, (str, int, float)):
        text = _str(pattern)
        if text == "":
            raise PrhError(f"rule {expected!r}: a pattern cannot be empty")
        literal = _PRH_LITERAL.match(text)
        result = _Regex(literal.group(1), "i" if "i" in literal.group(2) else "") if literal else _Regex(_escape(text), "")
    else:
        raise PrhError(f"rule {expected!r}: unexpected pattern {pattern!r}")
    if word_boundary:
        result = _Regex(f"\\b{result.source}\\b", result.flags)
    return result


# -- screens: what every match of a pattern needs ----------------------------------

_BACKREFERENCE = re.compile(r"\\[1-9]|\\k<")
_MAY_ASSERT = re.compile(r"[$^\\]|\(\?")  # what anchors, boundaries, look-arounds and back-references need


_LOOKAROUNDS = ("(?=", "(?!", "(?<=", "(?<!")


def without_assertions(source: str) -> str | None:
    """``source`` with its anchors, word boundaries and look-arounds taken out.

    Without them a regex matches at least what it matched before, and a match in a
    part of a text is a match in the whole text.  None when that cannot be said
    (a back-reference may refer to a group that was inside a look-around).
    """
    if _BACKREFERENCE.search(source):
        return None
    out, i = [], 0
    while i < len(source):
        if source.startswith(_LOOKAROUNDS, i):
            i = group_end(source, i)
            continue
        end = atom_end(source, i)
        if source[i:end] not in ("\\b", "\\B", "^", "$"):
            out.append(source[i:end])
        i = end
    return "".join(out)


_QUANTIFIER = re.compile(r"(?:[?*+]|\{[0-9,]*\})\??")
_ESCAPED_LITERAL = frozenset("\\/.*+?()[]{}|^$-")
_ESCAPED_CLASS = frozenset("dDsSwWnrtfv")


def required_literal(source: str) -> str:
    """The longest run of plain characters in every match of ``source`` ("": none found).

    Only the top level is read: groups and classes end a run, and so does a character
    with a quantifier; an alternative at the top level or an escape of several
    characters (``\\u3042``) gives up.
    """
    if source.startswith("(?:") and group_end(source, 0) == len(source):
        return required_literal(source[3:-1])  # (prh puts a list of patterns in one group)
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
            i = group_end(source, i)
        elif c == "[":
            i = class_end(source, i)
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


def class_end(source: str, i: int) -> int:
    """The index after the character class that starts at ``source[i]`` (``[``)."""
    i += 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def atom_end(source: str, i: int) -> int:
    """The index after the escape (``\\d``), class (``[^a]``) or character at ``source[i]``."""
    if source[i] == "\\":
        return i + 2
    if source[i] == "[":
        return class_end(source, i)
    return i + 1


def group_end(source: str, i: int) -> int:
    """The index after the group that starts at ``source[i]`` (``(``)."""
    depth = 0
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = class_end(source, i)
            continue
        depth += (c == "(") - (c == ")")
        i += 1
        if depth == 0:
            break
    return i


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of ``source`` (a group around all of it taken off).

    >>> alternatives("(?:ab|[|]c|(d|e))")
    ['ab', '[|]c', '(d|e)']
    """
    while source.startswith("(?:") and group_end(source, 0) == len(source):
        source = source[3:-1]
    parts, start, i = [], 0, 0
    while i < len(source):
        if source[i] == "|":
            parts.append(source[start:i])
            start = i + 1
        i = group_end(source, i) if source[i] == "(" else atom_end(source, i)
    parts.append(source[start:])
    return parts


_OPTIONAL_ATOM = re.compile(r"(\\u[0-9a-fA-F]{4}|\\.|\[(?:\\.|[^\]\\])*\]|[^\\()\[\]|?*+{}])\?(?![?*+{])")


def _widths(alternative: str) -> list[str]:
    """``alternative`` as one or more alternatives without an optional single character or
    class (``SmartHR ?`` -> ``SmartHR``, ``SmartHR ``), so that each has one width; as it is
    when it holds a group (copies would renumber the groups after it)."""
    if "(" in alternative.replace("\\(", ""):
        return [alternative]
    m = _OPTIONAL_ATOM.search(alternative)
    if m is None:
        return [alternative]
    head, tail = alternative[:m.start()], alternative[m.end():]
    return [*_widths(head + tail), *_widths(head + m.group(1) + tail)]


def split_lookbehinds(source: str) -> str:
    """``source`` with each look-behind of several alternatives written as one look-behind per
    alternative, which JavaScript reads the same way and Python's ``re`` can run when each
    alternative has one width: ``(?<!ab|c)`` -> ``(?<!ab)(?<!c)``, ``(?<=ab|c)`` ->
    ``(?:(?<=ab)|(?<=c))``.  (Dictionaries such as textlint-rule-preset-smarthr's write
    ``(?<!一人|同)``, which ``re`` refuses.)

    >>> split_lookbehinds("(?<!一人|同)(一人)(?<=x|SmartHR ?)y")
    '(?<!一人)(?<!同)(一人)(?:(?<=x)|(?<=SmartHR)|(?<=SmartHR ))y'
    """
    out, i = [], 0
    while i < len(source):
        if not source.startswith(("(?<!", "(?<="), i):
            end = atom_end(source, i)
            out.append(source[i:end])
            i = end
            continue
        end = group_end(source, i)
        parts = [w for part in alternatives(source[i + 4:end - 1]) for w in _widths(part)]
        if len(parts) == 1:
            out.append(source[i:end])
        elif source[i + 3] == "!":
            out.append("".join(f"(?<!{part})" for part in parts))
        else:
            out.append("(?:" + "|".join(f"(?<={part})" for part in parts) + ")")
        i = end
    return "".join(out)


class LeadingLookbehind:
    """A regex that starts with a look-behind of no fixed width (``(?<!^[#Q][^？！]+)？``),
    which JavaScript runs and ``re`` cannot: the rest of it is compiled, and the look-behind
    is tried at each place the rest matches (does its body match a text ending there?).
    Gives ``search`` and ``finditer`` as a compiled pattern does.

    >>> p = LeadingLookbehind.of("(?:(?<!^#[^？]+)？(.))", "mu")
    >>> [m.start() for m in p.finditer("#見出し？あ\\n本文？い")], p.search("#一？二？三").group(1)
    ([9], '三')
    """

    def __init__(self, behind: re.Pattern, negative: bool, rest: re.Pattern) -> None:
        self.behind = behind
        self.negative = negative
        self.rest = rest

    @classmethod
    def of(cls, source: str, flags: str) -> "LeadingLookbehind | None":
        while source.startswith("(?:") and group_end(source, 0) == len(source) and len(alternatives(source)) == 1:
            source = source[3:-1]
        if not source.startswith(("(?<!", "(?<=")):
            return None
        end = group_end(source, 0)
        try:
            behind = re.compile(f"(?:{translate(source[4:end - 1], flags)})\\Z", re.I if "i" in flags else 0)
        except re.error:
            return None
        return cls(behind, source[3] == "!", compile_js(source[end:], flags))

    def _behind_ok(self, text: str, index: int) -> bool:
        return (self.behind.search(text, 0, index) is None) == self.negative

    def search(self, text: str, pos: int = 0):
        while pos <= len(text):
            m = self.rest.search(text, pos)
            if m is None or self._behind_ok(text, m.start()):
                return m
            pos = m.start() + 1
        return None

    def finditer(self, text: str):
        pos = 0
        while True:
            m = self.search(text, pos)
            if m is None:
                return
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1


# -- rules, changes --------------------------------------------------------------

class _Diff(Record):
    """A match at ``index``: ``groups`` is (whole match, group 1, ...)."""

    _fields = ("index", "groups", "rule")

    def __init__(self, index: int, groups: tuple, rule: Rule | None = None) -> None:
        self.index = index
        self.groups = groups
        self.rule = rule

    @property
    def tail(self) -> int:
        return self.index + len(self.groups[0])

    def collides(self, index: int, tail: int) -> bool:
        return index < self.index < tail or self.index < index < self.tail


class Change(Record):
    """One replacement prh would make: ``text[start:end]`` (= ``actual``) -> ``expected``."""

    _fields = ("start", "end", "actual", "expected", "note", "rule")
    _repr_fields = ("start", "end", "actual", "expected", "note")

    def __init__(self, start: int, end: int, actual: str, expected: str, note: str | None = None,
                 rule: Rule | None = None) -> None:
        self.start = start
        self.end = end
        self.actual = actual
        self.expected = expected
        self.note = note
        self.rule = rule


class Rule:
    def __init__(self, raw):
        if isinstance(raw, str):
            raw = {"expected": raw}
        if not isinstance(raw, dict):
            raise PrhError(f"a rule must be a mapping or a string, got {raw!r}")
        if raw.get("expected") is None:
            raise PrhError(f"a rule needs 'expected': {raw!r}")
        self.raw = raw
        self.expected = _str(raw["expected"])
        options = raw.get("options") or {}
        self.word_boundary = bool(options.get("wordBoundary", False))
        pattern = raw.get("pattern") if raw.get("pattern") not in (None, "") else raw.get("patterns")
        if raw.get("pattern") == "" or raw.get("patterns") == "" or (
                isinstance(raw.get("patterns"), list) and "" in raw["patterns"]):
            raise PrhError(f"rule {self.expected!r}: a pattern cannot be empty")
        self.regex = _pattern(self.expected, pattern, self.word_boundary)
        try:
            self.compiled = self.regex.compile()
        except JSRegexError as exc:
            raise PrhError(f"rule {self.expected!r}: {exc}") from None
        must_empty = raw.get("regexpMustEmpty")
        self.must_empty_group = None
        if must_empty:
            m = re.fullmatch(r"\$([0-9]+)", _str(must_empty))
            if not m:
                raise PrhError(f"rule {self.expected!r}: regexpMustEmpty must look like $1")
            self.must_empty_group = int(m.group(1))
        self.note = _str(raw["prh"]) if raw.get("prh") is not None else None
        self._screen = False  # made by :attr:`screen` when first asked
        self.check_specs()

    @property
    def screen(self):
        """A test that passes for every text with a piece this rule matches in (None: always
        try the rule): without anchors, word boundaries or look-arounds, the rule's own
        search (a match in a piece is a match in the whole); else the pattern without them,
        or a plain run of characters every match holds."""
        if self._screen is False:
            self._screen = self._make_screen()
        return self._screen

    def _make_screen(self):
        if not _MAY_ASSERT.search(self.regex.source):  # most patterns: plain words and classes
            return self.compiled.search
        loose = without_assertions(self.regex.source)
        if loose is None:
            return None
        if loose == self.regex.source:
            return self.compiled.search
        literal = required_literal(loose) if not self.regex.flags else ""
        if literal:
            return lambda text: literal in text  # (much faster than a search)
        try:
            return compile_js(loose, "mu" + self.regex.flags).search
        except JSRegexError:
            return None

    @property
    def pattern_text(self) -> str:
        """The pattern as prh prints it (what ``ignoreRules`` compares with)."""
        return f"/{self.regex.source}/gm{'i' if self.regex.flags else ''}u".replace("gmiu", "gimu")

    def diffs(self, content: str) -> list[_Diff]:
        if self.compiled.search(content) is None:  # the common case, kept cheap
            return []
        out = []
        for m in self.compiled.finditer(content):
            groups = (m.group(),) + m.groups()
            if self.must_empty_group is not None and self.must_empty_group < len(groups) \
                    and groups[self.must_empty_group]:
                continue
            if groups[0] == self.expected:
                continue
            out.append(_Diff(m.start(), groups, self))
        return out

    def check_specs(self) -> None:
        for spec in self.raw.get("specs") or ():
            if not isinstance(spec, dict) or not spec.get("from") or not spec.get("to"):
                raise PrhError(f"rule {self.expected!r}: a spec needs 'from' and 'to'")
            source, want = _str(spec["from"]), _str(spec["to"])
            got = _apply(source, _prepare(self.diffs(source)))
            if got != want:
                raise PrhError(f"rule {self.expected!r}: spec failed: {source!r} should become {want!r}, "
                               f"but becomes {got!r}")

    def ignored_by(self, ignore: dict) -> bool:
        if ignore.get("pattern") is not None and self.pattern_text == ignore["pattern"]:
            return True
        return ignore.get("expected") is not None and ignore["expected"] == self.expected


def _prepare(diffs: list[_Diff]) -> list[_Diff]:
    """prh's overlap resolution: same start -> longest; else the earlier start wins."""
    diffs = sorted(diffs, key=lambda d: (d.index, d.tail))
    diffs = [d for i, d in enumerate(diffs)
             if not (i + 1 < len(diffs) and d.index == diffs[i + 1].index and d.tail < diffs[i + 1].tail)]
    # (prh compares each diff with its predecessor in this list, kept or not)
    return [d for i, d in enumerate(diffs) if i == 0 or not d.index < diffs[i - 1].tail]


def _new_text(diff: _Diff) -> str:
    return expand_groups(diff.rule.expected, diff.groups)


def _apply(text: str, diffs: list[_Diff]) -> str:
    delta = 0
    for d in diffs:
        new = _new_text(d)
        text = text[:d.index + delta] + new + text[d.index + delta + len(d.groups[0]):]
        delta += len(new) - len(d.groups[0])
    return text


class _Target:
    def __init__(self, raw: dict):
        file = _str(raw.get("file", ""))
        self.file = _target_regex(file)
        self.includes = [_target_regex(_target_pattern(p)) for p in raw.get("includes") or ()]
        self.excludes = [_target_regex(_target_pattern(p)) for p in raw.get("excludes") or ()]
        self.file_text = file


def _target_pattern(raw) -> str:
    if isinstance(raw, dict):
        if not raw.get("pattern"):
            raise PrhError("a target include/exclude needs 'pattern'")
        return _str(raw["pattern"])
    return _str(raw)


def _target_regex(text: str) -> re.Pattern:
    literal = parse_literal(text) if _PRH_LITERAL.match(text) else None
    source, flags = literal if literal else (_escape(text), "")
    try:
        return compile_js(source, "mu" + ("i" if "i" in flags else ""))
    except JSRegexError as exc:
        raise PrhError(str(exc)) from None


def _spans(regex: re.Pattern, content: str) -> list[_Diff]:
    return [_Diff(m.start(), (m.group(),)) for m in regex.finditer(content)]


def _intersect(base: list[_Diff], audit: list[_Diff]) -> list[_Diff]:
    audit = _prepare(audit)
    result: list[_Diff] = []
    a = b = 0
    while a < len(base) and b < len(audit):
        x, y = base[a], audit[b]
        if x.collides(y.index, y.tail) and x not in result:
            result.append(x)
        if x.index < y.index:
            a += 1
        else:
            b += 1
    return result


def _subtract(base: list[_Diff], sub: list[_Diff]) -> list[_Diff]:
    sub = _prepare(sub)
    result = list(base)
    m = s = 0
    while m < len(result) and s < len(sub):
        x, y = result[m], sub[s]
        encloses = x.index < y.index and y.tail < x.tail
        if not encloses and x.collides(y.index, y.tail):
            del result[m]
            continue
        if x.index < y.index:
            m += 1
        else:
            s += 1
    return result


# prh's own dictionaries, as .textlintrc files name them in node_modules: the ones postlint ships
_PRH_RULES = re.compile(r"(?:^|[\\/])prh[\\/]prh-rules[\\/](.+)$")


def bundled_names() -> list[str]:
    """The prh-rules files postlint ships (``media/WEB+DB_PRESS.yml``…)."""
    from postlint.rules import data_path

    root = data_path("dict", "prh-rules")
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.yml"))


# dictionaries inside other npm packages that configs name: postlint's copies, in rules/dict
_PACKAGE_DICTIONARIES = (
    (re.compile(r"(?:^|[\\/])textlint-rule-preset-ja-engineering-paper[\\/]src[\\/]dict[\\/]prh-rules\.yml$"),
     "ja-engineering-paper-prh.yml"),
)


def bundled_dictionary(path) -> Path | None:
    """postlint's copy of the prh dictionary ``path`` names inside the prh npm package
    (``node_modules/prh/prh-rules/media/WEB+DB_PRESS.yml``) or another package whose
    dictionary postlint ships (:data:`_PACKAGE_DICTIONARIES`), when it has one; for a config
    written for textlint, used when that file is not there.

    >>> bundled_dictionary("node_modules/prh/prh-rules/media/WEB+DB_PRESS.yml").name
    'WEB+DB_PRESS.yml'
    >>> bundled_dictionary("node_modules/textlint-rule-preset-ja-engineering-paper/src/dict/prh-rules.yml").name
    'ja-engineering-paper-prh.yml'
    >>> bundled_dictionary("dict/my-words.yml") is None
    True
    """
    from postlint.rules import data_path

    for package_path, copy in _PACKAGE_DICTIONARIES:
        if package_path.search(str(path)):
            return data_path("dict", copy)
    found = _PRH_RULES.search(str(path))
    if found is None:
        return None

    shipped = data_path("dict", "prh-rules", *found.group(1).replace("\\", "/").split("/"))
    return shipped if ".." not in found.group(1) and shipped.is_file() else None


class Engine:
    """A set of prh rules (one file and its imports, or several merged)."""

    def __init__(self, raw: dict | None, source: str = ""):
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            raise PrhError(f"{source or 'dictionary'}: expected a mapping with 'rules'")
        try:
            self.version = int(raw.get("version") or 1)
        except (TypeError, ValueError):
            self.version = 1
        where = source or "dictionary"
        try:
            self.rules = [Rule(r) for r in raw.get("rules") or ()]
            self.targets = [_Target(t) for t in raw.get("targets") or ()]
        except PrhError as exc:
            raise PrhError(f"{where}: {exc}") from None
        self.sources = [source] if source else []
        self._word_screen = None  # (the rules it was made for, a WordScreen of their words)

    # -- building --------------------------------------------------------------
    @classmethod
    def from_yaml(cls, text: str, path: str = "", *, imports: bool = True) -> "Engine":
        raw = load_yaml(text, path or "<prh>")
        engine = cls(raw, path)
        if imports and isinstance(raw, dict) and raw.get("imports"):
            engine._import(raw["imports"], path)
        return engine

    @classmethod
    def from_file(cls, path: str | os.PathLike, *, imports: bool = True) -> "Engine":
        path = Path(path)
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            bundled = bundled_dictionary(path)
            if bundled is None:
                hint = ("; postlint ships " + ", ".join(f"prh-rules/{n}" for n in bundled_names())
                        + " (install prh with npm for the others)") if _PRH_RULES.search(str(path)) else ""
                raise PrhError(f"cannot read prh dictionary {path}: {exc.strerror or exc}{hint}") from None
            path, text = bundled, bundled.read_text("utf-8")
        return cls.from_yaml(text, os.path.normpath(str(path)), imports=imports)

    def _import(self, imports, path: str) -> None:
        specs = [imports] if isinstance(imports, str) else list(imports)
        for spec in specs:
            spec = {"path": spec} if isinstance(spec, str) else dict(spec or {})
            if not spec.get("path"):
                raise PrhError(f"{path or '<prh>'}: an import needs 'path'")
            target = os.path.join(os.path.dirname(path), _str(spec["path"]))
            other = Engine.from_file(target, imports=not spec.get("disableImports"))
            ignores = [{"pattern": i} if isinstance(i, str) else dict(i) for i in spec.get("ignoreRules") or ()]
            other.rules = [r for r in other.rules if not any(r.ignored_by(i) for i in ignores)]
            self.merge(other)

    def merge(self, other: "Engine") -> None:
        """Add ``other``'s rules whose ``expected`` is new here (prh's merge)."""
        if self.version != other.version:
            raise PrhError("cannot merge prh dictionaries of different versions")
        for s in other.sources:
            if s not in self.sources:
                self.sources.append(s)
        for target in other.targets:
            if not any(t.file_text == target.file_text for t in self.targets):
                self.targets.append(target)
        known = {r.expected for r in self.rules}
        self.rules.extend(r for r in other.rules if r.expected not in known)

    # -- checking ----------------------------------------------------------------
    def candidates(self, whole: str) -> list[Rule]:
        """The rules that may match in some piece of ``whole`` (pieces joined by blank lines).

        A rule whose :attr:`Rule.screen` fails on ``whole`` finds nothing in any piece of
        it, so a caller checking many small texts of one document can pass
        ``rules=engine.candidates(joined)`` to :meth:`changes`.  One search for every rule's
        words (:class:`postlint.rules._word_screen.WordScreen`) picks the rules whose
        screens are tried: a dictionary of a thousand entries (WEB+DB PRESS's) costs a
        search, not a thousand.
        """
        rules = self.rules
        key = (id(rules), len(rules))  # the rules change while imports are merged
        if self._word_screen is None or self._word_screen[0] != key:
            from postlint.rules._word_screen import WordScreen, words_of  # (it imports this module)

            self._word_screen = (key, WordScreen([words_of(r.regex.source) for r in rules]))
        return [rules[i] for i in self._word_screen[1].entries_in(whole)
                if rules[i].screen is None or rules[i].screen(whole)]

    def _paragraph_diffs(self, offset: int, content: str, rules) -> list[_Diff]:
        ignore_all = False
        pragma_ranges = []
        ignore_patterns = []
        for m in _PRAGMA.finditer(content) if "prh:disable" in content else ():
            if not m.group(1):
                ignore_all = True
                continue
            pragma_ranges.append((m.start(), m.end()))
            try:
                ignore_patterns.append(compile_js(f"({m.group(1)})", ""))
            except JSRegexError:
                continue
        if ignore_all:
            return []
        out = []
        for rule in rules:
            for d in rule.diffs(content):
                if any(d.collides(a, b) for a, b in pragma_ranges):
                    continue
                if any(p.search(d.groups[0]) for p in ignore_patterns):
                    continue
                d.index += offset
                out.append(d)
        return out

    def _diffs(self, content: str, file_path: str = "", rules=None) -> list[_Diff]:
        rules = self.rules if rules is None else rules
        diffs: list[_Diff] = []
        pos = 0
        while True:  # paragraphs end at two or more line feeds
            gap = content.find("\n\n", pos)
            if gap < 0:
                diffs.extend(self._paragraph_diffs(pos, content[pos:], rules))
                break
            diffs.extend(self._paragraph_diffs(pos, content[pos:gap], rules))
            pos = gap
            while pos < len(content) and content[pos] == "\n":
                pos += 1
        diffs = _prepare(diffs)
        includes = excludes = None
        for target in self.targets:
            if not target.file.search(file_path):
                continue
            for inc in target.includes:
                includes = (includes or []) + _spans(inc, content)
            for exc in target.excludes:
                excludes = (excludes or []) + _spans(exc, content)
        if includes is not None:
            diffs = _intersect(diffs, includes)
        if excludes is not None:
            diffs = _subtract(diffs, excludes)
        return diffs

    def changes(self, content: str, file_path: str = "", rules=None) -> list[Change]:
        """The replacements in ``content`` that change it, in order (offsets into ``content``).

        ``rules``: only these of the engine's rules (see :meth:`candidates`); none, no changes.
        """
        if rules is not None and not rules:
            return []
        out = []
        for d in sorted(self._diffs(content, file_path, rules), key=lambda d: d.index):
            new = _new_text(d)
            actual = d.groups[0]
            if actual == new:
                continue
            out.append(Change(d.index, d.tail, actual, new, d.rule.note, d.rule))
        return out

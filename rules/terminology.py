"""技術用語の綴りと大文字小文字（github → GitHub、Node JS → Node.js など）を調べる（textlint-rule-terminology 5.2.16 互換）。

Checks each Str (not inside the ``skip`` node types, block quotes by default) against a
list of terms: the package's default list (rules/dict/terminology.yml, 343 entries) after
the user's ``terms``.  An entry is a string, a term spelt right (all strings are tried as one
case-insensitive alternation, and a match spelt otherwise gets the entry spelt as listed),
or ``[pattern, replacement]`` (a JavaScript regex, case-insensitive; ``$1``.. in the
replacement).  As in the original, a term must stand as a word of its own: not after a
letter, digit, ``_``, ``-`` or ``.``, and followed by a space, the line's end, or
punctuation (``.,;:!?'")`` …) that is itself followed by a space, punctuation or the line's
end.  So a term written right before Japanese text (``githubを``) is not checked, while
``github を`` and ``github`` at a line's end are.  A pattern with a look-around is used
as written.  At a sentence start (the Str's start, or after ``word. ``) a capitalised
match gets a capitalised replacement.  Reported at the match, fixed by the replacement.

Options:
    terms: more entries, tried before the defaults; or the path of a JSON (comments allowed)
           file holding such a list, from the config file's folder (default [])
    defaultTerms: use the default list (default true)
    exclude: default entries to leave out: a string entry as written, or the pattern of a
             [pattern, replacement] entry (default [])
    skip: node types whose text is not checked (default ["BlockQuote"])

    OK:  GitHub に push する。
    NG:  github に push する。   -> GitHub に push する。
"""

from __future__ import annotations

import functools
import json
import os
import re

from postlint.config import strip_json_comments
from postlint.jsregex import JSRegexError, substitute
from postlint.prh import compile_lookbehinds, load_yaml
from postlint.rules import data_text
from postlint.rules._textlint import inside, str_pieces
from postlint.rules._word_screen import WordScreen, words_of

ID = "terminology"
NODES = ("Str",)
OPTIONS = {"terms": (list, str), "defaultTerms": bool, "exclude": list, "skip": [str]}
DEFAULTS = {"terms": [], "defaultTerms": True, "exclude": [], "skip": ["BlockQuote"]}
FILE_OPTIONS = ("terms",)  # a terms file, from the config file's folder
FIXABLE = True
FIX_ONCE = True  # textlint applies a rule's fixes once; a replacement may hold another entry's match

# The original's exact-word wrapper, ``(?<=^|[^-\w])(?<!\.)\b…\b(?= |P |PP|P$|$)`` with flags
# igm.  Its first look-behind has two widths, which ``re`` refuses; "not after [-\w]" is the
# same test (a line end is neither).
_PUNCTUATION = "[\\.,;:!?'\"’”)]"
_BEFORE = "(?<![-\\w])(?<!\\.)\\b"
_AFTER = f"\\b(?= |{_PUNCTUATION} |{_PUNCTUATION}{_PUNCTUATION}|{_PUNCTUATION}$|$)"
_LOOKAROUND = ("(?=", "(?!")
_SENTENCE_START = re.compile("[A-Za-z0-9_][!.?]\\)? \\Z")  # /\w+[!.?]\)? $/ on the text before
_NOT_FOLDED = re.compile("[\u017f\u212a]")  # ſ and the Kelvin sign: ``re``'s i matches s, k; JavaScript's does not


def _exact(pattern: str) -> str:
    return f"{_BEFORE}{pattern}{_AFTER}"


def _compile(source: str, flags: str, term: str | None = None):
    try:
        return compile_lookbehinds(source, flags)
    except JSRegexError as exc:
        raise ValueError(f"term {term or source!r} cannot be used: {exc}") from None


class _Advanced:
    """A ``[pattern, replacement]`` entry: its regex (wrapped as a whole word unless it has a
    look-around) and the regex ``getReplacement`` runs (as written, flag i)."""

    def __init__(self, pattern: str, replacement) -> None:
        self.pattern = pattern
        self.replacement = replacement

    @functools.cached_property
    def regex(self):  # (compiled when first needed: most entries never are in a run)
        pattern = self.pattern
        as_written = pattern.startswith("(?<") or any(a in pattern for a in _LOOKAROUND)
        return _compile(pattern if as_written else _exact(pattern), "igm", pattern)

    @functools.cached_property
    def plain(self):
        return None if isinstance(self.replacement, (list, tuple)) else _compile(self.pattern, "i", self.pattern)

    def compile_now(self) -> None:
        self.regex, self.plain = self.regex, self.plain

    def replace(self, matched: str) -> str | None:
        if self.plain is None:
            return _find_word(self.replacement, matched)
        padded = f"xyz {matched} xyz"  # the original replaces within "xyz <match> xyz"
        m = self.plain.search(padded)
        if m is not None:
            padded = padded[:m.start()] + substitute(self.replacement, m, padded) + padded[m.end():]
        return padded[4:-4]


def _find_word(words, matched: str) -> str | None:
    lower = matched.lower()
    return next((w for w in words if w.lower() == lower), None)


class Terms:
    """A list of entries made ready: the string entries (``words``), searched as one
    alternation of those a text may hold, then each ``[pattern, replacement]`` entry."""

    def __init__(self, entries: list) -> None:
        self.words = [e for e in entries if isinstance(e, str)]
        self.advanced = [_Advanced(e[0], e[1]) for e in entries if not isinstance(e, str)]
        self._word_regexes: dict = {}
        self.screen = WordScreen([words_of(w) for w in self.words] + [words_of(e[0]) for e in entries
                                                                       if not isinstance(e, str)])

    def word_regex(self, i: int):
        regex = self._word_regexes.get(i)
        if regex is None:
            regex = self._word_regexes[i] = _compile(_exact(self.words[i]), "igm")
        return regex

    def word_matches(self, indexes, text: str):
        """The matches of the original's one regex for all the words, ``(?:w1|w2|…)`` in the
        list's order, made of a regex for each word at ``indexes`` (those ``text`` may hold;
        the others change nothing there): at each place the first word that matches there,
        the leftmost place first, then on from the match's end.  (One regex for each set of
        words a text holds would be compiled again and again.)"""
        regexes = [self.word_regex(i) for i in indexes]
        ahead: list = [False] * len(regexes)  # each word's next match (None: no more)
        pos = 0
        while True:
            best = None
            for k, regex in enumerate(regexes):
                m = ahead[k]
                if m is False or (m is not None and m.start() < pos):
                    m = ahead[k] = next(_matches(regex, text, pos), None)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end() if best.end() > best.start() else best.end() + 1

    def problems(self, text: str):
        """``(index, matched, replacement)`` for each match the original reports in ``text``."""
        found = self.screen.entries_in(text)
        if not found:
            return
        count = len(self.words)
        words = [i for i in found if i < count]
        if words:
            for m in self.word_matches(words, text):
                yield from _problem(text, m, _find_word(self.words, m.group()))
        for i in found:
            if i >= count:
                entry = self.advanced[i - count]
                for m in _matches(entry.regex, text):
                    yield from _problem(text, m, entry.replace(m.group()))


def _matches(regex, text: str, pos: int = 0):
    while pos <= len(text):
        m = regex.search(text, pos)
        if m is None:
            return
        if _NOT_FOLDED.search(m.group()):  # not a match in JavaScript: look on from the next place
            pos = m.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def _problem(text: str, m, replacement: str | None):
    matched = m.group()
    if replacement is None:
        return  # (textlint stops with "No replacement found")
    index = m.start()
    if (index == 0 or _SENTENCE_START.search(text, max(0, index - 4), index)) and _upper_first(matched) == matched:
        replacement = _upper_first(replacement)
    if matched != replacement:
        yield index, matched, replacement


def _upper_first(text: str) -> str:
    """JavaScript's ``charAt(0).toUpperCase() + slice(1)``: one UTF-16 unit (a character
    beyond U+FFFF stays as it is)."""
    if not text or ord(text[0]) > 0xFFFF:
        return text
    return text[0].upper() + text[1:]


# -- the lists -------------------------------------------------------------------------------

@functools.cache
def default_terms() -> tuple:
    return tuple(_frozen(e) for e in load_yaml(data_text("dict", "terminology.yml"), "terminology.yml")["terms"])


def _frozen(entry):
    if isinstance(entry, list):
        return tuple(_frozen(e) for e in entry)
    return entry


def _read_terms(path: str) -> list:
    where = os.path.expanduser(path)
    try:
        with open(where, encoding="utf-8") as f:
            data = json.loads(strip_json_comments(f.read()))
    except OSError as exc:
        raise ValueError(f"cannot read the terms file {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"the terms file {path} is not JSON: {exc}") from None
    if not isinstance(data, list):
        raise ValueError(f"the terms file {path} must hold a JSON array of terms")
    return data


def _js_string(value) -> str:
    """``String(value)`` in JavaScript, for a replacement that is not text.

    >>> [_js_string(v) for v in (False, None, 2, 2.0, 0.5)]
    ['false', 'null', '2', '2', '0.5']
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _scalar_replacement(entry) -> bool:
    """Whether ``entry`` is ``[pattern, replacement]`` with a replacement that is neither text
    nor a list (``["[Bb]ugfix", false]``): textlint's rule writes it as JavaScript's
    ``String`` of it."""
    return (isinstance(entry, (list, tuple)) and len(entry) >= 2 and isinstance(entry[0], str)
            and (entry[1] is None or isinstance(entry[1], (bool, int, float))))


def _checked(entries) -> tuple:
    out = []
    for entry in entries:
        if _scalar_replacement(entry):
            entry = [entry[0], _js_string(entry[1]), *entry[2:]]
        if isinstance(entry, (list, tuple)) and len(entry) >= 2 and isinstance(entry[0], str) and (
                isinstance(entry[1], str) or (isinstance(entry[1], (list, tuple))
                                              and all(isinstance(w, str) for w in entry[1]))):
            _Advanced(entry[0], entry[1]).compile_now()  # a user's pattern that cannot run fails when the config loads
            out.append(_frozen(list(entry)))
        elif isinstance(entry, str):
            _compile(_exact(entry), "igm", entry)
            out.append(entry)
        else:
            raise ValueError(f"a term must be a string or [pattern, replacement], got {entry!r}")
    return tuple(out)


@functools.lru_cache(maxsize=16)
def _terms(extra: tuple, default: bool, exclude: tuple) -> Terms:
    entries = [*extra, *(default_terms() if default else ())]
    left_out = set(exclude)
    kept = [e for e in entries if (e[0] if isinstance(e, tuple) else e) not in left_out]
    return Terms([list(e) if isinstance(e, tuple) else e for e in kept])


def _stamp(path: str):
    try:
        return os.stat(os.path.expanduser(path)).st_mtime_ns
    except OSError:
        return None


@functools.lru_cache(maxsize=16)
def _file_terms(path: str, stamp) -> tuple:
    return _checked(_read_terms(path))


@functools.lru_cache(maxsize=16)
def _inline_terms(dumped: str) -> tuple:
    return _checked(json.loads(dumped))


def terms_for(opts: dict) -> Terms:
    extra = opts["terms"]
    extra = _file_terms(extra, _stamp(extra)) if isinstance(extra, str) else _inline_terms(json.dumps(extra))
    exclude = tuple(e for e in opts["exclude"] if isinstance(e, str))
    return _terms(extra, bool(opts["defaultTerms"]), exclude)


def check_options(opts: dict) -> list[str]:
    """Read the terms file and compile every entry when the config loads: a missing or broken
    file, or a pattern that cannot run, is a config error naming it.  A replacement that is
    not text (``false``) is run as textlint's rule runs it, as the text ``"false"``, with a
    warning."""
    terms_for(opts)
    extra = opts["terms"]
    entries = _read_terms(extra) if isinstance(extra, str) else extra
    return [f"term {json.dumps(entry[:2], ensure_ascii=False)}: the replacement "
            f"{json.dumps(entry[1])} is not text; textlint's rule reads it as the text "
            f"\"{_js_string(entry[1])}\" and suggests that (to leave out a default term, list its "
            f"pattern under exclude)" for entry in entries if _scalar_replacement(entry)]


def _terms_or_error(opts: dict):
    try:
        return terms_for(opts)
    except ValueError as exc:  # the terms file went away or broke after the config loaded
        return str(exc)


def check(node, opts, ctx):
    terms = ctx.memo((ID, "terms", id(opts)), lambda: _terms_or_error(opts))
    if isinstance(terms, str):
        if ctx.memo((ID, "told"), lambda: [False]) == [False]:
            ctx.memo((ID, "told"), list).append(True)
            yield ctx.report(0, 0, f"用語の一覧を読めません: {terms}")
        return
    if not ctx.memo((ID, "file", id(terms)), lambda: terms.screen.any_in(ctx.text)):
        return  # (most files: no term anywhere)
    skip = opts["skip"]
    if skip and inside(node, ctx.text, *skip):
        return
    skip_links = "Link" in skip
    text = ctx.text
    for base, end, is_url in str_pieces(node, ctx):  # a bare URL is a Link with a Str of its own in textlint
        if is_url and skip_links:
            continue
        piece = text[base:end]
        fixed: dict = {}
        for index, matched, replacement in terms.problems(piece):
            start = base + index
            span = (start, start + len(matched))
            first = fixed.get(span)
            if first == replacement:
                continue  # the same problem again (textlint drops it as a duplicate)
            # Two entries may fix the same text differently; textlint applies the fix reported
            # first, which postlint's order of problems (by message) does not keep: the later
            # ones are suggestions.
            fix = ctx.fix(*span, replacement, safe=first is None)
            fixed.setdefault(span, replacement)
            yield ctx.report(start, start + 1, f"「{matched.strip()}」は「{replacement.strip()}」と書きます。", fix=fix)

"""Leave out English filler words, clichés and wordy phrases (textlint-rule-stop-words 5.2.0 compatible).

Each text node is searched for the phrases of a dictionary (rules/dict/stop-words.txt, the
original's: "a number of", "basically", "in order to > to", …; a line ``phrase > better``
gives a replacement, which the fix puts in, keeping a capital first letter).  A phrase
counts as a whole word: after the start of the text or a character that is no ASCII letter,
digit, ``_`` or ``-``, and before a space, the end, or ``. , : ; ? ! …`` followed by a
space or the end; letters in any case, an apostrophe as ``'``, ``’`` or ``‘``.  As in the
original, a problem is reported at the character before the phrase (the space), or at the
phrase when it starts the text.

Options:
    words: more phrases: a list of [phrase] or [phrase, replacement], or the path of a
           text file of lines ``phrase`` or ``phrase > replacement`` (from the config file's folder)
    exclude: phrases of the dictionary to leave out
    defaultWords: use the dictionary (true)
    skip: node types whose text is not checked (["BlockQuote"])

    OK:  We can do it to save time.
    NG:  We can do it in order to save time.   -> to
"""

from __future__ import annotations

import functools
import re

from postlint.jsregex import compile_js
from postlint.rules import data_text
from postlint.rules._textlint import inside, str_pieces
from postlint.rules._word_screen import WordScreen, fold
from postlint.wordlist import resolve_path

ID = "stop-words"
NODES = ("Str",)
OPTIONS = {"words": (list, str), "exclude": list, "defaultWords": bool, "skip": list}
DEFAULTS = {"words": [], "exclude": [], "defaultWords": True, "skip": ["BlockQuote"]}
FIXABLE = True

_SPECIAL = set(".*+?^${}()|[]\\")
_PUNCTUATION = ("\\.", ",", ":", ";", "\\?", "!", "…")
_AFTER = "|".join(f"{p} |{p}$" for p in _PUNCTUATION)


def parse_dictionary(text: str) -> list[list[str]]:
    """The entries of a dictionary text: a line each, ``phrase`` or ``phrase > replacement``.

    >>> parse_dictionary("basically\\nin order to > to\\n\\n")
    [['basically'], ['in order to', 'to']]
    """
    return [re.split(r"\s*>\s*", line) for line in (s.strip() for s in re.split(r"\r?\n", text)) if line]


def phrase_regex(phrase: str):
    """The original's regex for a phrase (case-insensitive; group 1: the phrase)."""
    escaped = "".join("\\" + c if c in _SPECIAL else c for c in phrase).replace("'", "['’‘]")
    return compile_js(f"(?:^|[^-\\w])({escaped}(?= |$|{_AFTER}))", "i")


class _Dictionary:
    """The entries and, for speed, one search for the words they hold (a phrase is tried
    only in a text that holds its longest piece between apostrophes)."""

    def __init__(self, entries: list):
        self.entries = []
        for entry in entries:
            if isinstance(entry, str):
                entry = [entry]
            if not isinstance(entry, list) or not entry or not isinstance(entry[0], str) or not entry[0]:
                continue
            alternative = entry[1] if len(entry) > 1 and isinstance(entry[1], str) else None
            self.entries.append((entry[0], alternative, phrase_regex(entry[0])))
        self.screen = WordScreen([(max((fold(p) for p in phrase.split("'")), key=len),)
                                  for phrase, _alt, _regex in self.entries])

    def candidates(self, text: str) -> list:
        return [self.entries[i] for i in self.screen.entries_in(fold(text.replace("’", "'").replace("‘", "'")))]


@functools.lru_cache(maxsize=16)
def _dictionary(default: bool, extra: tuple, excluded: frozenset) -> _Dictionary:
    entries = (parse_dictionary(data_text("dict", "stop-words.txt")) if default else []) + [list(e) for e in extra]
    return _Dictionary([e for e in entries if (e[0] if isinstance(e, list) and e else e) not in excluded])


def _extra_words(words, ctx) -> tuple:
    if isinstance(words, str):
        with open(resolve_path(ctx, words), encoding="utf-8") as f:
            return tuple(tuple(e) for e in parse_dictionary(f.read()))
    return tuple(tuple(e) if isinstance(e, list) else (e,) for e in words if isinstance(e, (list, str)))


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def check(node, opts, ctx):
    if inside(node, ctx.text, *opts["skip"]):
        return
    try:
        extra = _extra_words(opts["words"], ctx)
    except OSError as exc:
        yield ctx.report(0, 0, f"stop-words: cannot read the words file {opts['words']}: {exc.strerror or exc}")
        return
    excluded = frozenset(e[0] if isinstance(e, list) and e else e for e in opts["exclude"] if isinstance(e, (str, list)))
    dictionary = _dictionary(opts["defaultWords"], extra, excluded)
    for start, end, _is_url in str_pieces(node, ctx):  # (textlint's text nodes: a bare URL is one of its own)
        text = ctx.text[start:end]
        for phrase, alternative, regex in dictionary.candidates(text):
            for found in regex.finditer(text):
                at, word = start + found.start(), found.group(1)
                if alternative is None:
                    yield ctx.report(at, at + 1, f"Leave out “{found.group().strip()}”: it adds nothing")
                elif alternative != word:
                    better = alternative if _upper_first(word) != word else _upper_first(alternative)
                    replacement = found.group().replace(word, better, 1)
                    yield ctx.report(at, at + 1, f"Write “{better}” instead of “{word}”",
                                     fix=ctx.fix(at, start + found.end(), replacement))

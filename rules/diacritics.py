"""Write English loanwords with their diacritics: café, déjà vu, your résumé (textlint-rule-diacritics 2.1.4 compatible).

Each text node is searched for the words of a list (rules/dict/diacritics-words.json, the
original's: French, German, Spanish… loanwords such as "café", "déjà vu", "your résumé") written
with some or none of their marks ("cafe", "deja vu", "your resume"); such a word is reported where
it starts, with a fix that puts the marks in and keeps the word's case (``Cafe`` -> ``Café``,
``CAFE`` -> ``CAFÉ``).  Words are matched as JavaScript's ``\\b`` sees them: a letter with a
mark is no word character there, so a word that ends in one (café) is found only where it
is written without its mark, and is left alone where it is right.

Options: ``words``: more words (a list, or the path of a JSON file holding one, from the
config file's folder).

    OK:  A café in Paris.
    NG:  A cafe in Paris.   -> café
"""

from __future__ import annotations

import functools
import re

from postlint.jsregex import compile_js
from postlint.rules import data_text
from postlint.rules._textlint import str_pieces
from postlint.wordlist import resolve_path

ID = "diacritics"
NODES = ("Str",)
OPTIONS = {"words": (list, str)}
DEFAULTS = {"words": []}
FIXABLE = True

# each group: the letters with a mark, then the one without (the original's groups)
_MARK_GROUPS = ("’'", "àâäåa", "éèêëe", "çc", "îíi", "ñn", "öo", "šs", "ûüu", "ÿy")


def pattern_of(word: str) -> str:
    """A word's regex source: each marked letter -> the class of it, its siblings and the
    bare letter.

    >>> pattern_of("café")
    'caf[éèêëe]'
    """
    for group in _MARK_GROUPS:
        word = re.sub(f"[{group[:-1]}]", f"[{group}]", word, flags=re.IGNORECASE)
    return word


def match_casing(value: str, base: str) -> str:
    """``value`` in ``base``'s case: all capitals, all small, or a capital first letter
    (npm match-casing's rules).

    >>> match_casing("café", "CAFE"), match_casing("café", "Cafe"), match_casing("déjà vu", "Deja vu")
    ('CAFÉ', 'Café', 'Déjà vu')
    """
    if base.upper() == base:
        return value.upper()
    if base.lower() == base:
        return value.lower()
    for index, char in enumerate(base):
        if char.upper() != char.lower():
            rest = base[index + 1:]
            if char == char.upper() and rest == rest.lower():
                for i, c in enumerate(value):
                    if c.upper() != c.lower():
                        return value[:i] + c.upper() + value[i + 1:].lower()
            break
    return value


class _Words:
    def __init__(self, words: tuple):
        self.words = [w for w in words if isinstance(w, str) and w]
        self.patterns = [pattern_of(w) for w in self.words]
        self.regex = compile_js(f"(\\b(?:{'|'.join(self.patterns)})\\b)", "i")
        self._each = [compile_js(f"\\b{p}\\b", "i") for p in self.patterns]

    def correction(self, found: str) -> str | None:
        """The right spelling of ``found`` (its suffix and case kept), from the first word that matches it."""
        for word, regex in zip(self.words, self._each):
            hit = regex.search(found)
            if hit is not None:
                return match_casing(found[:hit.start()] + word + found[hit.end():], found)
        return None


@functools.lru_cache(maxsize=8)
def _words(extra: tuple) -> _Words:
    import json5

    return _Words(tuple(json5.loads(data_text("dict", "diacritics-words.json"))) + extra)


def _extra(words, ctx) -> tuple:
    if isinstance(words, str):
        import json5

        with open(resolve_path(ctx, words), encoding="utf-8") as f:
            words = json5.load(f)
    return tuple(w for w in words if isinstance(w, str)) if isinstance(words, list) else ()


def check(node, opts, ctx):
    try:
        words = _words(_extra(opts["words"], ctx))
    except (OSError, ValueError) as exc:
        yield ctx.report(0, 0, f"diacritics: cannot read the words file {opts['words']}: {exc}")
        return
    for start, end, _is_url in str_pieces(node, ctx):  # (each of textlint's text nodes is a text of its own)
        for found in words.regex.finditer(ctx.text[start:end]):
            matched = found.group()
            right = words.correction(matched)
            if right is None or right == matched:
                continue
            at = start + found.start()
            yield ctx.report(at, at + 1, f"Write “{right}”, with its marks, for “{matched}”",
                             fix=ctx.fix(at, start + found.end(), right))

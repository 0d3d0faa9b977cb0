"""技術用語の表記（Javascript → JavaScript など）を調べる（textlint-rule-spellcheck-tech-word 5.0.0 互換）。

技術用語の綴り・大文字小文字・カタカナ表記の誤りを、technical-word-rules 1.9.5 の単語リスト
（rules/dict/spellcheck-tech-word.yml、prh 形式）で Str ごとに探し、その位置に報告して直します。
リンク・画像・引用・強調の中は調べません。元のルールどおり、リストの一項目は一つの Str で最初の
一か所だけを報告し、大文字小文字を区別しない項目は、正しい大文字小文字で書かれていれば報告しません。
configured as ``spellcheck-tech-word``.

Options: なし。

    OK:  JavaScript で書いた Web アプリ。
    NG:  Javascript で書いた Web アプリ。
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from postlint import prh
from postlint.jsregex import compile_js
from postlint.prh import Engine, expand_groups
from postlint.rules._textlint import inside, text_spans

ID = "spellcheck-tech-word"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_DICTIONARY = Path(__file__).parent / "dict" / "spellcheck-tech-word.yml"


class _Entry:
    """One item of the list: its prh rule (for the cheap whole-file screen), the regex
    as the npm rule builds it (the list's flag only, no g), and without the flag."""

    def __init__(self, rule) -> None:
        self.words = _words(rule.regex.source)
        self.screen = rule.screen if self.words is None else None
        self.expected = rule.expected
        self.query = compile_js(rule.regex.source, rule.regex.flags)
        self.strict = compile_js(rule.regex.source, "") if rule.regex.flags else None

    def find(self, text: str):
        """``(index, actual, expected)`` of the entry's first match in ``text``, or None
        when the npm rule reports nothing for it: the match is spelt right already (an
        ``i`` entry also matches without ``i``), or the replacement is already there."""
        m = self.query.search(text)
        if m is None:
            return None
        actual = m.group()
        if self.strict is not None and self.strict.search(actual):
            return None
        # String.replace with the same regex on the matched text alone (its first match there)
        again = self.query.search(actual)
        expected = actual if again is None else (
            actual[:again.start()] + expand_groups(self.expected, (again.group(), *again.groups()))
            + actual[again.end():])
        if text.startswith(expected, m.start()):
            return None
        return m.start(), actual, expected


# -- which entries a Str needs: most need none ------------------------------------------------
#
# Each entry gets words of which every match holds one, compared in folded text (case folded,
# full-width ASCII made half-width): one search for all the words in a folded Str (a regex
# shaped as a trie of them) tells which entries to try there, where trying each entry's regex
# on each Str cost several times more.  An entry whose words cannot be found this way keeps
# prh's screen (a regex search through the file), or is always tried when it has none.

_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}


def _fold(text: str) -> str:
    """Each character's fold, so that a folded piece of a text is a piece of the folded text."""
    return text.translate(_FULL_WIDTH).casefold()


def _words(source: str) -> tuple | None:
    """Texts, one of which every match of ``source`` holds once folded; None when unknown.

    >>> _words(r"\\b[JjＪｊ][AaＡａ][VvＶｖ][AaＡａ]\\b|(?:Java Script)")
    ('java', 'java script')
    """
    loose = prh.without_assertions(source)
    if loose is None:
        return None
    words = []
    for alternative in prh.alternatives(loose):
        word = prh.required_literal(_fold_classes(alternative))
        if not word:
            return None
        words.append(_fold(word))
    return tuple(words)


def _fold_classes(source: str) -> str:
    """``source`` with each class of one letter's case and width variants (``[JjＪｊ]``) made
    that letter, which folding makes of each of them."""
    out, i = [], 0
    while i < len(source):
        end = prh.atom_end(source, i)
        piece = source[i:end]
        if piece[0] == "[":
            members = piece[1:-1]
            folded = {_fold(m) for m in members}
            plain = members.isalnum() and not members.startswith("^")
            piece = folded.pop() if plain and len(folded) == 1 else piece
        out.append(piece)
        i = end
    return "".join(out)


@functools.cache
def _entries() -> tuple:
    return tuple(_Entry(rule) for rule in Engine.from_file(_DICTIONARY).rules)


def _screened_in(text: str) -> tuple:
    """The indexes of the entries without words whose screen may match in the file ``text``."""
    return tuple(i for i, e in enumerate(_entries())
                 if e.words is None and (e.screen is None or e.screen(text)))


@functools.cache
def _entries_of_word() -> dict:
    """word -> the indexes of the entries it is a word of."""
    out: dict = {}
    for i, entry in enumerate(_entries()):
        for word in entry.words or ():
            out.setdefault(word, []).append(i)
    return out


def _candidates(text: str, screened: tuple) -> list:
    """The entries, in the list's order, that may match in a Str's text ``text``: those
    whose words it holds, and the file's ``screened`` ones."""
    found = set(screened)
    of_word = _entries_of_word()
    for word in _words_in(_fold(text)):
        found.update(of_word[word])
    entries = _entries()
    return [entries[i] for i in sorted(found)]


@functools.cache
def _word_search():
    """A search for every entry's words at once.  One-character words (``(``, ``x``, ``①``)
    are looked up in the set of the text's characters; the longer ones with a regex shaped
    as a trie of them (a walk down it, where an alternation of ~600 words tries each),
    which finds the longest word starting at a place, searched again from the next
    character for words that overlap; with each word, the words that are its beginnings
    (found at the same place)."""
    words = sorted({w for e in _entries() for w in e.words or ()})
    letters = frozenset(w for w in words if len(w) == 1)
    longer = [w for w in words if len(w) > 1]
    trie: dict = {}
    for word in longer:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    search = re.compile(_trie_pattern(trie), re.DOTALL).search
    beginnings = {w: [v for v in longer if w.startswith(v)] for w in longer}
    return letters, search, beginnings


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _words_in(folded: str) -> set:
    """The entries' words that occur in ``folded`` (as ``word in folded`` finds them).

    >>> sorted(_words_in(_fold("JavaScript と GitHub (x)")) & {"java", "javascript", "github", "x", "js"})
    ['github', 'java', 'javascript', 'x']
    """
    letters, search, beginnings = _word_search()
    present = set(letters.intersection(folded))
    found = search(folded)
    while found is not None:
        present.update(beginnings[found.group()])
        found = search(folded, found.start() + 1)
    return present


def check(node, opts, ctx):
    screened = ctx.memo(ID, lambda: _screened_in(ctx.text))
    if inside(node, ctx.text, "Link", "Image", "BlockQuote", "Emphasis"):
        return
    for base, end in text_spans(node, ctx):  # each of textlint's Str texts (a bare URL is a link)
        text = ctx.text[base:end]
        for entry in _candidates(text, screened):
            found = entry.find(text)
            if found is not None:
                index, actual, expected = found
                start = base + index
                fix = ctx.fix(start, start + len(actual), expected)
                yield ctx.report(start, start + 1, f"「{actual}」は「{expected}」と書きます。", fix=fix)

"""Which entries of a long list of regexes may match in a text, found with one search.

Rules that run hundreds of regexes (spellcheck-tech-word, terminology) give each entry
the words of which every match holds one, compared in folded text (case folded, full-width
ASCII made half-width).  One search for all the words at once in a folded text (a regex
shaped as a trie of them) tells which entries to try there; trying each entry's regex on
each text costs several times more.  An entry whose words cannot be found this way
(:func:`words_of` gives None) is always tried.

>>> screen = WordScreen([words_of("Java[ -]?Script"), words_of("GitHub"), None])
>>> screen.entries_in("github と javascript"), screen.entries_in("雨の日")
([0, 1, 2], [2])
>>> WordScreen([words_of("GitHub")]).any_in("雨の日")
False
"""

from __future__ import annotations

import re

from postlint import prh

__all__ = ["fold", "words_of", "WordScreen", "trie_regex"]

_FULL_WIDTH = re.compile("[\uff01-\uff5e]")  # full-width ASCII (！ .. ～), U+FEE0 above its half-width


def _half_width(match: re.Match) -> str:
    return chr(ord(match.group()) - 0xFEE0)


def fold(text: str) -> str:
    """Each character's fold, so that a folded piece of a text is a piece of the folded text.
    (Folding puts together at least the letters a JavaScript ``i`` regex puts together.)

    Full-width ASCII is made half-width by a regex that visits those characters only:
    ``str.translate`` with a table looks every character of a non-ASCII text up in it,
    which cost several times the rest of a document's screening (the same characters
    change, so the fold is the same).

    >>> fold("ＧｉｔＨｕｂ（β）")
    'github(β)'
    """
    return _FULL_WIDTH.sub(_half_width, text).casefold()


def words_of(source: str) -> tuple | None:
    """Texts, one of which every match of the JavaScript regex ``source`` holds once folded;
    None when unknown.

    >>> words_of(r"\\b[JjＪｊ][AaＡａ][VvＶｖ][AaＡａ]\\b|(?:Java Script)"), words_of("e[- ]mail(s)?")
    (('java', 'java script'), ('mail',))
    >>> words_of("[a-z]+") is None
    True
    """
    loose = prh.without_assertions(source)
    if loose is None:
        return None
    words = []
    for alternative in prh.alternatives(loose):
        word = prh.required_literal(_fold_classes(alternative))
        if not word:
            return None
        words.append(fold(word))
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
            folded = {fold(m) for m in members}
            plain = members.isalnum() and not members.startswith("^")
            piece = folded.pop() if plain and len(folded) == 1 else piece
        out.append(piece)
        i = end
    return "".join(out)


class WordScreen:
    """A search for the words of a list's entries: ``entry_words[i]`` is :func:`words_of`
    entry ``i`` (None: always tried).

    One-character words (``(``, ``x``, ``①``) are looked up in the set of the text's
    characters; the longer ones with a regex shaped as a trie of them (a walk down it, where
    an alternation of ~600 words tries each), which finds the longest word starting at a
    place, searched again from the next character for words that overlap; with each word,
    the words that are its beginnings (found at the same place).
    """

    def __init__(self, entry_words) -> None:
        self.always = [i for i, words in enumerate(entry_words) if words is None]
        self.of_word: dict = {}
        for i, words in enumerate(entry_words):
            for word in words or ():
                self.of_word.setdefault(word, []).append(i)
        words = sorted(self.of_word)
        self.letters = frozenset(w for w in words if len(w) == 1)
        longer = [w for w in words if len(w) > 1]
        self.search = trie_regex(longer).search if longer else None
        self.beginnings = {w: [v for v in longer if w.startswith(v)] for w in longer}

    def words_in(self, folded: str) -> set:
        """The words that occur in ``folded`` (as ``word in folded`` finds them)."""
        present = set(self.letters.intersection(folded))
        search = self.search
        found = search(folded) if search is not None else None
        while found is not None:
            present.update(self.beginnings[found.group()])
            found = search(folded, found.start() + 1)
        return present

    def any_in(self, text: str) -> bool:
        """Whether some entry may match in ``text`` (the first word found is enough)."""
        if self.always:
            return True
        folded = fold(text)
        return bool(self.letters.intersection(folded)) or (self.search is not None and self.search(folded) is not None)

    def entries_in(self, text: str, wordless=None) -> list[int]:
        """The indexes, in order, of the entries that may match in ``text``: those whose words
        it holds, and those without words (or only the ``wordless`` ones, when given)."""
        found = set(self.always if wordless is None else wordless)
        of_word = self.of_word
        for word in self.words_in(fold(text)):
            found.update(of_word[word])
        return sorted(found)


def trie_regex(words) -> re.Pattern:
    """A regex that finds any of ``words`` (literal, not empty), shaped as their trie: a
    search walks one branch per character where an alternation ``a|b|c|...`` of thousands of
    words tries each of them at every place.  At a place it matches the longest word.

    >>> rx = trie_regex(["SM", "SMプレイ", "カス", "クソ"])
    >>> rx.search("このカスタムは").group(), rx.search("smは") is None, rx.pattern
    ('カス', True, '(?:SM(?:プレイ)?|カス|クソ)')
    """
    trie: dict = {}
    for word in sorted(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(_trie_pattern(trie), re.DOTALL)


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body

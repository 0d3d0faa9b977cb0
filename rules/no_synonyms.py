"""一つの文書の中で、同じ意味の語を別の書き方で書かない（@textlint-ja/textlint-rule-no-synonyms 1.3.0 互換）。

「サーバ」と「サーバー」、「曖昧」と「あいまい」: a post that names one thing two ways makes
the reader wonder whether two things are meant.  The words come from the synonym dictionary
of SudachiDict, as the npm package sudachi-synonyms-dictionary 18.0.0 holds it (shipped with
postlint as rules/dict/no-synonyms.txt, 26,152 groups; see bench/build_synonyms.py).

Each text node (``Str``) not inside a block quote, code, HTML, a link or an image is split into
words by TinySegmenter 0.2 (:mod:`postlint.rules._tiny_segmenter`), and each word that is a
spelling of the dictionary is noted.  A group's spellings are compared lexeme by lexeme
(the items of one ``vocabularyNumber``: 「曖昧」「あいまい」) unless ``allowLexeme`` is false,
which compares the whole group (「曖昧」「不明確」 too).  Once the whole document is read, each
lexeme written in two or more spellings is reported once, at the last place of the spelling
that came last to the document; the message names the spellings in the order they first
appear.  Alphabet spellings (``allowAlphabet``), spellings holding a digit or a single
kanji numeral (``allowNumber``) and the spellings of ``allows`` are not counted.

With ``preferWords``, a lexeme holding one of its words (and none of ``allows``) reports
every other spelling used, at its last place, even when the preferred word itself is not
used, and ``--fix`` writes the preferred word there.

Options: ``allows`` (spellings to leave alone, default none), ``preferWords`` (the spelling
to keep, default none), ``allowAlphabet`` (default true), ``allowNumber`` (default true),
``allowLexeme`` (default true).

    OK:  曖昧な説明は避け、不明確な点も残さない。   (two lexemes of one group)
    NG:  曖昧な点が残った。あいまいなままにしない。
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate, compress

from postlint.rules import data_text
from postlint.rules._textlint import inside, text_spans
from postlint.rules._tiny_segmenter import segment_all, utf16_units

ID = "no-synonyms"
NODES = ("Document",)
OPTIONS = {"allows": [str], "preferWords": [str], "allowAlphabet": bool, "allowNumber": bool,
           "allowLexeme": bool}
DEFAULTS: dict = {"allows": [], "preferWords": [], "allowAlphabet": True, "allowNumber": True,
                  "allowLexeme": True}
FIXABLE = True
# textlint fixes the last place of each spelling a run; each pass here leaves one place fewer
FIX_ONE_PLACE_A_PASS = True

# text inside these is not read (the original's ignoreNodeTypes; Comment is HTML here)
_SKIPPED = ("BlockQuote", "CodeBlock", "Code", "Html", "Link", "Image")
_ITEM = re.compile("([0-9]+|-)([:*])([^\t\n]*)([\t\n])")
_KANJI_NUMERALS = frozenset("〇一二三四五六七八九")
_DIGIT = re.compile("[0-9]")  # JavaScript's \d
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_LOW_SURROGATE = re.compile("[\udc00-\udfff]")


class _Dictionary:
    """The synonym data: each item's spelling, whether it is an alphabet spelling, its
    lexeme (vocabularyNumber as written) and its group (line), items numbered in order."""

    __slots__ = ("midashi", "alphabet", "lexeme", "group")

    def __init__(self, text: str) -> None:
        start = 0
        while text.startswith("#", start):  # the header
            start = text.index("\n", start) + 1
        fields = _ITEM.findall(text, start)  # (C speed: 70,661 items in a few milliseconds)
        self.midashi: list[str] = [f[2] for f in fields]
        self.alphabet: list[bool] = [f[1] == "*" for f in fields]
        self.lexeme: list[str] = [f[0] for f in fields]
        # a line ends after the item followed by a line end
        self.group: list[int] = [0, *accumulate(f[3] == "\n" for f in fields)][:-1]


@functools.lru_cache(maxsize=1)
def dictionary() -> _Dictionary:
    return _Dictionary(data_text("dict", "no-synonyms.txt"))


class _Index:
    """The item groups compared (a group's items of one lexeme, or the whole group, when it
    has two or more items) and, for each spelling, the first item so spelled in each item
    group holding it: ``by_word[spelling]`` is that item, or a tuple of them for the 2,256
    spellings in several item groups.

    (The original lists a lexeme without a vocabularyNumber after the numbered ones of its
    group; here item groups are numbered as they first appear.  The order only decides in
    which order two problems of one place are reported, and they are sorted anyway.)"""

    __slots__ = ("group_of", "by_word", "_data")

    def __init__(self, data: _Dictionary, allow_lexeme: bool) -> None:
        # (written with C-speed steps: a loop over the 70,661 items costs 0.1 s)
        keys = list(zip(data.group, data.lexeme)) if allow_lexeme else data.group
        sizes = Counter(keys)
        numbers = {key: n for n, key in enumerate(sizes)}  # (a Counter keeps first-seen order)
        group_of = list(map(numbers.__getitem__, keys))
        compared = [size > 1 for size in sizes.values()]
        items = list(compress(range(len(keys)), map(compared.__getitem__, group_of)))
        words = list(map(data.midashi.__getitem__, items))
        by_word: dict = dict(zip(reversed(words), reversed(items)))  # (backwards: the first stays)
        if len(by_word) < len(words):  # a spelling twice in an item group, or in several
            counts = Counter(words)
            shared: dict[str, dict] = {word: {} for word in by_word if counts[word] > 1}
            for item, word in zip(items, words):
                if word in shared:
                    shared[word].setdefault(group_of[item], item)
            for word, firsts in shared.items():
                by_word[word] = next(iter(firsts.values())) if len(firsts) == 1 else tuple(firsts.values())
        self.group_of = group_of
        self.by_word = by_word
        self._data = data

    def spellings(self, group: int, item: int) -> set[str]:
        """The spellings of item group ``group``, which holds ``item``."""
        data, group_of = self._data, self.group_of
        line = data.group[item]
        items = range(bisect_left(data.group, line), bisect_right(data.group, line))
        return {data.midashi[i] for i in items if group_of[i] == group}


@functools.lru_cache(maxsize=2)
def index(allow_lexeme: bool) -> _Index:
    return _Index(dictionary(), allow_lexeme)


def check(node, opts, ctx):
    text = ctx.text
    found = index(opts["allowLexeme"])
    by_word = found.by_word
    used: dict[int, int] = {}  # item -> its last place, in the order of first use
    groups: dict[int, int] = {}  # item groups met, in order -> an item of theirs
    pieces: list[str] = []
    starts: list[int] = []
    for child in node.walk():
        if child.type != "Str" or inside(child, text, *_SKIPPED):
            continue
        for start, end in text_spans(child, ctx):  # a bare URL is a Link in textlint's tree
            pieces.append(text[start:end])
            starts.append(start)
    astral = _ASTRAL.search(text) is not None
    group_of = found.group_of
    for word, number, at in zip(*segment_all(pieces)):
        hit = by_word.get(word)
        if hit is None:
            continue
        place = starts[number] + (_characters(pieces[number], at) if astral else at)
        for item in (hit,) if type(hit) is int else hit:
            used[item] = place
            groups[group_of[item]] = item
    if not groups:
        return
    yield from _reports(found, used, groups, opts, ctx)


def _characters(piece: str, units: int) -> int:
    """How many characters of ``piece`` its first ``units`` UTF-16 units hold (a word of the
    dictionary never starts inside a character)."""
    return units - len(_LOW_SURROGATE.findall(utf16_units(piece), 0, units))


def _reports(found: _Index, used: dict, groups: dict, opts, ctx):
    data = dictionary()
    midashi, alphabet = data.midashi, data.alphabet
    allows, prefer_words = opts["allows"], opts["preferWords"]
    allow_alphabet, allow_number = opts["allowAlphabet"], opts["allowNumber"]
    counted: dict[int, list[int]] = {}  # item group -> its items counted, in order of first use
    for item in used:
        word = midashi[item]
        if allow_alphabet and alphabet[item]:
            continue
        if allow_number and (word in _KANJI_NUMERALS or _DIGIT.search(word)):
            continue
        if word in allows:
            continue
        counted.setdefault(found.group_of[item], []).append(item)
    for group in groups:
        items = counted.get(group, [])
        preferred = allowed = None
        if prefer_words:
            spellings = found.spellings(group, groups[group])
            preferred = next((w for w in prefer_words if w in spellings), None)
            allowed = next((w for w in allows if w in spellings), None)
        if preferred and not allowed:
            for item in items:
                word = midashi[item]
                if word == preferred:
                    continue
                at = used[item]
                yield ctx.report(at, at + len(word), f"「{word}」は「{preferred}」と同じ意味です。"
                                 f"文書の中では「{preferred}」に揃えてください。",
                                 fix=ctx.fix(at, at + len(word), preferred))
        elif len(items) >= 2:
            words = [midashi[i] for i in items]
            at = used[items[-1]]
            listed = "」「".join(words)
            yield ctx.report(at, at + len(words[-1]), f"同じ意味の「{listed}」が混ざっています。"
                             "どれか一つの書き方に揃えてください。")

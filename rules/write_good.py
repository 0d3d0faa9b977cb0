"""英文の書き方（受け身、あいまいな語、冗長な表現、決まり文句など）を調べる（textlint-rule-write-good 2.0.0 互換）。

The English style checks of write-good 1.0.8, run as textlint-rule-write-good runs them: over
the text of each plain Str (right in a paragraph or a list item's paragraph; not headings,
table cells, links, emphasis, strong text, inline code or block quotes), each piece beside a
bare URL on its own.  The checks, each a switch (option of the same name):

- ``weasel``: vague or hedging words (very, many, quite, clearly…; not many/few after "too ");
- ``illusion``: a word written twice in a row (the the), case ignored;
- ``so``: a sentence that opens with "so"; ``thereIs``: one that opens with "there is/are"
  (a sentence here ends at ``. ; ! ?``, so Japanese text seldom has one);
- ``passive``: a form of "to be" before a past participle (is used, was written);
- ``adverb``: adverbs in -ly from a list (really, simply…) and just, maybe, stuff, things;
- ``tooWordy``: wordy words and phrases (a number of, in order to, utilize…);
- ``cliches``: clichés (a piece of cake…);
- ``eprime``: every form of "to be" (off by default: E-Prime).

Words are matched without regard to case between ASCII word boundaries, as JavaScript's
``\\b`` sees them: a word right beside Japanese text (``veryです``) is a word.  Each problem is
reported where its words start; the word lists are data (rules/dict/write-good.yml).  A
problem found by two checks at the same words is one problem naming both.

Options: the switches above (``eprime`` false, the others true; one left empty is on, as in
write-good, where only false turns a check off) and ``whitelist`` (list of strings, default
none): text in which nothing is reported, found case-sensitively (as in write-good, not at
the very start of a Str, and a term found there is not looked for further on).

    OK:  The tool reads each file and writes a report.
    NG:  この設定は very 便利です。 There are many ways to do it.
"""

from __future__ import annotations

import functools
import re

from postlint.jsregex import JS_SPACE
from postlint.rules import data_yaml
from postlint.rules._textlint import is_plain_str, text_spans
from postlint.text import ends_in_reference

ID = "write-good"
NODES = ("Str",)
CHECKS = ("weasel", "illusion", "so", "thereIs", "passive", "adverb", "tooWordy", "cliches", "eprime")
# a switch left empty (YAML's ``eprime:``) is on: write-good turns a check off for false only
OPTIONS = {"whitelist": [str], **{name: (bool, type(None)) for name in CHECKS}}
DEFAULTS = {"whitelist": [], **{name: name != "eprime" for name in CHECKS}}
FIXABLE = False

# What each check says of the words it finds (in CHECKS' order: a problem two checks find
# names both in that order).
_SAYS = {
    "weasel": "a vague or hedging word (weasel word): say exactly what you mean, or drop it",
    "illusion": "the same word twice in a row: delete one",
    "so": "a sentence opening that adds nothing: start with what follows",
    "thereIs": "a sentence opening that puts off the subject: start with who or what acts",
    "passive": "possibly passive voice: say who does it",
    "adverb": "an adverb or filler that can weaken the sentence: drop it or use a stronger word",
    "tooWordy": "wordy or unneeded: use a shorter, plainer word",
    "cliches": "a cliché: say it in your own words",
    "eprime": "a form of \"to be\" (E-Prime): use a verb that says what happens",
}

_FLAGS = re.ASCII | re.IGNORECASE  # JavaScript's /…/i: \b and \w ASCII, case folded in ASCII only
_SPACE = f"[{''.join(JS_SPACE)}]"  # JavaScript's \s (re.ASCII's \s is ASCII only)
_NOT_SPACE = f"[^{''.join(JS_SPACE)}]"
_WORD_CHAR = re.compile("[A-Za-z0-9_]")  # no check reports text without one
_LETTER = re.compile("[A-Za-z]")  # nor any but ``illusion`` text without one
# A space in a phrase of tooWordy or cliches matches [\b\s\u200C]* (\b: backspace): the
# phrases are matched in the text with each of those characters made a space, and a space of
# a phrase as " *" (the same matches; a class of these characters, repeated at each space of
# 700 phrases, takes a fifth of a second to compile).
_GAP_CHARS = "\x08" + "".join(JS_SPACE) + "\u200c"
_GAPS_TO_SPACES = str.maketrans(dict.fromkeys(_GAP_CHARS, " "))
_OTHER_GAP = re.compile(f"[{_GAP_CHARS.replace(' ', '').replace(chr(10), '')}]")
_TOKEN = re.compile(f"({_SPACE}*)({_NOT_SPACE}+)")
# a sentence: text up to ". ; ! ?" (those marks too).  A match can only start where a run of
# text does (one starting inside a run would have started at its start), and the look-behind
# says so: without it, text with no mark is read again from each of its characters.
_SENTENCE = re.compile("(?<![^\n.;!?])([^\n.;!?]+)([.;!?]+)")
_OPENS_WITH_SO = re.compile(f"({_SPACE})*so\\b[\\s\\S]", _FLAGS)
_OPENS_WITH_THERE_IS = re.compile(f"({_SPACE})*there\\b{_SPACE}(is|are)\\b", _FLAGS)
_SMART_QUOTES = str.maketrans("\u2018\u2019", "''")


def _alternatives(words, gap: str = " ") -> str:
    """The entries of a word list (each a piece of a regex, all starting with a letter) as one
    alternation that matches what ``entry|entry|…`` matches, the first entry that fits winning.
    Entries are grouped by first letter behind a look-ahead, in their order (two entries of
    different first letters never fit at one place): a place is tried against the entries of
    its own letter only, which makes the long lists ten times faster.

    >>> _alternatives(["ab", "b c", "ac"], "_")
    '(?=a)(?:ab|ac)|(?=b)(?:b_c)'
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0].lower(), []).append(word.replace(" ", gap))
    return "|".join(f"(?={letter})(?:{'|'.join(group)})" for letter, group in groups.items())


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    """The word lists' patterns, compiled on first use."""
    data = data_yaml("dict", f"{ID}.yml")
    weasel, passive, adverb = data["weasel"], data["passive"], data["adverb"]
    return {
        "weasel": re.compile(f"\\b({_alternatives(weasel['words'])})\\b", _FLAGS),
        "weasel_except": frozenset(weasel["exceptWithToo"]),
        "passive": re.compile(f"\\b({_alternatives(passive['be'])})\\b{_SPACE}*"
                              f"(\\w+ed|{_alternatives(passive['participles'])})\\b", _FLAGS),
        "passive_except": frozenset(passive["exceptions"]),
        "adverb": re.compile(f"\\b(({_alternatives(adverb['stems'])})(y)|({_alternatives(adverb['weakens'])}))\\b",
                             _FLAGS),
        "tooWordy": re.compile(f"\\b(?<!-)({_alternatives(data['tooWordy'], ' *')})\\b", _FLAGS),
        "cliches": re.compile(f"\\b({_alternatives(data['cliches'], ' *')})\\b", _FLAGS),
        "eprime": re.compile(f"\\b({_alternatives(data['eprime'])})\\b", _FLAGS),
    }


class _Text:
    """A Str's text, and the forms of it some checks read (each made once, when asked)."""

    def __init__(self, raw: str):
        self.raw = raw

    @functools.cached_property
    def spaced(self) -> str:
        """Each character that a space of a phrase stands for made a space (same length)."""
        spaced = self.raw.replace("\n", " ")
        return spaced.translate(_GAPS_TO_SPACES) if _OTHER_GAP.search(spaced) else spaced

    @functools.cached_property
    def sentences(self) -> list[tuple[int, str]]:
        """(start, text) of each run of text that ". ; ! ?" end (the marks left out)."""
        return [(m.start(), m.group(1)) for m in _SENTENCE.finditer(self.raw)]

    @functools.cached_property
    def plain_quotes(self) -> str:
        """Curly single quotes made straight, as e-prime reads the text (same length)."""
        raw = self.raw
        return raw.translate(_SMART_QUOTES) if "\u2018" in raw or "\u2019" in raw else raw


def _weasel(t: _Text, p: dict):
    text = t.raw
    for m in p["weasel"].finditer(text):
        word, at = m.group().lower(), m.start()
        # "too many", "too few" pass: the four characters before (JavaScript's substr, which
        # counts a start before 0 from the end: a word at 0 passes when the text ends in "too ")
        before = text[at - 4:at] if at >= 4 else text[-4:] if at == 0 else ""
        if word not in p["weasel_except"] or before != "too ":
            yield at, len(word)


def _illusion(t: _Text, p: dict):
    last = ""
    for m in _TOKEN.finditer(t.raw):
        word = m.group(2)
        token = word.lower()
        if token == last and _WORD_CHAR.search(word):  # (the word as written: "K".lower() is "k")
            yield m.start(2), len(word)
        last = token


def _sentence_openings(pattern):
    """A check of sentence openings: ``pattern`` at the start of each run of text ended by
    ``. ; ! ?`` (not the last run, with no such mark).  Where white space comes first, the
    report starts one character into it, at any length (write-good counts the last space its
    pattern captured), and ``there is`` runs on to the end of the match less that character."""

    def check(t: _Text, p: dict):
        for start, sentence in t.sentences:
            inner = pattern.match(sentence)
            if inner:
                lead = 1 if inner.group(1) is not None else 0
                yield start + lead, (2 if pattern is _OPENS_WITH_SO else inner.end() - lead)

    return check


def _passive(t: _Text, p: dict):
    for m in p["passive"].finditer(t.raw):
        if m.group(2).lower() not in p["passive_except"]:
            yield m.start(), m.end() - m.start()


def _matches(name: str, form: str):
    """A check that reports each match of pattern ``name`` in the ``form`` of the text."""

    def check(t: _Text, p: dict):
        return ((m.start(), m.end() - m.start()) for m in p[name].finditer(getattr(t, form)))

    return check


_FINDERS = {"weasel": _weasel, "illusion": _illusion, "so": _sentence_openings(_OPENS_WITH_SO),
            "thereIs": _sentence_openings(_OPENS_WITH_THERE_IS), "passive": _passive,
            "adverb": _matches("adverb", "raw"), "tooWordy": _matches("tooWordy", "spaced"),
            "cliches": _matches("cliches", "spaced"), "eprime": _matches("eprime", "plain_quotes")}


def _whitelisted(text: str, whitelist) -> list[tuple[int, int]]:
    """(from, to) of each whitelisted term in ``text``.  As in write-good, a term is looked
    for from the start and only while it is found past it: one at the very start of the
    text is not whitelisted, nor are any later ones."""
    slices = []
    for term in whitelist:
        at = text.find(term)
        while at > 0:
            slices.append((at, at + len(term)))
            at = text.find(term, at + 1)
    return slices


def _touches(index: int, end: int, slices) -> bool:
    """Whether the words at [index, end) cover, start in or end in a whitelisted slice."""
    return any(index <= low and end >= high or low <= index <= high or low <= end <= high for low, high in slices)


def suggestions(text: str, checks, whitelist=()) -> list[tuple[int, int, list[str]]]:
    """``(index, length, check names)`` of what the ``checks`` find in ``text``, by index:
    one entry for each place and length, naming every check that found it.

    >>> suggestions("So the the tool is used very often.", ("so", "illusion", "passive", "weasel", "adverb"))
    [(0, 2, ['so']), (7, 3, ['illusion']), (16, 7, ['passive']), (24, 4, ['weasel', 'adverb'])]
    """
    if not _WORD_CHAR.search(text):
        return []
    if not _LETTER.search(text):  # digits and "_" only: no word of a list, no sentence opening
        checks = [name for name in checks if name == "illusion"]
    p = _patterns()
    found: dict[tuple[int, int], list[str]] = {}
    slices = _whitelisted(text, whitelist) if whitelist else ()
    t = _Text(text)
    for name in checks:
        for index, length in _FINDERS[name](t, p):
            if slices and _touches(index, index + length, slices):
                continue
            found.setdefault((index, length), []).append(name)
    return sorted(((index, length, names) for (index, length), names in found.items()), key=lambda s: s[0])


def message(words: str, names) -> str:
    """The problem's message: the words, then what each check says of them."""
    return f"\"{words}\": " + "; also ".join(_SAYS[name] for name in names)


def check(node, opts, ctx):
    if not is_plain_str(node) or not _WORD_CHAR.search(ctx.text, node.start, node.end):
        return
    checks = [name for name in CHECKS if opts.get(name) is not False]
    whitelist = opts.get("whitelist") or ()
    source = ctx.source
    for start, end in text_spans(node, ctx):  # (a bare URL is a link of its own in textlint's tree)
        if end == node.end and not node.parent.data.get("plain") and ends_in_reference(ctx.text, start, end):
            end -= 1  # textlint's Str stops before the ";" of a character reference at its end (Markdown)
        text = ctx.text[start:end]
        for index, length, names in suggestions(text, checks, whitelist):
            # textlint's place: one UTF-16 unit at the index (half of an emoji there)
            at = source.utf16(start + index)
            yield ctx.report_utf16(at, at + 1, message(text[index:index + length], names))

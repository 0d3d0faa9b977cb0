"""元の語をどこにも書いていない略語（頭字語）を報告する（textlint-rule-unexpanded-acronym 1.2.4 互換）。

An acronym should be spelled out somewhere in the post.  Every text node (``Str``, a
bare URL's text included) is cut at ASCII word boundaries: a word of capitals only
(``API``) whose length is within the limits is an acronym the post uses; a run of
capitalized words (``Application Programming Interface``, joined by spaces and by the
joining words such as ``of``) or one such word (``XMLHttpRequest``) spells out the
acronyms made of the initials of its words (each run of them from the first or to the
last word; for one word, its first letter and each capital letter followed by a
non-capital: ``XHR``).  Each acronym the post uses and never spells out is reported,
once, at the start of the file (as textlint reports on the whole document).

Options:

- ``min_acronym_len`` (3) / ``max_acronym_len`` (5): the lengths of the acronyms looked at
  (0 means the default, as in the original);
- ``ignore_acronyms`` ([]): acronyms never reported;
- ``acronymJoiningWords`` (``of the for in and or &``): words that may stand between the
  capitalized words of a spelled-out acronym.

    OK:  Application Programming Interface（API）を公開する。API の仕様は後で書く。
    NG:  API の仕様を書く。（API が何の略か、どこにも書いていない）
"""

import re

from postlint import jsregex
from postlint.rules._acronym import word_acronyms
from postlint.rules._textlint import joined_str_pieces

ID = "unexpanded-acronym"
NODES = ("Document",)
OPTIONS = {"min_acronym_len": int, "max_acronym_len": int, "ignore_acronyms": [str], "acronymJoiningWords": [str]}
DEFAULTS = {"min_acronym_len": 3, "max_acronym_len": 5, "ignore_acronyms": [],
            "acronymJoiningWords": ["of", "the", "for", "in", "and", "or", "&"]}
FIXABLE = False
TRIGGER = re.compile("[A-Z]")  # no capital letter, no acronym

_PIECES = re.compile("[A-Za-z0-9_]+|[^A-Za-z0-9_]+")  # what JavaScript's split(/\b/) gives
_CAPITALS = re.compile("[A-Z]+")
_SPACE = "".join(jsregex.JS_SPACE)  # what JavaScript's trim() strips


def _limits(opts) -> tuple[int, int]:
    # the original reads ``options.x || default``: 0 gives the default
    return (opts["min_acronym_len"] or DEFAULTS["min_acronym_len"],
            opts["max_acronym_len"] or DEFAULTS["max_acronym_len"])


def _candidates(text: str, low: int, high: int, ignored) -> bool:
    """Whether ``text`` holds a word of capitals the rule may report (a cheap test of the file)."""
    if low > high:
        return False
    pattern = re.compile(f"(?<![A-Za-z0-9_])[A-Z]{{{low},{high}}}(?![A-Za-z0-9_])")
    return any(m.group() not in ignored for m in pattern.finditer(text))


def check(node, opts, ctx):
    text = ctx.text
    low, high = _limits(opts)
    ignored = set(opts["ignore_acronyms"])
    if not _candidates(text, low, high, ignored):
        return
    joining = set(opts["acronymJoiningWords"])
    used: dict[str, None] = {}  # in order of first use
    spelled: set[str] = set()

    def spell_out(words):
        spelled.update(a for a in word_acronyms(words) if low <= len(a) <= high)

    for child in node.walk():
        if child.type != "Str":
            continue
        for start, end, _ in joined_str_pieces(child, ctx):
            words: list[str] = []
            for piece in _PIECES.findall(text, start, end):
                if not piece.strip(_SPACE):
                    continue
                if _CAPITALS.fullmatch(piece):
                    if low <= len(piece) <= high and piece not in ignored:
                        used[piece] = None
                elif "A" <= piece[0] <= "Z":
                    words.append(piece)
                elif words and piece not in joining:
                    spell_out(words)
                    words = []
            if words:
                spell_out(words)
    for acronym in used:
        if acronym not in spelled:
            yield ctx.report(node.start, node.end,  # the whole document, as textlint reports it
                             f"略語「{acronym}」が何の略か、文書のどこにも書かれていません。"
                             f"初めて使うところで「元の語（{acronym}）」のように書いてください。")

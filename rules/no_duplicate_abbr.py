"""略語の後に、略語がすでに含む語を重ねない（@textlint-rule/textlint-rule-no-duplicate-abbr 1.0.2 互換）。

``BGP`` stands for Border Gateway Protocol: 「BGPプロトコル」 and "BGP protocol" say
"protocol" twice.  A text is split at its word boundaries (JavaScript's ``\\b``: A-Z a-z 0-9
_ are word characters); an abbreviation of the list (rules/dict/no-duplicate-abbr.yml,
4,433 entries) followed by one of the words it already holds, right after it or after white
space, is reported at the abbreviation.  Every text node is looked at (headings, tables,
link text, a bare URL's text); code is not.  There is no fix: which word to keep is the
writer's choice.

Options: ``allowAbbrList`` (list of abbreviations not to report, default none).

    OK:  経路の交換には BGP を使う。
    NG:  経路の交換には BGPプロトコル を使う。
"""

from __future__ import annotations

import functools
import json
import re

from postlint.rules import data_text
from postlint.rules._textlint import JS_SPACE, joined_str_pieces

ID = "no-duplicate-abbr"
NODES = ("Str",)
OPTIONS = {"allowAbbrList": [str]}
DEFAULTS: dict = {"allowAbbrList": []}
FIXABLE = False

_WORD = re.compile("[A-Za-z0-9_]+")  # a piece of the text split at JavaScript's \b (no u flag)
_SPACES = "".join(JS_SPACE)
# every abbreviation of the list ends with a word character, and a suffix must follow it
TRIGGER = re.compile("[A-Za-z0-9_][^A-Za-z0-9_]")


@functools.lru_cache(maxsize=1)
def abbreviations() -> dict[str, list]:
    """abbreviation -> [what it stands for, [the words it already holds]]."""
    text = data_text("dict", "no-duplicate-abbr.yml")
    return json.loads(text[text.index("\n{") + 1:])  # (JSON, after the comment lines)


def check(node, opts, ctx):
    text = ctx.text
    known = abbreviations()
    if not any(word in known for word in _WORD.findall(text, node.start, node.end)) and not node.inside("BlockQuote"):
        return  # (most text; a quote's lines are joined with the next one's, which may hold one)
    allowed = opts["allowAbbrList"]
    for start, end, _is_url in joined_str_pieces(node, ctx):
        for word in _WORD.finditer(text, start, end):
            entry = known.get(word.group())
            if entry is None or word.end() == end or word.group() in allowed:
                continue
            following = _following(text, word.end(), end)
            if following is None:
                continue
            spacer, after = following
            rest = after.lstrip(_SPACES)
            suffix = next((s for s in entry[1] if rest.startswith(s)), None)
            if suffix is not None:
                found = f"{word.group()}{spacer}{after[:len(after) - len(rest)]}{suffix}"
                yield ctx.report(word.start(), word.start() + 1,
                                 f"「{found}」は「{suffix}」が重なっています（{word.group()} は {entry[0]} の略）。"
                                 f"「{suffix}」を削るか、略さずに書いてください。")


def _following(text: str, at: int, end: int) -> tuple[str, str] | None:
    """(the white space between, the next piece) after a word ending at ``at``, as the
    original takes them: the non-word piece that follows, or when that is only white
    space, the word piece after it (None when there is none)."""
    gap = at
    while gap < end and not _is_word(text[gap]):
        gap += 1
    piece = text[at:gap]
    if piece.strip(_SPACES):
        return "", piece
    if gap == end:
        return None
    word = _WORD.match(text, gap, end)
    return piece, word.group()


def _is_word(char: str) -> bool:
    return char == "_" or ("0" <= char <= "9") or ("A" <= char <= "Z") or ("a" <= char <= "z")

"""一つの段落に同じ名詞が多く出てくるのを見つける（textlint-rule-max-appearence-count-of-words 1.0.1 互換）。

A word said again and again in one paragraph reads heavy.  Each paragraph's source, as
written (Markdown markup and link URLs included), is tokenized whole with IPADIC as
kuromoji 0.1.1 reads it (the version the package's kuromojin pins).  For each surface
form, its first token decides: when that is a noun (名詞, not 数 nor 非自立) longer than
one UTF-16 unit and the surface occurs more than ``limit`` times in the paragraph's source
(as a string, non-overlapping), the paragraph is reported, at its start, once per such
word.  Paragraphs are numbered through the file, list items and quotes included, as the
package counts them.  (The id keeps the package's spelling, "appearence".)

Options: ``limit`` (default 4: five times is too many), ``lang`` (``"en"``, the default,
or ``"ja"``: the language of the message).

    OK:  東京は雨だった。東京タワーも霞んでいた。
    NG:  東京の朝、東京の駅、東京の人、東京の空、東京の夜。
"""

from __future__ import annotations

import re
from collections import Counter
from operator import add

from postlint.rules._textlint import report_node
from postlint.source import utf16_len

ID = "max-appearence-count-of-words"
NODES = ("Paragraph",)
OPTIONS = {"limit": int, "lang": str}
DEFAULTS = {"limit": 4, "lang": "en"}
FIXABLE = False

_DICTIONARY = "ipadic-kuromoji-0.1.1"

# a line of MeCab's output that may be a counted noun: longer than one UTF-16 unit, any 名詞
# but 数 and 非自立, or a 記号,一般 word, which may be an unknown symbol kuromoji calls
# 名詞,サ変接続
_CANDIDATE = re.compile("^([^\t\n]{2,}|[\U00010000-\U0010FFFF])\t(?:名詞,(?!数,|非自立,)|記号,一般,)", re.M)


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def check(node, opts, ctx):
    limit = opts["limit"]
    paragraph = ctx.text[node.start:node.end]
    if not _may_repeat(paragraph, limit):
        return

    def repeated(output: str) -> bool:  # whether some noun could be counted too often (cheap)
        return any(paragraph.count(m.group(1)) > limit for m in _CANDIDATE.finditer(output))

    tokens = ctx.tokens(paragraph, _DICTIONARY, when=repeated)
    if not tokens:
        return
    number = None
    seen = set()
    for token in tokens:
        surface = token.surface_form
        if surface in seen:
            continue
        seen.add(surface)
        if (token.pos == "名詞" and token.pos_detail_1 not in ("数", "非自立") and utf16_len(surface) > 1
                and paragraph.count(surface) > limit):
            if number is None:
                number = _paragraph_number(node, ctx)
            yield report_node(ctx, node.start, node.end, _message(surface, number, limit, opts["lang"]))


def _may_repeat(paragraph: str, limit: int) -> bool:
    """Whether some word of two UTF-16 units or more could occur more than ``limit`` times in
    ``paragraph`` (cheaper than MeCab): one of a character beyond U+FFFF, or a word whose first
    two characters occur together more than ``limit`` times.

    >>> _may_repeat("東京と東京と東京と東京と東京", 4), _may_repeat("東京と東京と東京と東京", 4)
    (True, False)
    """
    if _ASTRAL.search(paragraph):
        return True
    if len(paragraph) <= 2 * limit:
        return False
    return max(Counter(map(add, paragraph, paragraph[1:])).values(), default=0) > limit


def _message(word: str, number: int, limit: int, lang: str) -> str:
    if lang == "ja":
        return (f"「{word}」が {number} 段落目に {limit} 回を超えて出てきます。"
                "言い換えるか、「これ」「その」などで受けるか、省いてください。")
    return (f"\"{word}\" appears more than {limit} times in paragraph {number}; "
            "use another word, a pronoun, or leave some out.")


def _paragraph_number(node, ctx) -> int:
    """The 1-based number of the ``Paragraph`` ``node`` among the file's paragraphs, in
    document order (the package counts the paragraphs it visits)."""
    numbers = ctx.memo(("paragraph-numbers",), lambda: {
        id(p): i for i, p in enumerate((n for n in ctx.doc.walk() if n.type == "Paragraph"), 1)})
    return numbers[id(node)]

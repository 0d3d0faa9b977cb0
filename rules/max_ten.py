"""一文の読点（、）の数を制限する（textlint-rule-max-ten 互換）。

A sentence with many 読点 strings clauses together; split it.  When a
sentence has more than ``max`` ``touten`` marks the one that goes over is
reported (and counting starts again after it).  A 読点 between two nouns
(名詞、名詞 -- a list) does not count unless ``strict``; brackets next to it
are looked through (A(1)、B(2)).  Sentences end at ``kuten`` and ``?!？！``;
inline code is masked.  Paragraphs in block quotes are not checked.  Words
are found with the IPADIC dictionary, as kuromoji does.

Options: ``max`` (3), ``strict`` (false), ``touten`` ("、"), ``kuten`` ("。"; a list of marks
ends sentences at each, as the original's ``concat`` reads one: ``["。", "」"]``).

    OK:  今日は、晴れです。
    NG:  今日は、朝から、雨が、やっと、止みました。
"""

import string

from postlint.rules._textlint import DecodedSentenceSource, utf16_len
from postlint.rules._textlint_ja import sentence_runs

ID = "max-ten"
NODES = ("Paragraph",)
OPTIONS = {"max": int, "strict": bool, "touten": str, "kuten": (str, [str])}
DEFAULTS = {"max": 3, "strict": False, "touten": "、", "kuten": "。"}
FIXABLE = False

_MARKS = ["?", "!", "？", "！"]
_MASK = "_"
_ASCII_SYMBOLS = frozenset(string.punctuation)


def _is_bracket(token) -> bool:
    return (token.pos == "記号" and token.pos_detail_1.startswith("括弧")) or token.surface_form in "()"


def _neighbour(tokens, index: int, step: int):
    """The nearest token before/after ``index`` that is not a bracket."""
    index += step
    while 0 <= index < len(tokens):
        if not _is_bracket(tokens[index]):
            return tokens[index]
        index += step
    return None


def _is_noun(token) -> bool:
    if token is None:
        return False
    if token.pos == "名詞":
        return True
    # ASCII symbols are not in IPADIC: kuromoji tags such an unknown word (".", masked code
    # "___") 名詞,サ変接続 where MeCab says 記号,一般
    return token.pos == "記号" and token.pos_detail_1 == "一般" and all(c in _ASCII_SYMBOLS for c in token.surface_form)


def _between_nouns(tokens, index: int) -> bool:
    return _is_noun(_neighbour(tokens, index, -1)) and _is_noun(_neighbour(tokens, index, 1))


def check(node, opts, ctx):
    if node.inside("BlockQuote"):
        return
    limit, touten = opts["max"], opts["touten"]
    kuten = opts["kuten"]
    separators = _MARKS + (kuten if isinstance(kuten, list) else [kuten])
    raw = ctx.text[node.start:node.end]
    if raw.count(touten) + raw.count("&") <= limit:
        # a sentence's text has no more marks than the paragraph's source, plus one per
        # character reference (&...;) that may decode to one: none can go over the limit
        return
    for start, end, items in sentence_runs(node, ctx.text, separators):
        source = DecodedSentenceSource(ctx.text, start, end, items, code_mask=_MASK)
        text = source.text
        if text.count(touten) <= limit:
            continue
        tokens = ctx.tokens(text, "ipadic")
        count = 0
        for index, token in enumerate(tokens):
            surface = token.surface_form
            if surface == touten:
                if opts["strict"] or not _between_nouns(tokens, index):
                    count += 1
            if surface in separators:
                count = 0
            if count > limit:
                # where textlint's StringSource maps the mark (the first place its text piece occurs),
                # from kuromoji's code-point position taken as a UTF-16 offset (early after an emoji)
                pos16 = source.to_utf16_js(token.start, ctx.source.utf16)
                if pos16 is None:
                    pos16 = ctx.source.utf16(start)
                yield ctx.report_utf16(pos16, pos16 + utf16_len(touten),
                                       f"一文に「{touten}」が {limit + 1} 個以上あります。文を分けるなどして減らしてください。")
                count = 0

"""続く文が同じ接続詞で始まるのを見つける（textlint-rule-no-doubled-conjunction 3.0.1 互換）。

「しかし、〜。しかし、〜」のように同じ接続詞を続けると文章がくどくなる。段落を文に分け、
各文の最初の接続詞（IPADIC の品詞「接続詞」。空白の直後のものは数えない）を、それより前で
最後に接続詞を含んでいた文の最初の接続詞と比べ、同じなら後の文の接続詞を報告する。
接続詞を削る、別の接続詞にする、文の流れを変えるなどで直す。

Options: なし。

    OK:  雨が降った。しかし、試合は続いた。だが、観客は帰った。
    NG:  雨が降った。しかし、試合は続いた。しかし、観客は帰った。
"""

from __future__ import annotations

import re
from operator import attrgetter

from postlint.rules._textlint import utf16_len
from postlint.rules._textlint_ja import report_at_index, sentence_runs, skipped_paragraph

ID = "no-doubled-conjunction"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False


_POS = attrgetter("pos")
_CONJUNCTION_LINE = re.compile("\t接続詞,")  # in MeCab's output: a token whose pos is 接続詞


def _first_conjunction(tokens):
    """The sentence's first conjunction not right after a space (that is no real one), or None."""
    if "接続詞" not in map(_POS, tokens):  # most sentences have none: found without a Python loop
        return None
    for i, tok in enumerate(tokens):
        if tok.pos == "接続詞" and not (i > 0 and tokens[i - 1].pos_detail_1 == "空白"):
            return tok
    return None


def check(node, opts, ctx):
    if skipped_paragraph(node):
        return
    runs = sentence_runs(node, ctx.text, ctx=ctx)
    if len(runs) < 2:
        return  # a conjunction is compared with an earlier sentence's only
    last = None  # first conjunction of the latest earlier sentence that had one
    for n, (start, end, _items) in enumerate(runs):
        raw = ctx.text[start:end]
        tok = _first_conjunction(ctx.tokens(raw, "ipadic", when=_CONJUNCTION_LINE.search))
        if tok is None:
            continue
        if n > 0 and last is not None and tok.surface_form == last.surface_form:
            yield report_at_index(ctx, start, tok.start,
                                  f"前の文と同じ接続詞「{tok.surface_form}」で文が始まっています。"
                                  "接続詞を削るか、別の接続詞に言い換えてください。", units=utf16_len(tok.surface_form))
        last = tok

"""ら抜き言葉を見つける（textlint-rule-no-dropping-the-ra 3.0.0 互換）。

「食べれる」「見れる」「来れる」のように可能の「られる」から「ら」を落とした形は、
書き言葉では誤りとされることが多い。Str ごとに IPADIC で形態素解析し、一段活用の自立動詞の
未然形に接尾の「れる」が続くところ（「食べ|れる」）と、一語として辞書にある「来れる」
「見れる」を報告する。「食べられる」「見られる」「来られる」のように「ら」を入れて直す。
リンク・画像・引用・強調の中の文字列は調べない。

報告位置は textlint と同じ: 「れる」の位置、辞書語の「来れる」「見れる」ではその二文字目。

Options: なし。

    OK:  この距離からでも見られる。
    NG:  この距離からでも見れる。
"""

from __future__ import annotations

import re

from postlint.rules._textlint import inside, str_pieces
from postlint.rules._textlint_ja import report_at_index

ID = "no-dropping-the-ra"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

MESSAGE = "ら抜き言葉です。「ら」を入れた形（例: 食べられる、見られる、来られる）にしてください。"


# In MeCab's output (a line per token: surface TAB pos,pos_detail_1,pos_detail_2,pos_detail_3,
# conjugated_type,conjugated_form,basic_form,...), what a report needs: a verb whose base form
# is 来れる or 見れる, or an 一段 verb's 未然形 (自立) on the line right before the suffix れる
# (adjacent tokens are adjacent lines; white space between them is a token of its own).
# IPADIC quotes no field and gives every verb its base form (unknown words are never verbs).
_DICTIONARY_WORD = re.compile(r"\t動詞,(?:[^,\n]*,){5}(?:来れる|見れる),")  # (a line has one tab)
_MIZEN_THEN_RERU = re.compile(r"\t動詞,自立,[^,\n]*,[^,\n]*,一段,未然形,[^\n]*\n"
                              r"[^\t\n]*\t動詞,接尾,(?:[^,\n]*,){4}れる,")


def _may_drop_ra(output: str) -> bool:
    """Whether MeCab's output has what a report needs.  The suffix れる alone was too weak
    a test: most are passive (使われる), after a 五段 verb; their tokens need not be built.

    >>> from postlint.morph import ipadic_output
    >>> [_may_drop_ra(ipadic_output(t)) for t in ("食べれない", "見れる", "使われる", "食べられる")]
    [True, True, False, False]
    """
    return bool(_MIZEN_THEN_RERU.search(output) or _DICTIONARY_WORD.search(output))


def _ichidan_mizen(tok) -> bool:
    return (tok.pos == "動詞" and tok.pos_detail_1 == "自立" and tok.conjugated_type == "一段"
            and tok.conjugated_form == "未然形")


def _reru(tok) -> bool:
    return tok.pos == "動詞" and tok.pos_detail_1 == "接尾" and tok.basic_form == "れる"


def check(node, opts, ctx):
    if inside(node, ctx.text, "Link", "Image", "BlockQuote", "Emphasis"):  # not LinkReference
        return
    if "れ" not in ctx.text[node.start:node.end]:  # every form of 来れる, 見れる and the suffix れる has it
        return
    for start, end, url in str_pieces(node, ctx):
        if not url:  # a bare URL is a link's text for textlint
            yield from _check_text(start, end, ctx)


def _check_text(base: int, end: int, ctx):
    """The ら-less forms in one of textlint's Str texts, ``[base, end)`` of the file."""
    text = ctx.text[base:end]
    tokens = ctx.tokens(text, "ipadic", when=_may_drop_ra)
    for tok in tokens:
        if tok.pos == "動詞" and tok.basic_form in ("来れる", "見れる"):
            # textlint points one character into the word
            yield report_at_index(ctx, base, tok.start + 1, MESSAGE, end=end)
    for prev, cur in zip(tokens, tokens[1:]):
        if _ichidan_mizen(prev) and _reru(cur):
            yield report_at_index(ctx, base, cur.start, MESSAGE, end=end)  # textlint reports {index}: one unit

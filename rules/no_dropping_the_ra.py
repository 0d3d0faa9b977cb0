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

from postlint.rules._textlint_ja import js_index

ID = "no-dropping-the-ra"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

MESSAGE = "ら抜き言葉です。「ら」を入れた形（例: 食べられる、見られる、来られる）にしてください。"


# In MeCab's output, what a report needs: the base form 来れる or 見れる, or the suffix
# れる (its base-form field; unknown words, whose line has none, are never verbs).
_MAY_DROP_RA = re.compile("来れる|見れる|,れる,").search


def _ichidan_mizen(tok) -> bool:
    return (tok.pos == "動詞" and tok.pos_detail_1 == "自立" and tok.conjugated_type == "一段"
            and tok.conjugated_form == "未然形")


def _reru(tok) -> bool:
    return tok.pos == "動詞" and tok.pos_detail_1 == "接尾" and tok.basic_form == "れる"


def check(node, opts, ctx):
    if node.inside("Link", "Image", "BlockQuote", "Emphasis"):
        return
    text = ctx.text[node.start:node.end]
    if "れ" not in text:  # every form of 来れる, 見れる and the suffix れる has it
        return
    tokens = ctx.tokens(text, "ipadic", when=_MAY_DROP_RA)
    for tok in tokens:
        if tok.pos == "動詞" and tok.basic_form in ("来れる", "見れる"):
            # textlint points one character into the word
            at = min(node.start + js_index(text, tok.start + 1), node.end)
            yield ctx.report(at, min(at + 1, node.end), MESSAGE)
    for prev, cur in zip(tokens, tokens[1:]):
        if _ichidan_mizen(prev) and _reru(cur):
            at = node.start + js_index(text, cur.start)
            yield ctx.report(at, min(at + 1, node.end), MESSAGE)  # textlint reports {index}: one character

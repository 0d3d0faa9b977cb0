"""い抜き言葉（「〜てます」「〜てました」）を見つける（@textlint-ja/textlint-rule-no-dropping-i 2.0.1 互換）。

「見てます」「書いてました」のように「〜ています」から「い」を落とした形は話し言葉で、書き言葉では
「見ています」「書いていました」と書く。Str ごとに IPADIC で形態素解析し、接続助詞「て」の直後に
助動詞「ます」が続くところを、「ます」の位置に報告する。リンク・画像・引用・強調の中は調べない。
configured as ``@textlint-ja/no-dropping-i`` (the id textlint reports then) or ``no-dropping-i``.

Options: なし。

    OK:  毎朝この道を歩いています。
    NG:  毎朝この道を歩いてます。
"""

from __future__ import annotations

import re

from postlint.rules._textlint_ja import report_at_index, str_token_pairs

ID = "no-dropping-i"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

MESSAGE = "い抜き言葉です。「〜ています」「〜ていました」のように「い」を入れてください。"

# the two tokens are neighbours (white space between them would be a token of its own), and
# every form of ます starts with ま: a text without て right before ま has nothing to report
TRIGGER = re.compile("てま")
# in MeCab's output (a line per token), the 接続助詞 て on the line right before a ます form
_TE_THEN_MASU = re.compile(r"\t助詞,接続助詞,(?:[^,\n]*,){4}て,[^\n]*\n[^\t\n]*\t助動詞,\*,(?:[^,\n]*,){4}ます,")


def _may_drop_i(output: str) -> bool:
    """Whether MeCab's output has what a report needs.

    >>> from postlint.morph import ipadic_output
    >>> [_may_drop_i(ipadic_output(t)) for t in ("歩いてます", "歩いています", "てまり")]
    [True, False, False]
    """
    return _TE_THEN_MASU.search(output) is not None


def check(node, opts, ctx):
    for base, end, prev, tok in str_token_pairs(node, ctx, TRIGGER, _may_drop_i):
        if _te(prev) and _masu(tok):
            yield report_at_index(ctx, base, tok.start, MESSAGE, end=end)  # kuromoji's word_position


def _te(tok) -> bool:
    return tok.pos == "助詞" and tok.pos_detail_1 == "接続助詞" and tok.basic_form == "て"


def _masu(tok) -> bool:
    return tok.pos == "助動詞" and tok.pos_detail_1 == "*" and tok.basic_form == "ます"

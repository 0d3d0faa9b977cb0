"""二重否定の表現を見つける（textlint-rule-no-double-negative-ja 2.0.1 互換）。

「〜なくもない」「〜ないことはない」「〜ないわけではない」などの二重否定は、
言いたいことが肯定なのか否定なのかを読み手に考えさせる。Str ごとに IPADIC で形態素解析し、
次の形の並びを見つけたら、その最後の語（二つ目の「ない」）の位置を報告する。

- 〜なくは/もない、〜ないで(は|も)ない、〜ないもので(は|も)ない、〜ないことは/もない、
  〜ないわけで(は|も)ない、〜ないと(は)いいきれない、〜ないと(は|も)かぎらない

肯定の形で言い切るか、程度を表す言葉で書き直す。

Options: なし。

    OK:  この方法でも動きます。
    NG:  この方法でも動かなくはない。
"""

from __future__ import annotations

import re
from operator import attrgetter

from postlint.rules._textlint import str_pieces
from postlint.rules._textlint_ja import report_at_index

ID = "no-double-negative-ja"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_NAI = ("ない", "無い")
_BASIC_FORM = attrgetter("basic_form")
# A line of MeCab's output whose token has the base form ない or 無い (an unknown word's
# base form is its surface).
_NAI_LINE = re.compile(r"^(?:ない|無い)\t|^[^\t\n]*\t(?:[^,\n]*,){6}(?:ない|無い)[,\n]", re.MULTILINE)


# Where a token whose base form is ない or 無い may start: every such IPADIC entry (形容詞
# and 助動詞 ない, 無い: な, なく, なかっ, 無けれ, ねえ, のう…) starts so, and an unknown
# word has that base form only when its surface is ない or 無い.
_NAI_START = re.compile("(?=な|無|ね[えぇ]|のう)")


def _may_have_two_nai(text: str) -> bool:
    """Whether ``text`` has two places a ない token could start: without them MeCab need not
    run (most of textlint's Str texts have at most one).

    >>> _may_have_two_nai("動かなくもない"), _may_have_two_nai("動かない理由")
    (True, False)
    """
    found = _NAI_START.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


def _two_nai(output: str) -> bool:
    """Whether MeCab's output has two tokens whose base form is ない/無い: every pattern
    starts with one and ends with another, and most texts have at most one.

    >>> from postlint.morph import ipadic_output
    >>> _two_nai(ipadic_output("行かなくもない")), _two_nai(ipadic_output("行かない")), _two_nai(ipadic_output("少ない"))
    (True, False, False)
    """
    if "ない" not in output and "無い" not in output:  # the usual case, found at C speed
        return False
    return len(_NAI_LINE.findall(output)) >= 2


def _t(**fields):
    """One expected token: field -> accepted values."""
    return {k: v if isinstance(v, tuple) else (v,) for k, v in fields.items()}


_NEG = _t(basic_form=_NAI)
_NEG_ADJ = _t(basic_form=_NAI, pos="形容詞")
_PARTICLE = {s: _t(surface_form=s, pos="助詞") for s in ("は", "も", "と", "で")}
_DE = _t(conjugated_form="連用形", basic_form="だ")

# Each entry: two (pattern, wording) pairs; the second is tried only when the
# first did not just complete on the same token (as the original rule does).
_RULES = (
    (([_NEG, _PARTICLE["も"], _NEG_ADJ], "なくもない"),
     ([_NEG, _PARTICLE["は"], _NEG_ADJ], "なくはない")),
    (([_NEG, _t(surface_form="で", conjugated_form="連用形"), _PARTICLE["は"], _NEG_ADJ], "ないではない"),
     ([_NEG, _PARTICLE["で"], _PARTICLE["も"], _NEG_ADJ], "ないでもない")),
    (([_NEG, _t(reading="モノ", pos="名詞"), _DE, _PARTICLE["も"], _NEG_ADJ], "ないものでもない"),
     ([_NEG, _t(reading="モノ", pos="名詞"), _DE, _PARTICLE["は"], _NEG_ADJ], "ないものではない")),
    (([_NEG, _t(reading="コト", pos="名詞"), _PARTICLE["は"], _NEG], "ないことはない"),
     ([_NEG, _t(reading="コト", pos="名詞"), _PARTICLE["も"],
       [_t(basic_form=_NAI, conjugated_type="特殊・ナイ"), _NEG_ADJ]], "ないこともない")),
    (([_NEG, _t(reading="ワケ", pos="名詞"), _DE, _PARTICLE["も"], _NEG_ADJ], "ないわけでもない"),
     ([_NEG, _t(reading="ワケ", pos="名詞"), _DE, _PARTICLE["は"], _NEG], "ないわけではない")),
    (([_NEG, _PARTICLE["と"], _t(reading="イイ"), _t(reading="キレ", pos="動詞"), _NEG], "ないといいきれない"),
     ([_NEG, _PARTICLE["と"], _PARTICLE["は"], _t(reading="イイ"), _t(reading="キレ", pos="動詞"), _NEG],
      "ないとはいいきれない")),
    (([_NEG, _PARTICLE["と"], _PARTICLE["は"], _t(reading="カギラ", pos="動詞"), _NEG], "ないとはかぎらない"),
     ([_NEG, _PARTICLE["と"], _PARTICLE["も"], _t(reading="カギラ", pos="動詞"), _NEG], "ないともかぎらない")),
)


def _fits(tok, shape) -> bool:
    if isinstance(shape, list):
        return any(_fits(tok, s) for s in shape)
    return all(getattr(tok, key) in values for key, values in shape.items())


class _Stream:
    """A token pattern matched as tokens arrive; a miss starts it over."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.at = 0

    def feed(self, tok) -> bool:
        if _fits(tok, self.pattern[self.at]):
            self.at += 1
        else:
            self.at = 0
        if self.at == len(self.pattern):
            self.at = 0
            return True
        return False


def check(node, opts, ctx):
    for start, end, _url in str_pieces(node, ctx):
        yield from _check_text(start, ctx.text[start:end], ctx)


def _check_text(base: int, text: str, ctx):
    """The double negatives of one of textlint's Str texts, at ``base`` in the file."""
    if not _may_have_two_nai(text):
        return
    tokens = ctx.tokens(text, "ipadic", when=_two_nai)
    forms = list(map(_BASIC_FORM, tokens))
    firsts = [forms.index(nai) for nai in _NAI if nai in forms]
    if not firsts:
        return  # every pattern starts with ない: without one nothing can match
    streams = flat = None  # made at the first ない
    busy = False  # some pattern is partway through a match
    for tok in tokens[min(firsts):]:  # before the first ない every token is skipped below
        if not busy and tok.basic_form not in _NAI:
            continue  # every pattern starts with ない: nothing can move
        if streams is None:
            streams = [((_Stream(a), wa), (_Stream(b), wb)) for (a, wa), (b, wb) in _RULES]
            flat = [s for pair in streams for s, _ in pair]
        for (first, first_words), (second, second_words) in streams:
            if first.feed(tok):
                words = first_words
            elif second.feed(tok):
                words = second_words
            else:
                continue
            yield report_at_index(ctx, base, tok.start,  # textlint reports {index}: one unit
                                  f"二重否定「〜{words}」が使われています。肯定の形ではっきり書いてください。")
        busy = any(s.at for s in flat)

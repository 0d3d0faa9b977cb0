"""アルファベットの全角・半角を統一する（textlint-rule-no-mixed-zenkaku-and-hankaku-alphabet 互換）。

Latin letters should all be half-width (``prefer: "半角"``, the default) or
all full-width (``prefer: "全角"``).  Each run of letters of the other width
is reported and fixed.  Text in links, images, block quotes and emphasis is
not checked (text in a reference link, ``[…][ref]``, is, as in textlint), nor
are bare URLs and email addresses, which textlint's parser makes links.

    OK:  ＡＰＩではなくAPIと書く。  (prefer 半角: only ＡＰＩ is reported)
    NG:  ＪａｖａＳｃｒｉｐｔ
"""

import re

from postlint.rules._textlint import inside, text_spans

ID = "no-mixed-zenkaku-and-hankaku-alphabet"
NODES = ("Str",)
OPTIONS = {"prefer": str}
DEFAULTS = {"prefer": "半角"}
FIXABLE = True

_ZENKAKU = re.compile("[ａ-ｚＡ-Ｚ]+")
_HANKAKU = re.compile("[a-zA-Z]+")
_SKIP = ("Link", "Image", "BlockQuote", "Emphasis")
WIDTH_OFFSET = 0xFEE0  # full-width ASCII block - ASCII


def to_hankaku(text: str) -> str:
    return "".join(chr(ord(c) - WIDTH_OFFSET) if "！" <= c <= "～" else c for c in text)


def to_zenkaku(text: str) -> str:
    return "".join(chr(ord(c) + WIDTH_OFFSET) if "!" <= c <= "~" else c for c in text)


def check(node, opts, ctx):
    if inside(node, ctx.text, *_SKIP):
        return
    prefer_hankaku = opts["prefer"] == "半角"
    regex, convert = (_ZENKAKU, to_hankaku) if prefer_hankaku else (_HANKAKU, to_zenkaku)
    wanted = "半角" if prefer_hankaku else "全角"
    for piece_start, piece_end in text_spans(node, ctx):  # (bare URLs and emails are links)
        for m in regex.finditer(ctx.text, piece_start, piece_end):
            start, end = m.start(), m.end()
            found, expected = m.group(), convert(m.group())
            problem = ctx.report(start, start + 1, f"アルファベットは{wanted}で書いてください: 「{found}」→「{expected}」",
                                 fix=ctx.fix(start, end, expected))
            # textlint's message, which jtf-style 2.1.9 prints too: where both report at one
            # place, textlint keeps one problem
            problem.textlint_message = f"アルファベットは「{wanted}」で表記します。"
            yield problem

"""数字（0〜9）の全角・半角を統一する（textlint-rule-no-mixed-zenkaku-and-hankaku-number 1.0.0 互換）。

Digits should all be half-width (``prefer: "半角"``, the default) or all full-width
(``prefer: "全角"``; any other non-empty value means the same, as in the original).  Each
run of digits of the other width is reported at its first digit and fixed.  Text in
links, images, block quotes and emphasis is not checked (text in a reference link,
``[…][ref]``, is, as in textlint), nor are bare URLs and email addresses, which
textlint's parser makes links; inline code is no text.

    OK:  2024年に１回目を開いた。  (prefer 半角: only １ is reported)
    NG:  第３章               -> 第3章
"""

import re

from postlint.rules import no_mixed_zenkaku_and_hankaku_alphabet as _alphabet
from postlint.rules._textlint import inside, text_spans
from postlint.rules._textlint_ja import SKIP_ANCESTORS

ID = "no-mixed-zenkaku-and-hankaku-number"
NODES = ("Str",)
OPTIONS = _alphabet.OPTIONS  # (the same option, with the same default, as the alphabet rule's)
DEFAULTS = _alphabet.DEFAULTS
FIXABLE = True

# prefer 半角? -> the digits to report, their conversion, the wanted width
_WAYS = {True: (re.compile("[０-９]+"), _alphabet.to_hankaku, "半角"),
         False: (re.compile("[0-9]+"), _alphabet.to_zenkaku, "全角")}


def check(node, opts, ctx):
    # the original's test is ``prefer || "半角"``: an empty prefer is the default
    prefer_hankaku = opts["prefer"] in ("半角", "")
    regex, convert, wanted = _WAYS[prefer_hankaku]
    if not regex.search(ctx.text, node.start, node.end) or inside(node, ctx.text, *SKIP_ANCESTORS):
        return
    for piece_start, piece_end in text_spans(node, ctx):  # (bare URLs and emails are links)
        for m in regex.finditer(ctx.text, piece_start, piece_end):
            start, end = m.start(), m.end()
            expected = convert(m.group())
            yield ctx.report(start, start + 1, f"数字は{wanted}で書いてください: 「{m.group()}」→「{expected}」",
                             fix=ctx.fix(start, end, expected))

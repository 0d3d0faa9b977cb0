"""小数点にはピリオドを使う（JTF 2.1.10; textlint-rule-preset-jtf-style 3.0.3
「2.1.10.算用数字の位取りの表記」互換）。

A comma is a thousands separator, so a number written ``0,5`` (zeros, one
comma, digits) uses the comma as a decimal mark: it is reported at the comma,
and ``--fix`` writes a period there.  Only whole runs of ASCII digits and
commas are considered (``1,000``, ``0,1,2`` and ``10,5`` are not reported).
Paragraph text only, as in textlint: not headings, table cells, links,
emphasis, strong text, block quotes or bare URLs.

Options: none.

    OK:  誤差は0.5秒だった。
    NG:  誤差は0,5秒だった。   (fix: 誤差は0.5秒だった。)
"""

import re

from postlint.rules._jtf_numbers import prose_spans

ID = "jtf-2-1-10"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
TRIGGER = re.compile("0,[0-9]")

# A maximal run of digits and commas that is: zeros, one comma, digits.
_COMMA_AS_DECIMAL = re.compile("(?<![0-9,])0+(,)[0-9]+(?![0-9,])")


def check(node, opts, ctx):
    if not TRIGGER.search(ctx.text, node.start, node.end):
        return
    for start, end in prose_spans(node, ctx):
        # on the piece alone: the lookbehind must not see the text before it
        for m in _COMMA_AS_DECIMAL.finditer(ctx.text[start:end]):
            comma = start + m.start(1)
            yield ctx.report(comma, comma + 1,
                             f"小数点にはピリオドを使ってください: 「{m.group()}」→「{m.group().replace(',', '.')}」",
                             fix=ctx.fix(comma, comma + 1, "."))

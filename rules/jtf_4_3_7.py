"""山かっこ < > を段落内で対にする（textlint-rule-preset-jtf-style 4.3.7 互換）。

JTF style 4.3.7: angle brackets are not used in Japanese text except where
the original has them; then they come in pairs.  Each paragraph (outside
block quotes) is read as a whole, across links, strong and emphasized text
(inline code, HTML, image alt text, headings and table cells are not read).
Every ``<`` without its ``>`` and every ``>`` without its ``<`` is reported
(so a lone arrow such as ``->`` is reported too).  No options.

    OK:  キーは <Enter> を押す。
    NG:  キーは <Enter を押す。
"""

import re

from postlint.rules._jtf_brackets import check_pair

ID = "jtf-4-3-7"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False
TRIGGER = re.compile("[<>]")


def check(node, opts, ctx):
    return check_pair(node, ctx, "山かっこ", "<", ">")

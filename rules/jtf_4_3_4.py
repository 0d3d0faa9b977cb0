"""二重かぎかっこ『』を段落内で対にする（textlint-rule-preset-jtf-style 4.3.4 互換）。

JTF style 4.3.4: 『』 marks titles of works and quotations inside 「」.
Each paragraph (outside block quotes) is read as a whole, across links,
strong and emphasized text (inline code, HTML, image alt text, headings and
table cells are not read).  Every 『 without its 』 and every 』 without its
『 is reported.  No options.

    OK:  『吾輩は猫である』を読んだ。
    NG:  『吾輩は猫であるを読んだ。
"""

import re

from postlint.rules._jtf_brackets import check_pair

ID = "jtf-4-3-4"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False
TRIGGER = re.compile("[『』]")


def check(node, opts, ctx):
    return check_pair(node, ctx, "二重かぎかっこ", "『", "』")

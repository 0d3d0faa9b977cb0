"""かぎかっこ「」を段落内で対にする（textlint-rule-preset-jtf-style 4.3.3 互換）。

JTF style 4.3.3: 「」 marks quotations, references, text to type and
emphasized words; a pair never spans paragraphs.  Each paragraph (outside
block quotes) is read as a whole, across links, strong and emphasized text
(inline code, HTML, image alt text, headings and table cells are not read).
Every 「 without its 」 and every 」 without its 「 is reported.  No options.

    OK:  「保存」を押してください。
    NG:  「保存を押してください。
"""

import re

from postlint.rules._jtf_brackets import check_pair

ID = "jtf-4-3-3"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False
TRIGGER = re.compile("[「」]")


def check(node, opts, ctx):
    return check_pair(node, ctx, "かぎかっこ", "「", "」")

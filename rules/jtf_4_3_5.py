"""二重引用符 " を段落内で対にする（textlint-rule-preset-jtf-style 4.3.5 互換）。

JTF style 4.3.5: double quotes mark quotations and emphasis (rarely used in
Japanese).  Each paragraph (outside block quotes) is read as a whole, across
links, strong and emphasized text (inline code, HTML, image alt text, headings
and table cells are not read).  When it holds an odd number of ``"``, the last
one is reported.  No options.

    OK:  "Hello" と表示される。
    NG:  "Hello と表示される。
"""

import re

from postlint.rules._jtf_brackets import check_pair

ID = "jtf-4-3-5"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False
TRIGGER = re.compile('"')


def check(node, opts, ctx):
    return check_pair(node, ctx, "二重引用符", '"', '"')

"""中かっこ { } を段落内で対にする（textlint-rule-preset-jtf-style 4.3.6 互換）。

JTF style 4.3.6: braces are not used in Japanese text except where the
original has them; then they come in pairs.  Each paragraph (outside block
quotes) is read as a whole, across links, strong and emphasized text (inline
code, HTML, image alt text, headings and table cells are not read).  Every
``{`` without its ``}`` and every ``}`` without its ``{`` is reported.
No options.

    OK:  変数は {name} の形で埋め込む。
    NG:  変数は {name の形で埋め込む。
"""

import re

from postlint.rules._jtf_brackets import check_pair

ID = "jtf-4-3-6"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False
TRIGGER = re.compile("[{}]")


def check(node, opts, ctx):
    return check_pair(node, ctx, "中かっこ", "{", "}")

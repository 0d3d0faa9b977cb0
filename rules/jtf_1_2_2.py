"""全角のピリオド「．」とカンマ「，」を使わない（JTF 1.2.2; textlint-rule-preset-jtf-style 3.0.3「1.2.2.ピリオド(.)とカンマ(,)」互換）。

Periods and commas in numbers and Latin-script names are written half-width.
As in textlint, only the first 「．」 or 「，」 of each text node is reported;
``--fix`` writes ``.`` or ``,`` there (run it again for the next one).  Only
plain paragraph text is checked (list items included): not headings, table
cells, links, bare URLs, emphasis, strong text or block quotes.

Options: none.

    OK:  売上は1,200万円だった。
    NG:  売上は1，200万円だった。   (fix: 売上は1,200万円だった。)
"""

import re

from postlint.rules._jtf_structure import may_have
from postlint.rules._textlint import is_plain_str, text_spans

ID = "jtf-1-2-2"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
TRIGGER = re.compile("[．，]")

_HALF_WIDTH = {"．": ".", "，": ","}


def check(node, opts, ctx):
    if not is_plain_str(node) or not may_have(TRIGGER, node, ctx.text):
        return
    for start, end in text_spans(node, ctx):
        found = TRIGGER.search(ctx.text, start, end)
        if found:
            pos, mark = found.start(), found.group()
            yield ctx.report(pos, pos + 1, f"全角の「{mark}」は使いません。半角の「{_HALF_WIDTH[mark]}」にしてください。",
                             fix=ctx.fix(pos, pos + 1, _HALF_WIDTH[mark]))

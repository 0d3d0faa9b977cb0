"""閉じかっこの直前に句点を打たない（preset-jtf-style 4.1.1.句点(。) 互換）。

JTF style puts the full stop after a closing bracket, not inside it: 「。」
right before 」 ） or ) is reported and ``--fix`` deletes it.  Only plain
paragraph text is checked (not headings, tables, links, emphasis, block
quotes).  No options.

    OK:  「今日は晴れ」と彼は言った。
    NG:  「今日は晴れ。」と彼は言った。
"""

import re

from postlint.rules._jtf_symbols import matches_of, report_marks

ID = "jtf-4-1-1"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_PERIOD_BEFORE_CLOSING = re.compile("(。)[」）)]")
TRIGGER = _PERIOD_BEFORE_CLOSING


def check(node, opts, ctx):
    yield from report_marks(ctx, matches_of(node, ctx, _PERIOD_BEFORE_CLOSING),
                            "閉じかっこの直前には句点「。」を打ちません。「。」を削除してください。", "")

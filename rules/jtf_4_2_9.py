"""和文にダッシュを使わない（preset-jtf-style 4.2.9.ダッシュ(-) 互換）。

A dash (U+2012 figure dash, U+2013 en dash, U+2014 em dash, U+2015
horizontal bar 「―」) right after a kanji or kana is reported.  Not fixable:
rewrite with brackets or 「、」.  Only plain paragraph text is checked (not
headings, tables, links, emphasis, block quotes).  No options.

    OK:  結論（まだ仮のもの）を書く。
    NG:  結論――まだ仮のもの――を書く。
"""

import re

from postlint.rules._jtf_symbols import JAPANESE, marks_after, report_marks

ID = "jtf-4-2-9"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_DASH = re.compile("[\u2012-\u2015]")
TRIGGER = _DASH


def check(node, opts, ctx):
    yield from report_marks(ctx, marks_after(node, ctx, _DASH, JAPANESE),
                            "和文ではダッシュ「{mark}」を使いません。補足は括弧（）に入れるか、読点「、」で続けてください。")

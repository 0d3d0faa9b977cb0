"""和文の句点にピリオドを使わない（preset-jtf-style 4.1.3.ピリオド(.)、カンマ(,) 互換）。

A half-width period right after a kanji or kana is a Japanese sentence ended
the Western way: it is reported and ``--fix`` writes 「。」.  Periods after
Latin letters or digits (``v1.2``, ``e.g.``) are fine.  Only plain paragraph
text is checked (not headings, tables, links, emphasis, block quotes).
No options.

    OK:  設定を保存しました。
    NG:  設定を保存しました.
"""

import re

from postlint.rules._jtf_symbols import KANJI_KANA, marks_after, report_marks

ID = "jtf-4-1-3"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_PERIOD = re.compile(r"\.")
TRIGGER = _PERIOD


def check(node, opts, ctx):
    yield from report_marks(ctx, marks_after(node, ctx, _PERIOD, KANJI_KANA),
                            "和文の句点にピリオド「.」は使いません。「。」にしてください。", "。")

"""中黒は全角で書く（preset-jtf-style 4.2.4.中黒(・) 互換）。

A half-width middle dot 「･」 between two kanji, kana or Latin letters is
reported and ``--fix`` writes the full-width 「・」.  Only plain paragraph
text is checked (not headings, tables, links, emphasis, block quotes).
No options.

    OK:  キーボード・ショートカット
    NG:  キーボード･ショートカット
"""

import re

from postlint.charclass import CodeSet
from postlint.rules._jtf_symbols import (
    ITERATION_MARKS,
    KANJI_KANA_RANGES,
    marks_between,
    report_marks,
)

ID = "jtf-4-2-4"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_HALF_WIDTH_DOT = re.compile("\uff65")
TRIGGER = _HALF_WIDTH_DOT
_JAPANESE_OR_LATIN = CodeSet([*KANJI_KANA_RANGES, (0x41, 0x5A), (0x61, 0x7A)], chars=ITERATION_MARKS)


def check(node, opts, ctx):
    yield from report_marks(ctx, marks_between(node, ctx, _HALF_WIDTH_DOT, _JAPANESE_OR_LATIN),
                            "中黒は全角で書きます。半角の「･」を「・」にしてください。", "・")

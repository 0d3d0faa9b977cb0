"""数値の範囲は全角の波線で書く（preset-jtf-style 4.2.5.波線(〜) 互換）。

A half-width tilde between two digits (``10~20``) is reported and ``--fix``
writes 「〜」.  Only plain paragraph text is checked (not headings, tables,
links, emphasis, block quotes).  No options.

    OK:  参加者は10〜20人です。
    NG:  参加者は10~20人です。
"""

import re

from postlint.rules._jtf_symbols import matches_of, report_marks

ID = "jtf-4-2-5"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_TILDE_IN_RANGE = re.compile("[0-9](~)[0-9]")
TRIGGER = _TILDE_IN_RANGE


def check(node, opts, ctx):
    yield from report_marks(ctx, matches_of(node, ctx, _TILDE_IN_RANGE),
                            "数値の範囲は全角の波線で書きます。「~」を「〜」にしてください。", "〜")

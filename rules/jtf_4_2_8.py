"""和文にセミコロンを使わない（preset-jtf-style 4.2.8.セミコロン(;) 互換）。

A half-width semicolon right after a kanji or kana is reported.  Not
fixable: end the sentence with 「。」 or join with 「、」 instead.  Only plain
paragraph text is checked (not headings, tables, links, emphasis, block
quotes).  No options.

    OK:  雨が降った。試合は中止だ。
    NG:  雨が降った;試合は中止だ。
"""

import re

from postlint.rules._jtf_symbols import JAPANESE, marks_after, report_marks

ID = "jtf-4-2-8"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_SEMICOLON = re.compile(";")
TRIGGER = _SEMICOLON


def check(node, opts, ctx):
    yield from report_marks(ctx, marks_after(node, ctx, _SEMICOLON, JAPANESE),
                            "和文ではセミコロン「;」を使いません。句点「。」で文を分けるか、読点「、」でつないでください。")

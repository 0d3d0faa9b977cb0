"""感嘆符は全角で、文が続くなら後ろに全角スペース（preset-jtf-style 4.2.1.感嘆符(！) 互換）。

Reports a half-width ``!`` right after a kanji or kana (``--fix`` writes
「！」), and a half-width space after 「！」 when the line goes on (``--fix``
writes a full-width space).  Only plain paragraph text is checked (not
headings, tables, links, emphasis, block quotes).  No options.

    OK:  完成しました！　次は公開です。
    NG:  完成しました! 次は公開です。
"""

import re

from postlint.rules._jtf_symbols import (
    KANJI_KANA,
    marks_after,
    matches_of,
    report_marks,
)

ID = "jtf-4-2-1"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_HALF_WIDTH = re.compile("!")
_SPACE_AFTER_FULL_WIDTH = re.compile("！( )[^\n]")
TRIGGER = re.compile("!|！ ")


def check(node, opts, ctx):
    yield from report_marks(ctx, marks_after(node, ctx, _HALF_WIDTH, KANJI_KANA),
                            "和文の感嘆符は全角で書きます。「!」を「！」にしてください。", "！")
    yield from report_marks(ctx, matches_of(node, ctx, _SPACE_AFTER_FULL_WIDTH),
                            "「！」の後に文を続けるときは、半角スペースではなく全角スペースを入れてください。", "\u3000")

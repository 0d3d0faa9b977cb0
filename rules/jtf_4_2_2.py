"""疑問符は全角で、文が続くなら後ろに全角スペース（preset-jtf-style 4.2.2.疑問符(？) 互換）。

Reports a half-width ``?`` right after a kanji or kana (``--fix`` writes
「？」), and a half-width space after 「？」 when the line goes on (``--fix``
writes a full-width space).  Only plain paragraph text is checked (not
headings, tables, links, emphasis, block quotes).  No options.

    OK:  どれを選びますか？　理由も書いてください。
    NG:  どれを選びますか? 理由も書いてください。
"""

import re

from postlint.rules._jtf_symbols import JAPANESE, marks_after, matches_of, report_marks

ID = "jtf-4-2-2"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_HALF_WIDTH = re.compile(r"\?")
_SPACE_AFTER_FULL_WIDTH = re.compile("？( )[^\n]")
TRIGGER = re.compile(r"\?|？ ")


def check(node, opts, ctx):
    yield from report_marks(ctx, marks_after(node, ctx, _HALF_WIDTH, JAPANESE),
                            "和文の疑問符は全角で書きます。「?」を「？」にしてください。", "？")
    yield from report_marks(ctx, matches_of(node, ctx, _SPACE_AFTER_FULL_WIDTH),
                            "「？」の後に文を続けるときは、半角スペースではなく全角スペースを入れてください。", "\u3000")

"""和文のコロンは全角で書く（preset-jtf-style 4.2.7.コロン(：) 互換）。

A half-width colon right after a kanji or kana (``日時:``) is reported and
``--fix`` writes 「：」.  Only plain paragraph text is checked (not headings,
tables, links, emphasis, block quotes); ``1: …`` or ``key: value`` is fine.
No options.

    OK:  日時：5月3日
    NG:  日時:5月3日
"""

import re

from postlint.rules._jtf_symbols import JAPANESE, marks_after, report_marks

ID = "jtf-4-2-7"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_COLON = re.compile(":")
TRIGGER = _COLON


def check(node, opts, ctx):
    yield from report_marks(ctx, marks_after(node, ctx, _COLON, JAPANESE),
                            "和文のコロンは全角で書きます。「:」を「：」にしてください。", "：")

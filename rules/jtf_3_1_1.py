"""全角文字（漢字・かな）と半角英数字の間にスペースを入れない（JTF 3.1.1、textlint-rule-preset-jtf-style 互換）。

A half-width space between a kanji or kana and a half-width letter or digit is
reported, and ``--fix`` deletes it.  Only plain paragraph text (list items
included) is checked: not headings, links, emphasis, tables or block quotes.
A full-width space is not reported, nor a space next to 、。 or
a symbol.

    OK:  JTF標準で書く
    NG:  JTF 標準で書く
"""

import re

from postlint.rules._jtf import KANJI_KANA
from postlint.rules._jtf_spacing import delete_spaces, user_texts
from postlint.rules.ja_space_between_half_and_full_width import MSG_NEVER

ID = "jtf-3-1-1"
NODES = ("Str",)
OPTIONS = {}
DEFAULTS = {}
FIXABLE = True

_HALF_THEN_FULL = re.compile(f"[A-Za-z0-9]( ){KANJI_KANA}")
_FULL_THEN_HALF = re.compile(f"{KANJI_KANA}( )[A-Za-z0-9]")
TRIGGER = re.compile(f"{_HALF_THEN_FULL.pattern}|{_FULL_THEN_HALF.pattern}")
# ja-space-between-half-and-full-width's message, as in textlint: where both rules run, the
# problem they share is reported once (under the rule enabled last)
MESSAGE = MSG_NEVER


def check(node, opts, ctx):
    pieces = user_texts(node, ctx, TRIGGER)
    # two passes, as textlint: one space may end a match of one and start a match of the other
    yield from delete_spaces(ctx, pieces, _HALF_THEN_FULL, MESSAGE)
    yield from delete_spaces(ctx, pieces, _FULL_THEN_HALF, MESSAGE)

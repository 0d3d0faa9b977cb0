"""和文にハイフンを使わない（preset-jtf-style 4.2.6.ハイフン(-) 互換）。

A half-width hyphen ``-`` next to a kanji or kana is reported, unless a digit
follows it (a sign or a number range such as 電話番号 or 住所, which JTF
allows).  Only plain paragraph text is checked (not headings, tables, links,
emphasis, block quotes).  Not fixable: the wording has to change.  No options.

    OK:  東京都港区1-2-3
    NG:  データ-ベースを作る
"""

import re

from postlint.rules._jtf_symbols import JAPANESE, plain_spans

ID = "jtf-4-2-6"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_HYPHEN = re.compile("-")
TRIGGER = _HYPHEN
_DIGITS = frozenset("0123456789")


def check(node, opts, ctx):
    text = ctx.text
    for start, end in plain_spans(node, ctx, _HYPHEN):
        for found in _HYPHEN.finditer(text, start, end):
            pos = found.start()
            after = text[pos + 1] if pos + 1 < end else ""
            if after in _DIGITS:
                continue
            if (pos > start and text[pos - 1] in JAPANESE) or (after and after in JAPANESE):
                yield ctx.report(pos, pos + 1, "和文ではハイフン「-」を使いません（住所・電話番号の区切りは例外）。"
                                               "「・」や「の」でつなぐか、言い換えてください。")

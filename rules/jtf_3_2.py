"""カタカナ語の間を全角スペースで区切らない（JTF 3.2、textlint-rule-preset-jtf-style 互換）。

Katakana words are separated with a middle dot (・) or a half-width space; a
full-width space between two katakana (``ー`` counts) is reported.  Not
fixable: which separator fits is the author's choice.  As in textlint, the
search steps over any katakana-X-katakana triple, so in ``ア　イ　ウ`` only the
first space is reported.  Only plain paragraph text (list items included) is
checked.

    OK:  カタカナ・カタカナ
    NG:  カタカナ　カタカナ
"""

import re

from postlint.rules._jtf_spacing import ASTRAL, user_texts

ID = "jtf-3-2"
NODES = ("Str",)
OPTIONS = {}
DEFAULTS = {}
FIXABLE = False

# katakana, any one other character, katakana (textlint's regex; a JavaScript [^...] never
# matches a whole character outside the BMP)
_KATAKANA_GAP = re.compile(f"[ァ-ヶー]([^\\[ァ-ヶー{ASTRAL}])[ァ-ヶー]")
TRIGGER = re.compile("[ァ-ヶー]\u3000[ァ-ヶー]")
MESSAGE = "カタカナ語の間に全角スペースは使いません。中黒（・）か半角スペースで区切ってください。"


def check(node, opts, ctx):
    for offset, text in user_texts(node, ctx, TRIGGER):
        for match in _KATAKANA_GAP.finditer(text):
            if match.group(1) == "\u3000":
                at = offset + match.start(1)
                yield ctx.report(at, at + 1, MESSAGE)

"""カタカナ語の間は全角スペースでなく中黒（・）か半角スペースで区切る（textlint-rule-ja-nakaguro-or-halfwidth-space-between-katakana 3.0.3 互換）。

A full-width space between two katakana (``ァ``-``ヶ``, ``ー``) is reported at the space.
As in textlint, the text is scanned three characters at a time (katakana, one other
character, katakana) without overlap, so in ``ア　イ　ウ`` only the first space is
reported.  Only plain paragraph text is checked (not headings, links, emphasis, tables,
block quotes).  No fix: whether ・ or a half-width space fits is the writer's call.

Options: none.

    OK:  モバイル・アプリ、モバイル アプリ
    NG:  モバイル　アプリ
"""

import re

from postlint.rules._ja_spacing import PLAIN_STR_DECLARATIONS, match_checker

ID = "ja-nakaguro-or-halfwidth-space-between-katakana"
NODES, OPTIONS, DEFAULTS = PLAIN_STR_DECLARATIONS  # ("Str",), no options
FIXABLE = False

# katakana, any one character but katakana and "[", katakana: textlint's pattern; it sees
# UTF-16 units, so a character beyond U+FFFF (two units) is never the one in the middle
_KATAKANA_GAP = re.compile("[ァ-ヶー]([^\\[ァ-ヶー\U00010000-\U0010FFFF])[ァ-ヶー]")
TRIGGER = re.compile("[ァ-ヶー]\u3000[ァ-ヶー]")  # a file without one has nothing to report
MESSAGE = "カタカナ語の間に全角スペースがあります。中黒（・）か半角スペースで区切ってください。"


def _full_width_space(ctx, m):
    """The full-width space between two katakana (None for any other character there)."""
    return ctx.report(m.start(1), m.end(1), MESSAGE) if m.group(1) == "\u3000" else None


check = match_checker(_KATAKANA_GAP, _full_width_space)

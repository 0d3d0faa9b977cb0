"""全角文字どうしの間にスペースを入れない（JTF 3.1.2、textlint-rule-preset-jtf-style 互換）。

A half-width space between two kanji or kana (``々〇〻`` count too) is
reported, and ``--fix`` deletes it.  Katakana compound words are the
exception: as in textlint, a text node that has a katakana, a space and a
katakana anywhere (``ユーザー インターフェース``) is not checked at all.
Matches do not overlap (as in textlint): in ``あ い う`` only the first space
is reported, and ``--fix`` removes the other on its next pass.  Only plain
paragraph text (list items included) is checked.

    OK:  これは例です
    NG:  これは 例です
"""

import re

from postlint.rules._jtf import JAPANESE
from postlint.rules._jtf_spacing import delete_spaces, user_texts

ID = "jtf-3-1-2"
NODES = ("Str",)
OPTIONS = {}
DEFAULTS = {}
FIXABLE = True

_BETWEEN_JAPANESE = re.compile(f"{JAPANESE}( ){JAPANESE}")
_KATAKANA_COMPOUND = re.compile("[ァ-ヶ] [ァ-ヶ]")
TRIGGER = _BETWEEN_JAPANESE
MESSAGE = "全角文字どうしの間に半角スペースは入れません。スペースを削除して詰めてください。"


def check(node, opts, ctx):
    # a text with a katakana compound word written with a space is let be, whole
    pieces = [piece for piece in user_texts(node, ctx, _BETWEEN_JAPANESE) if not _KATAKANA_COMPOUND.search(piece[1])]
    yield from delete_spaces(ctx, pieces, _BETWEEN_JAPANESE, MESSAGE)

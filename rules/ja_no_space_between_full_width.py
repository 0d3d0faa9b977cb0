"""全角文字どうしの間に半角スペースを入れない（textlint-rule-ja-no-space-between-full-width 3.0.3 互換）。

A half-width space between two kanji or kana (``々〇〻`` count too) is reported,
and ``--fix`` deletes it, except between two katakana (a compound word written
apart, ``ユーザー インターフェース``, is fine).  Matches do not overlap, as in
textlint: in ``あ い う`` only the first space is reported and fixed in one run.
Only plain paragraph text (list items included) is read: not headings, tables,
links, emphasis or block quotes.

Options: ``legacyKatakanaCheck`` (postlint's, default false): as version 2.4.2 of the rule,
which textlint-rule-preset-smarthr 1.37.0 carries, skip a whole Str (a text between markup) when
two katakana with a space between them are anywhere in it, not only at the space, and report at
the space itself (2.4.2 finds it by searching, 3.0.3 counts one UTF-16 unit on).  The smarthr
preset sets it.

    OK:  今日は晴れです。
    NG:  今日は 晴れです。
"""

import re

from postlint.rules._jtf import JAPANESE
from postlint.rules._jtf_spacing import user_texts
from postlint.rules._textlint_ja import report_at_index
from postlint.rules.jtf_3_1_2 import MESSAGE

ID = "ja-no-space-between-full-width"
NODES = ("Str",)
OPTIONS = {"legacyKatakanaCheck": bool}
DEFAULTS = {"legacyKatakanaCheck": False}
FIXABLE = True

_SPACE_BETWEEN_JAPANESE = re.compile(f"{JAPANESE}( ){JAPANESE}")
_KATAKANA = re.compile("[ァ-ヶ]")
_KATAKANA_COMPOUND = re.compile("[ァ-ヶ] [ァ-ヶ]")
TRIGGER = _SPACE_BETWEEN_JAPANESE
# jtf-3-1-2's message: textlint's two rules share theirs, so where both run a space is reported once


def check(node, opts, ctx):
    legacy = opts["legacyKatakanaCheck"]
    for offset, text in user_texts(node, ctx, TRIGGER):
        if legacy and _KATAKANA_COMPOUND.search(text):
            continue  # 2.4.2: a katakana compound word anywhere spares the whole Str
        for match in _SPACE_BETWEEN_JAPANESE.finditer(text):
            before, after = match.group()[0], match.group()[-1]
            if _KATAKANA.match(before) and _KATAKANA.match(after):
                continue  # a katakana compound word
            space = offset + match.start(1)
            if legacy:
                yield ctx.report(space, space + 1, MESSAGE, fix=ctx.fix(space, space + 1, ""))
                continue
            # textlint reports one UTF-16 unit after the first character: inside it when it is
            # beyond U+FFFF (𠮷); the fix deletes the space itself (textlint's breaks the 𠮷)
            yield report_at_index(ctx, offset + match.start(), 1, MESSAGE, fix=ctx.fix(space, space + 1, ""))

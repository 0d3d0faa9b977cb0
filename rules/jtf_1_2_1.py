"""和文の句読点に半角の「.」「,」を使わない（JTF 1.2.1; textlint-rule-preset-jtf-style 3.0.3「1.2.1.句点(。)と読点(、)」互換）。

A ``.`` or ``,`` right before or after a kanji or kana is taken as Japanese
punctuation and reported; ``--fix`` writes 「。」 for ``.`` and 「、」 for ``,``.
Only plain paragraph text is checked (list items included): not headings,
table cells, links, bare URLs, emphasis, strong text or block quotes.

Options: none.

    OK:  設定を開き、保存します。
    NG:  設定を開き,保存します.   (fix: 設定を開き、保存します。)
"""

import re

from postlint.rules._jtf import beside_japanese
from postlint.rules._jtf_structure import may_have
from postlint.rules._textlint import is_plain_str, text_spans

ID = "jtf-1-2-1"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
TRIGGER = re.compile("[,.]")

_JAPANESE_PUNCTUATION = beside_japanese("[,.]")
_FULL_WIDTH = {".": "。", ",": "、"}


def check(node, opts, ctx):
    if not is_plain_str(node) or not may_have(TRIGGER, node, ctx.text):
        return
    for start, end in text_spans(node, ctx):
        # on the node's text alone: the characters around it are not looked at
        for found in _JAPANESE_PUNCTUATION.finditer(ctx.text[start:end]):
            pos, mark = start + found.start(), found.group()
            yield ctx.report(pos, pos + 1,
                             f"和文の句読点には全角を使います。「{mark}」を「{_FULL_WIDTH[mark]}」にしてください。",
                             fix=ctx.fix(pos, pos + 1, _FULL_WIDTH[mark]))

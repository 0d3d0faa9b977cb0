"""康熙部首（U+2F00–U+2FD5）を通常の漢字に直す（textlint-rule-no-kangxi-radicals 互換）。

Kangxi radicals look exactly like ordinary kanji (⾧ and 長) but are different
characters: search, sorting and spell checks miss them.  They often come from
text copied out of PDFs.  Every radical in a text node is reported and ``--fix``
replaces it with the ordinary kanji (the Japanese form: ⼾ -> 戸, ⿊ -> 黒).
No options.

    OK:  長崎県
    NG:  ⾧崎県
"""

import re
import unicodedata

ID = "no-kangxi-radicals"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_RADICAL = re.compile("[\u2f00-\u2fd5]")
TRIGGER = _RADICAL  # a file without radicals is skipped
# NFKC maps each radical to its unified ideograph; these two take the Japanese form instead.
_JAPANESE_FORM = {"\u2f3e": "戸", "\u2fca": "黒"}


def kanji_for(radical: str) -> str:
    """The ordinary kanji a Kangxi radical stands for.

    >>> kanji_for("\u2fa7"), kanji_for("\u2f3e")
    ('長', '戸')
    """
    return _JAPANESE_FORM.get(radical) or unicodedata.normalize("NFKC", radical)


def check(node, opts, ctx):
    for match in _RADICAL.finditer(ctx.text, node.start, node.end):
        radical = match.group()
        kanji = kanji_for(radical)
        yield ctx.report(match.start(), match.end(),
                         f"康熙部首「{radical}」(U+{ord(radical):04X}) が使われています。通常の漢字「{kanji}」に置き換えてください。",
                         fix=ctx.fix(match.start(), match.end(), kanji))

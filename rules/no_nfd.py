"""濁点・半濁点を結合文字（NFD, いわゆる UTF8-MAC 濁点）で書かない（textlint-rule-no-nfd 互換）。

File names and text coming from macOS can spell ポ as ホ + U+309A (combining
handakuten), or as ホ + ゜ (the spacing mark).  Both look right but do not
match ポ in searches.  Every combining or spacing (han)dakuten that follows
another character in a text node is reported; ``--fix`` composes the pair
into one character (NFC).  Links, images, block quotes and emphasis are not
checked, as in textlint.  No options.

    OK:  ポケット
    NG:  ホ\u309aケット
"""

from postlint.rules._textlint import autolinks, in_spans, inside

import re
import unicodedata

ID = "no-nfd"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_MARK = re.compile("[\u3099\u309a\u309b\u309c]")
TRIGGER = _MARK  # a file without these marks is skipped
_AS_COMBINING = str.maketrans({"\u309b": "\u3099", "\u309c": "\u309a"})
_SKIP_INSIDE = ("Link", "Image", "BlockQuote", "Emphasis")


def composed(pair: str) -> str:
    """A base character plus a (han)dakuten mark, as one NFC character where possible.

    >>> composed("ホ\u309c"), composed("シ\u3099")
    ('ポ', 'ジ')
    """
    return unicodedata.normalize("NFC", pair.translate(_AS_COMBINING))


def check(node, opts, ctx):
    if inside(node, ctx.text, *_SKIP_INSIDE):
        return
    text = ctx.text
    for match in _MARK.finditer(text, node.start, node.end):
        pos = match.start()
        if pos == node.start:  # a mark at the very start of the text has nothing to join
            continue
        if in_spans(pos, autolinks(node, ctx)):  # textlint's parser makes links of bare URLs
            continue
        pair = text[pos - 1:pos + 1]
        fixed = composed(pair)
        # Only a pair that composes into one character can be fixed: 「(゜」 has no
        # precomposed form, and rewriting it would change the text on every --fix.
        fix = ctx.fix(pos - 1, pos + 1, fixed) if len(fixed) == 1 else None
        yield ctx.report(pos, pos + 1,
                         f"濁点・半濁点が分離した文字（NFD）です:「{pair}」→「{fixed}」と 1 文字で書いてください。",
                         fix=fix)

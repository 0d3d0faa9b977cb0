"""リンクと隣の日本語の間のスペースの有無をそろえる（textlint-rule-ja-space-around-link 3.0.3 互換）。

By default a half-width space between a link and a Japanese character (kanji, kana) is
reported and removed; ``before: true`` / ``after: true`` ask for a space on that side
instead (see :mod:`postlint.rules._ja_space_around`).  Links as textlint's tree has them:
inline links ``[text](url)``, ``<url>``, and bare URLs and email addresses in the text
(which run on through text written right after them: ``https://example.com/を参照``);
not reference-style links ``[text][ref]`` (textlint's ``LinkReference``) nor images.

Options:
    before: a space before the link is required (default false: none is allowed)
    after: a space after the link is required (default false: none is allowed)

    OK:  詳しくは[公式サイト](https://example.com)を見てください。
    NG:  詳しくは [公式サイト](https://example.com) を見てください。
"""

from postlint.rules._ja_space_around import DEFAULTS, FIX_ONCE, OPTIONS, check_around, messages
from postlint.rules._textlint import autolinks, textlint_type

ID = "ja-space-around-link"
NODES = ("Link", "Str")
FIXABLE = True
__all__ = ["ID", "NODES", "OPTIONS", "DEFAULTS", "FIXABLE", "FIX_ONCE", "check"]

MESSAGES = messages("リンク")


def check(node, opts, ctx):
    if node.type == "Str":  # the bare URLs in it, links of their own in textlint's tree
        for start, end in autolinks(node, ctx):
            yield from check_around(start, end, opts, ctx, MESSAGES)
    elif textlint_type(node, ctx.text) == "Link":
        yield from check_around(node.start, node.end, opts, ctx, MESSAGES)

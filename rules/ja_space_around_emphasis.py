"""強調（*強調*）と隣の日本語の間のスペースの有無をそろえる（textlint-rule-ja-space-around-emphasis 3.0.3 互換）。

By default a half-width space between an emphasis (``*text*`` / ``_text_``) and a Japanese
character (kanji, kana) is reported and removed; ``before: true`` / ``after: true`` ask for
a space on that side instead (see :mod:`postlint.rules._ja_space_around`).

Options:
    before: a space before the emphasis is required (default false: none is allowed)
    after: a space after the emphasis is required (default false: none is allowed)

    OK:  これは*大事*な点です。
    NG:  これは *大事* な点です。
"""

from postlint.rules._ja_space_around import DEFAULTS, FIX_ONCE, OPTIONS, check_around, messages

ID = "ja-space-around-emphasis"
NODES = ("Emphasis",)
FIXABLE = True
__all__ = ["ID", "NODES", "OPTIONS", "DEFAULTS", "FIXABLE", "FIX_ONCE", "check"]

MESSAGES = messages("強調")


def check(node, opts, ctx):
    yield from check_around(node.start, node.end, opts, ctx, MESSAGES)

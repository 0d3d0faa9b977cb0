"""強い強調（**太字**）と隣の日本語の間のスペースの有無をそろえる（textlint-rule-ja-space-around-strong 3.0.3 互換）。

By default a half-width space between a strong emphasis (``**text**`` / ``__text__``) and a
Japanese character (kanji, kana) is reported and removed; ``before: true`` / ``after: true``
ask for a space on that side instead (see :mod:`postlint.rules._ja_space_around`).

Options:
    before: a space before the strong emphasis is required (default false: none is allowed)
    after: a space after the strong emphasis is required (default false: none is allowed)

    OK:  ここが**一番大事**な点です。
    NG:  ここが **一番大事** な点です。
"""

from postlint.rules._ja_space_around import DEFAULTS, FIX_ONCE, OPTIONS, check_around, messages

ID = "ja-space-around-strong"
NODES = ("Strong",)
FIXABLE = True
__all__ = ["ID", "NODES", "OPTIONS", "DEFAULTS", "FIXABLE", "FIX_ONCE", "check"]

MESSAGES = messages("太字（強い強調）")


def check(node, opts, ctx):
    yield from check_around(node.start, node.end, opts, ctx, MESSAGES)

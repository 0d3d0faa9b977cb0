"""インラインコードと隣の日本語の間のスペースの有無をそろえる（textlint-rule-ja-space-around-code 3.0.3 互換）。

By default a half-width space between an inline code span and a Japanese character
(kanji, kana) is reported and removed; ``before: true`` / ``after: true`` ask for a space
on that side instead (see :mod:`postlint.rules._ja_space_around`).

Options:
    before: a space before the code span is required (default false: none is allowed)
    after: a space after the code span is required (default false: none is allowed)

    OK:  設定は`config.yml`に書く。
    NG:  設定は `config.yml` に書く。
"""

from postlint.rules._ja_space_around import DEFAULTS, FIX_ONCE, OPTIONS, check_around, messages

ID = "ja-space-around-code"
NODES = ("Code",)
FIXABLE = True
__all__ = ["ID", "NODES", "OPTIONS", "DEFAULTS", "FIXABLE", "FIX_ONCE", "check"]

MESSAGES = messages("インラインコード")


def check(node, opts, ctx):
    yield from check_around(node.start, node.end, opts, ctx, MESSAGES)

"""カタカナ語の末尾の長音「ー」を省略しない（JTF スタイルガイド 2.1.6、textlint-rule-preset-jtf-style 互換）。

JTF style 2.1.6 (カタカナの長音): loanwords such as フィルター, サーバー,
エディター keep their final ``ー``.  A word of the dictionary rules/dict/jtf-2-1-6.yml
written without it is reported when one or two characters that are not katakana
or ``ー`` follow it, or the line ends (so フィルタリング is fine); ``--fix`` adds
the ``ー``.  Checked in the text textlint-rule-prh checks (not in links, block
quotes or emphasis).  Off in the jtf-style preset.  No options.

    OK:  フィルターをかける。
    NG:  フィルタをかける。
"""

import os

from postlint.rules._jtf_dict import dictionary

ID = "jtf-2-1-6"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
FIX_ONCE = True  # a dictionary replacement: its output is not replaced again in the same run


def _message(actual: str, expected: str) -> str:
    # the match includes the characters after the word: show the word alone
    tail = len(os.path.commonprefix([actual[::-1], expected[::-1]]))
    word, fixed = actual[:len(actual) - tail], expected[:len(expected) - tail]
    return f"カタカナ語の末尾の長音は省略しません。「{word}」ではなく「{fixed}」と書いてください。"


def check(node, opts, ctx):
    return dictionary(ID).problems(node, ctx, _message)

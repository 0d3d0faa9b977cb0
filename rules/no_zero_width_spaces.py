"""ゼロ幅スペース（U+200B）を禁止する（textlint-rule-no-zero-width-spaces 互換）。

A zero width space is invisible in an editor but breaks searching, copying and
word counts; it usually sneaks in from a web page or a chat tool.  Every U+200B
in a text node (``Str``) is reported, and ``--fix`` deletes it.  No options.

    OK:  ゼロ幅スペースのない文です。
    NG:  ゼロ幅\u200bスペースのある文です。
"""

import re

ID = "no-zero-width-spaces"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_ZWSP = "\u200b"
TRIGGER = re.compile(_ZWSP)  # a file without one is skipped


def check(node, opts, ctx):
    text = ctx.text
    pos = text.find(_ZWSP, node.start, node.end)
    while pos >= 0:
        yield ctx.report(pos, pos + 1, "ゼロ幅スペース (U+200B) が入っています。削除してください。",
                         fix=ctx.fix(pos, pos + 1, ""))
        pos = text.find(_ZWSP, pos + 1, node.end)

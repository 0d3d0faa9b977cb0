"""かっこ類の外側・内側にスペースを入れない（textlint-rule-ja-no-space-around-parentheses 3.0.3 互換）。

A half-width or full-width space right before or right after one of the brackets
``[ ] （ ） ［ ］ 「 」 『 』`` is reported at the space, and ``--fix`` deletes it.
Half-width parentheses ``( )`` are not checked.  Only plain paragraph text (list
items included) is read: not headings, tables, links, emphasis or block quotes.
A space between two brackets (``「 」``) is reported once.

Options: none.

    OK:  設定は「詳細」画面で変える。
    NG:  設定は 「詳細」 画面で変える。
"""

import re

from postlint.rules._jtf_spacing import user_texts
from postlint.rules.jtf_3_3 import MESSAGE

ID = "ja-no-space-around-parentheses"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_BRACKET = "[\\[\\]（）［］「」『』]"
_SPACE_BEFORE_BRACKET = re.compile(f"[ \u3000](?={_BRACKET})")
_SPACE_AFTER_BRACKET = re.compile(f"(?<={_BRACKET})[ \u3000]")
TRIGGER = re.compile(f"{_SPACE_BEFORE_BRACKET.pattern}|{_SPACE_AFTER_BRACKET.pattern}")
# jtf-3-3's message: textlint's two rules share theirs, so where both run a space is reported once


def check(node, opts, ctx):
    for offset, text in user_texts(node, ctx, TRIGGER):
        # a space may be both after one bracket and before another: reported twice, the engine
        # keeps one (as textlint drops a message repeated at the same place)
        for match in TRIGGER.finditer(text):
            at = offset + match.start()
            yield ctx.report(at, at + 1, MESSAGE, fix=ctx.fix(at, at + 1, ""))

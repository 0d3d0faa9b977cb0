"""見出しの末尾に句点「。」を付けない（JTF 1.1.2; textlint-rule-preset-jtf-style 3.0.3「1.1.2.見出し」互換）。

A heading written with ``#`` whose text ends with 「。」 (white space after it
aside) is reported at that 「。」, and ``--fix`` deletes it.  As in textlint,
a heading whose source does not end there -- an underlined (setext) heading,
or one closed with ``#`` -- is not reported, nor a heading inside a block
quote, link or emphasis.

Options: none.

    OK:  ## インストール手順
    NG:  ## インストール手順。   (fix: ## インストール手順)
"""

import re

from postlint.rules._textlint import JS_SPACE, inside

ID = "jtf-1-1-2"
NODES = ("Header",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
TRIGGER = re.compile("。")

_FINAL_PERIOD = re.compile("。[" + re.escape("".join(sorted(JS_SPACE))) + r"]*\Z")


def check(node, opts, ctx):
    if inside(node, ctx.text, "Link", "Image", "BlockQuote", "Emphasis"):
        return
    found = _FINAL_PERIOD.search(ctx.text, node.start, node.end)
    if found:
        pos = found.start()
        yield ctx.report(pos, pos + 1, "見出しの末尾には句点「。」を付けません。「。」を削除してください。",
                         fix=ctx.fix(pos, pos + 1, ""))

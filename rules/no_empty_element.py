"""空の見出し・リスト項目・引用・コードを報告する（textlint-rule-no-empty-element 0.3.1 互換）。

A heading with no text (``#`` alone), a list item with nothing in it (``-`` alone), a block
quote with nothing in it (``>`` alone), and inline code or a code block holding only white
space (`` ` ` ``, an empty fence) are left over from editing: fill them in or remove them.
Reported at the element, as textlint-rule-no-empty-element reports it (a list item holding
only a nested list, or a heading holding only an image, is not empty; nor is ``- [ ]`` alone,
whose ``[ ]`` textlint's parser reads as text, not as a task's box).

Options: none.

    OK:  ## 手順\\n\\n- 準備する
    NG:  ##\\n\\n- \\n\\n```\\n```
"""

from __future__ import annotations

import re

from postlint.jsregex import JS_SPACE

ID = "no-empty-element"
NODES = ("ListItem", "Header", "Code", "CodeBlock", "BlockQuote")
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_WHAT = {"ListItem": "リスト項目", "Header": "見出し", "Code": "コード", "CodeBlock": "コード", "BlockQuote": "引用"}


# what a list item holds after its bullet, when postlint's tree shows nothing: a task list
# marker alone ("- [ ]"), which textlint's parser reads as the item's text, no marker
_AFTER_BULLET = re.compile(r"[ \t]*(?:[-*+]|[0-9]{1,9}[.)])[ \t]*(\S*)")


def _empty(node, text: str) -> bool:
    if node.type in ("Code", "CodeBlock"):  # the value, blank as JavaScript's trim() sees it
        return not (node.data.get("value") or "").strip(JS_SPACE)
    if node.children:
        return False
    if node.type == "ListItem":
        after = _AFTER_BULLET.match(text, node.start, node.end)
        return after is None or not after.group(1)
    return True


def check(node, opts, ctx):
    if _empty(node, ctx.text):
        yield ctx.report(node.start, node.start + 1,
                         f"空の{_WHAT[node.type]}があります。中身を書くか、消してください。")

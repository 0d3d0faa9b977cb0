"""空の見出し・リスト項目・引用・コードを報告する（textlint-rule-no-empty-element 0.3.1 互換）。

A heading with no text (``#`` alone), a list item with nothing in it (``-`` alone), a block
quote with nothing in it (``>`` alone), and inline code or a code block holding only white
space (`` ` ` ``, an empty fence) are left over from editing: fill them in or remove them.
Reported at the element, as textlint-rule-no-empty-element reports it (a list item holding
only a nested list, or a heading holding only an image, is not empty; nor is ``- [ ]`` alone,
whose ``[ ]`` is the item's text, not a task's box).

Options: none.

    OK:  ## 手順\\n\\n- 準備する
    NG:  ##\\n\\n- \\n\\n```\\n```
"""

from __future__ import annotations

from postlint.jsregex import JS_SPACE

ID = "no-empty-element"
NODES = ("ListItem", "Header", "Code", "CodeBlock", "BlockQuote")
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_WHAT = {"ListItem": "リスト項目", "Header": "見出し", "Code": "コード", "CodeBlock": "コード", "BlockQuote": "引用"}


def _empty(node) -> bool:
    if node.type in ("Code", "CodeBlock"):  # the value, blank as JavaScript's trim() sees it
        return not (node.data.get("value") or "").strip(JS_SPACE)
    return not node.children


def check(node, opts, ctx):
    if _empty(node):
        yield ctx.report(node.start, node.start + 1,
                         f"空の{_WHAT[node.type]}があります。中身を書くか、消してください。")

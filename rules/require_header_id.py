"""見出しの末尾に ``{#id}`` 形式のアンカー ID が付いているかを調べる（@textlint-rule/textlint-rule-require-header-id 1.0.1 互換）。

Every heading must end with a GitBook-style id, ``{#id}`` where the id is ASCII letters,
digits, ``.`` and ``-``, so that links to it survive a change of its wording.  The heading's
whole source (``#`` marks, a setext heading's underline and trailing white space included)
must end with it; a heading that does not is reported over its whole range.

Options: ``style`` (only ``"GitBook"``, the default), ``allowDepth`` (default ``[]``): the
heading depths that need no id (``[1]``: the ``#`` title).

    OK:  ## インストール {#install}
    NG:  ## インストール
"""

import re

from postlint.jsregex import compile_js
from postlint.rules._textlint import report_node

ID = "require-header-id"
NODES = ("Header",)
OPTIONS = {"style": frozenset({"GitBook"}), "allowDepth": [int]}
DEFAULTS = {"style": "GitBook", "allowDepth": []}
FIXABLE = False
# a heading is an ATX "#" or a setext underline: a file with neither has none
TRIGGER = re.compile(r"#|^[ \t>]*(?:=+|-+)[ \t]*$", re.M)

_PATTERNS = {"GitBook": compile_js(r"{#[a-zA-Z\d.-]+}$")}


def check(node, opts, ctx):
    if node.data.get("depth") in opts["allowDepth"]:
        return
    if _PATTERNS[opts["style"]].search(ctx.text, node.start, node.end):
        return
    yield report_node(ctx, node.start, node.end, "見出しの末尾に「{#install}」のような ID（英数字・「.」・「-」）を付けてください。")

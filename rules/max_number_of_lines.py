"""文書の行数が上限を超えていないか調べる（textlint-rule-max-number-of-lines 1.0.3 互換）。

The file's text -- front matter, code blocks and all -- is split at "\\n" as the package
splits the Document's text, and the pieces are counted: a file ending with a line break
counts one more (300 lines and a final "\\n" make 301), a lone CR or U+2028 ends no line,
and an empty file counts 1.  More than ``max`` is reported once, over the whole Document
(textlint prints line 1, column 1).

Options:
    max: the most lines allowed (default 300)

    OK:  a post of 299 lines and a final line break (300)
    NG:  a post of 300 lines and a final line break (301)
"""

from __future__ import annotations

from postlint.rules._textlint import report_node

ID = "max-number-of-lines"
NODES = ("Document",)
OPTIONS = {"max": int}
DEFAULTS = {"max": 300}
FIXABLE = False


def check(node, opts, ctx):
    count = ctx.text.count("\n", node.start, node.end) + 1
    if count > opts["max"]:
        yield report_node(ctx, node.start, node.end,
                          f"文書が {count} 行あります（上限 {opts['max']} 行）。記事を分けるか短くしてください。")

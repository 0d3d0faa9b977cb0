"""見出しの深さが一段ずつ深くなっているか（先頭は ``#``、``#`` は先頭だけ、``##`` の次に ``####`` を置かない）を調べる（textlint-rule-incremental-headers 0.2.0 互換）。

The headings of a document, in order (those in block quotes and lists included):

- the first one must be a ``#`` heading;
- a heading may be at most one level deeper than the heading before it;
- a ``#`` heading may only come first.

Each offending heading is reported at its first character.

Options: none.

    OK:  # 題\\n\\n## 節\\n\\n### 項\\n\\n## 節
    NG:  ## 節\\n\\n#### 項
"""

import re


ID = "incremental-headers"
NODES = ("Document",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False
# an ATX "#" or a setext underline: a file with neither has no heading
TRIGGER = re.compile(r"#|^[ \t>]*(?:=+|-+)[ \t]*$", re.M)


def check(node, opts, ctx):
    current = 0  # the depth of the heading before, 0 before the first
    for header in node.walk():
        if header.type != "Header":
            continue
        depth = header.data.get("depth", 1)
        if current == 0 and depth != 1:
            message = f"最初の見出しが「{'#' * depth}」です。文書の最初の見出しは「#」にしてください。"
        elif depth > current + 1:
            message = (f"「{'#' * current}」の次に「{'#' * depth}」が来ています。"
                       f"見出しは一段ずつ深くしてください（ここは「{'#' * (current + 1)}」まで）。")
        elif current > 0 and depth == 1:
            message = "「#」の見出しは文書の最初に一つだけにしてください。ここは「##」以下の見出しにしてください。"
        else:
            message = None
        if message is not None:
            yield _report(ctx, header.start, message)
        current = depth


def _report(ctx, start: int, message: str):
    """The heading's first character, where textlint prints a report with a ``{line: 0,
    column: 0}`` padding: the parser's (line, column) of the node, where U+2028 and U+2029
    end no line, read back as an offset on lines they do end."""
    problem = ctx.report(start, start + 1, message)
    source = ctx.source
    if "\u2028" in source.text or "\u2029" in source.text:
        line, column = source.parser_position(start)
        at = min(source.from_utf16(source.utf16(source.line_starts[line - 1]) + column), len(source.text) - 1)
        problem.textlint_loc = (*source.utf16_position(at), *source.utf16_position(at + 1))
    return problem

"""脚注の番号 ``[^1]`` が本文に出てくる順に 1, 2, 3… となっているかを調べる（textlint-rule-footnote-order 1.0.3 互換）。

Footnote calls must be numbered in the order they appear: the first footnote called is
``[^1]`` (or ``[^startIndex]``), the next one ``[^2]``, and so on.  A call whose label is not
the number expected is reported at its label (``^x``, inside the brackets), and its definition
at the definition's start; ``--fix`` renumbers both (every call of that footnote, and the
``[^x]`` of its definition).  A footnote called again keeps the number of its first call.

textlint 15.8.0 itself never reports anything with this rule: the rule looks for the
``LinkReference`` / ``Definition`` nodes that older textlint (markdown-to-ast 6, textlint 11)
made of ``[^1]``, and today's parser makes footnote nodes of them.  postlint checks the footnote
nodes, at the places textlint 11 reported.

Options: ``startIndex`` (default 1), the number of the first footnote.

    OK:  本文[^1]と補足[^2]。\\n\\n[^1]: 一つ目\\n[^2]: 二つ目
    NG:  本文[^2]と補足[^1]。\\n\\n[^1]: 一つ目\\n[^2]: 二つ目
"""

import re

from postlint.rules._textlint import report_node

ID = "footnote-order"
NODES = ("Document",)
OPTIONS = {"startIndex": int}
DEFAULTS = {"startIndex": 1}
FIXABLE = True
TRIGGER = re.compile(r"\[\^")  # no footnote without "[^"


def check(node, opts, ctx):
    text = ctx.text
    calls: dict[str, list] = {}  # label -> its calls, in the order of their first call
    definitions = {}
    for child in node.walk():
        if child.type == "FootnoteReference":
            calls.setdefault(_label(text, child.start + 2, child.end - 1), []).append(child)
        elif child.type == "FootnoteDefinition":
            close = text.find("]", child.start)
            definitions.setdefault(_label(text, child.start + 2, close), (child, close + 1))
    for number, (label, refs) in enumerate(calls.items(), opts["startIndex"]):
        if label == str(number):
            continue
        written = text[refs[0].start + 1:refs[0].end - 1]
        for ref in refs:
            yield report_node(ctx, ref.start + 1, ref.end - 1,
                              f"脚注「[{written}]」は{number}番目の脚注です。番号を「[^{number}]」にしてください。",
                              fix=ctx.fix(ref.start + 1, ref.end - 1, f"^{number}"))
        definition = definitions.get(label)
        if definition is not None:
            start, end = definition[0].start, definition[1]
            yield report_node(ctx, start, end,
                              f"脚注「[{written}]」の定義の番号を、本文に出てくる順の「[^{number}]」にしてください。",
                              fix=ctx.fix(start, end, f"[^{number}]"))


def _label(text: str, start: int, end: int) -> str:
    """A footnote's label as written, compared without letter case as Markdown does."""
    return text[start:end].casefold()

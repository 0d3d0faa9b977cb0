"""本文の文体を敬体か常体のどちらかにそろえる（JTF 1.1.1; textlint-rule-preset-jtf-style 3.0.3「1.1.1.本文」互換）。

Every text of the post outside list items (paragraphs, headings, table
cells, strong text) is searched for 敬体 (「です。」「ます。」「ですが」…)
and 常体 (「である。」「だ。」「のだが」…) endings, the way
analyze-desumasu-dearu 2.x does: with fixed patterns, the first ending of
each line and every connective.  When both styles occur, each hit of the
less frequent one is reported (on a tie, the 常体 ones).  List items (see
jtf-1-1-3), links, images, block quotes and emphasis are not read.

Options: none.

    OK:  設定を保存します。画面を閉じます。
    NG:  設定を保存します。画面を閉じるのである。
"""

from postlint.rules._jtf_structure import OTHER, STYLE_NAMES, TRIGGER, StyleTally
from postlint.rules._textlint import text_spans, textlint_type

ID = "jtf-1-1-1"
NODES = ("Document",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_NOT_BODY = ("Link", "Image", "BlockQuote", "Emphasis", "ListItem")


def _message(found: str, value: str) -> str:
    return (f"本文で敬体と常体が混在しています。「{value}」は{STYLE_NAMES[found]}です。"
            f"多い方の{STYLE_NAMES[OTHER[found]]}に書き換えてください。")


def _body_texts(node, text: str):
    """The ``Str`` nodes below ``node``, not descending into what is not body text."""
    stack = list(reversed(node.children))
    while stack:
        current = stack.pop()
        if current.type == "Str":
            yield current
        elif current.children and textlint_type(current, text) not in _NOT_BODY:
            stack.extend(reversed(current.children))


def check(node, opts, ctx):
    text = ctx.text
    if not TRIGGER.search(text):
        return
    tally = StyleTally()
    for child in _body_texts(node, text):
        for start, end in text_spans(child, ctx):
            tally.add(text[start:end], start)
    yield from tally.problems(ctx, _message, set())

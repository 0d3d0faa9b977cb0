"""和文中の大かっこは全角の［］にする（textlint-rule-preset-jtf-style 4.3.2 互換）。

JTF style 4.3.2: square brackets used in Japanese text (e.g. for screen
terms) are full-width.  In each plain text node of a paragraph (not in links,
strong or emphasized text, headings, tables or block quotes), a half-width
``[`` or ``]`` right after a Japanese character is reported.

``--fix`` writes ``［`` or ``］`` instead.  No options.

    OK:  ［保存］ボタンを押す。
    NG:  メニューの[保存]ボタンを押す。
"""

import re

from postlint.rules._jtf import JAPANESE
from postlint.rules._jtf_brackets import plain_text_pieces, report_halfwidth

ID = "jtf-4-3-2"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
TRIGGER = re.compile(r"[\[\]]")

_FULLWIDTH = {"[": "［", "]": "］"}
_MESSAGE = "和文中の大かっこは全角で書いてください。半角の「[」「]」を「［」「］」にします。"
_AFTER_JAPANESE = re.compile(f"{JAPANESE}([\\[\\]])")


def check(node, opts, ctx):
    text = ctx.text
    if not TRIGGER.search(text, node.start, node.end):
        return
    for start, end in plain_text_pieces(node, ctx):
        for match in _AFTER_JAPANESE.finditer(text, start, end):
            yield report_halfwidth(ctx, match.start(1), _FULLWIDTH, _MESSAGE)

"""図表のキャプション（画像の代替テキスト）の文体をそろえる（JTF 1.1.5; textlint-rule-preset-jtf-style 3.0.3「1.1.5.図表のキャプション」互換）。

The alt texts of all images in the post (``![…](…)``) are searched for 敬体
and 常体 endings as in jtf-1-1-1; when both occur, each hit of the less
frequent style is reported (on a tie, the 常体 ones).  As in textlint, the
place is counted from the image's ``![`` in the alt text as the parser
decodes it, and reference-style images (``![…][ref]``) are not read.

Options: none.

    OK:  ![設定画面です。](a.png) ![保存画面です。](b.png)
    NG:  ![設定画面です。](a.png) ![保存画面である。](b.png)
"""

from postlint.rules._jtf_structure import OTHER, STYLE_NAMES, TRIGGER, StyleTally
from postlint.rules._textlint import textlint_type
from postlint.text import image_alt

ID = "jtf-1-1-5"
NODES = ("Document",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_ALT_OPENING = 2  # textlint counts the hits from the image's "![" (as if the alt text began there)


def _message(found: str, value: str) -> str:
    return (f"図表のキャプションで敬体と常体が混在しています。「{value}」は{STYLE_NAMES[found]}です。"
            f"多い方の{STYLE_NAMES[OTHER[found]]}にそろえてください。")


def check(node, opts, ctx):
    text = ctx.text
    if not TRIGGER.search(text):
        return
    tally = StyleTally()
    for child in node.walk():
        if child.type == "Image" and textlint_type(child, text) == "Image":
            tally.add(image_alt(child, text), child.start, _ALT_OPENING)
    yield from tally.problems(ctx, _message, set())

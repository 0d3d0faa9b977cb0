"""常用漢字表にない漢字を見つける（textlint-rule-joyo-kanji 0.0.2 互換）。

Every text node (``Str``, also in links, headings and quotes) is searched for kanji (CJK
ideographs of the BMP and the supplementary planes, the radicals, 々, 〇 and the Suzhou
numerals, as the original's pattern has them); each one that is not in the 常用漢字表
(2010, 2,136 characters) is reported, at the *first* place that kanji stands in the text
node, as the original reports it (``text.indexOf``): a kanji used twice in one node is one
problem.  々 and 〇 are no 常用漢字 either, and are reported.

Options: none.

    OK:  漢字の使い方を確かめる。
    NG:  綺麗な図を描く。   (綺)
"""

import functools
import re

from postlint.rules import data_yaml
from postlint.rules._textlint import str_pieces

ID = "joyo-kanji"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

# the original's pattern: radicals, 々 〇, Suzhou numerals, 〸-〻, CJK Ext A (to U+4DB5), Unified (to U+9FCC),
# compatibility ideographs, and the supplementary planes' ideographs (Ext B to D, compatibility supplement)
_KANJI = re.compile("[\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b"
                    "\u3400-\u4db5\u4e00-\u9fcc\uf900-\ufa6d\ufa70-\ufad9"
                    "\U00020000-\U0002a6d6\U0002a700-\U0002b734\U0002b740-\U0002b81d\U0002f800-\U0002fa1d]")


@functools.lru_cache(maxsize=1)
def joyo_kanji() -> frozenset:
    """The 2,136 characters of the 常用漢字表 (the list jtf-style 2.1.2 uses too)."""
    return frozenset(c for c in data_yaml("dict", "jtf-2-1-2.yml")["joyoKanji"] if not c.isspace())


def check(node, opts, ctx):
    joyo = joyo_kanji()
    for start, end, _is_url in str_pieces(node, ctx):  # (textlint's text nodes: a bare URL is one of its own)
        text = ctx.text[start:end]
        for kanji in dict.fromkeys(_KANJI.findall(text)):
            if kanji not in joyo:
                # one UTF-16 unit, as textlint reports an index: half of a kanji beyond U+FFFF
                at16 = ctx.source.utf16(start + text.index(kanji))
                yield ctx.report_utf16(at16, at16 + 1,
                                       f"「{kanji}」は常用漢字表にない漢字です。ひらがなにするか、常用漢字の語に言い換えてください。")

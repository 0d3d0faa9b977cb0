"""常用漢字表にない漢字を使わない（JTF スタイルガイド 2.1.2、textlint-rule-preset-jtf-style 互換）。

JTF style 2.1.2 (漢字): kanji follow the 常用漢字表 (2,136 kanji, 2010; the list is
rules/dict/jtf-2-1-2.yml).  Every other kanji -- CJK ideographs U+3400-U+9FFF,
U+F900-U+FAFF, U+20000-U+2FFFF and 〇 〻 (not 々) -- in plain paragraph text (not
headings, tables, emphasis, links or block quotes) is reported, one problem per
character.  Write the word in hiragana or with another word instead.  Off in the
jtf-style preset.  No options, no fix.

    OK:  文章を見直す。
    NG:  文章を推敲する。
"""

import re

from postlint.rules._textlint import is_plain_str, text_spans
from postlint.rules._textlint_ja import report_at_index
from postlint.rules.joyo_kanji import joyo_kanji

ID = "jtf-2-1-2"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

# kanji as textlint's kanjiRegExp has them: 〇, 〻, U+3400-U+9FFF, U+F900-U+FAFF, U+20000-U+2FFFF
_KANJI_RUN = re.compile("[\u3007\u303b\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")


def check(node, opts, ctx):
    if not is_plain_str(node):
        return
    joyo = joyo_kanji()
    for start, end in text_spans(node, ctx):
        text = ctx.text[start:end]
        for run in _KANJI_RUN.finditer(text):
            if joyo.issuperset(run.group()):  # (most runs)
                continue
            for offset, kanji in enumerate(run.group()):
                if kanji not in joyo:
                    # textlint reports at the character's index in a list of code points,
                    # taken as a UTF-16 offset: one unit early per emoji before it
                    yield report_at_index(ctx, start, run.start() + offset, f"「{kanji}」は常用漢字表にない漢字です。"
                                          "ひらがなで書くか、常用漢字の語に言い換えてください。")

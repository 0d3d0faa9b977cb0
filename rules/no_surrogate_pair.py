"""サロゲートペアになる文字（U+FFFF を超える絵文字や 𠮷 など）を見つける（textlint-rule-no-surrogate-pair 1.0.1 互換）。

Characters beyond the Basic Multilingual Plane take two UTF-16 code units (a surrogate
pair) and some e-book readers and older systems cannot show them.  In each Str (headings,
list items, table cells and link text included; not code nor an image's alt text), each
such character is reported once, at its first place in that Str, as textlint does (it
looks up every pair's first occurrence, and drops the repeats).  textlint's parser makes
a bare URL a link of its own, so the text before, in and after it are Strs of their own;
and the lines of a block quote's paragraph one Str (postlint's tree has one a line).

Options: なし。

    OK:  吉野家で牛丼を食べた。
    NG:  𠮷野家で牛丼を食べた😋      （「𠮷」と「😋」）
"""

from __future__ import annotations

import re

from postlint.rules._textlint import joined_str_pieces

ID = "no-surrogate-pair"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

TRIGGER = re.compile("[\U00010000-\U0010FFFF]")  # a character beyond U+FFFF


def check(node, opts, ctx):
    text = ctx.text
    for start, end, _url in joined_str_pieces(node, ctx):
        seen = set()
        for m in TRIGGER.finditer(text, start, end):
            char = m.group()
            if char not in seen:
                seen.add(char)
                yield ctx.report(m.start(), m.end(), f"「{char}」（U+{ord(char):04X}）はサロゲートペアになる文字で、"
                                                     "表示できない環境があります。BMP の文字に置き換えるか、消してください。")

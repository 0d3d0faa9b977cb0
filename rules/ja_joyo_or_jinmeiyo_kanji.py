"""常用漢字にも人名用漢字にもない漢字を見つける（textlint-rule-ja-joyo-or-jinmeiyo-kanji 1.0.3 互換）。

Kanji outside the 常用漢字表 (2010) and the 人名用漢字 (2017) are hard for many readers:
each one in a Str (headings, list items, table cells and link text included; not code nor
an image's alt text) is reported at its place.  As in the package, only the kanji of the
Basic Multilingual Plane are looked at (CJK Unified Ideographs and Extension A, CJK
Compatibility Ideographs): a kanji beyond U+FFFF such as 𠮷 is left to no-surrogate-pair.
The lists are data, rules/dict/ja-joyo-or-jinmeiyo-kanji.yml (sources named there).

Options: なし。

    OK:  憂鬱な雨の日に、蜜柑を食べた。
    NG:  憂鬱な雨の日に、蛙が鳴いた。      （「蛙」）
"""

from __future__ import annotations

import re

from postlint.rules import data_yaml

ID = "ja-joyo-or-jinmeiyo-kanji"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

# the kanji the package looks at: U+3400–U+4DBF, U+4E00–U+9FFF, U+F900–U+FAFF
_KANJI_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def _allowed() -> set[str]:
    data = data_yaml("dict", f"{ID}.yml")
    return {c for key in ("joyo", "joyo_allowed_forms", "jinmeiyo", "jinmeiyo_old_forms")
            for c in data[key] if not c.isspace()}


def _outside_class(allowed: set[str]) -> str:
    """A character class of the kanji in :data:`_KANJI_BLOCKS` that are not ``allowed``.

    >>> outside = re.compile(_outside_class({"丁"}))
    >>> [bool(outside.match(c)) for c in "一丁丂あ"]
    [True, False, True, False]
    """
    codes = sorted(ord(c) for c in allowed)
    parts = []
    for low, high in _KANJI_BLOCKS:
        at = low
        for code in codes:
            if low <= code <= high:
                if code > at:
                    parts.append((at, code - 1))
                at = code + 1
        if at <= high:
            parts.append((at, high))
    return "[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in parts) + "]"


# a kanji that is neither 常用 nor 人名用 (a file without one has nothing to report)
TRIGGER = re.compile(_outside_class(_allowed()))


def check(node, opts, ctx):
    for m in TRIGGER.finditer(ctx.text, node.start, node.end):
        kanji = m.group()
        yield ctx.report(m.start(), m.end(), f"「{kanji}」は常用漢字でも人名用漢字でもありません。"
                                             "ひらがなで書くか、常用漢字の言葉に言い換えてください。")

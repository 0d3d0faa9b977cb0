"""日本語に挟まれた一文字のアルファベットを見つける（textlint-rule-ja-unnatural-alphabet 2.0.1 互換）。

「リイr−ス」「対応でｋない」のように、日本語の文字（漢字・かな・全角文字・。、・−）に挟まれた
半角/全角のアルファベット一文字は、IME の入力ミスであることが多い。Str ごとに探し、
そのアルファベットの位置を報告する。``allow`` に書いた文字列・正規表現に一致した範囲
（とその直後の一文字）にあるものは報告しない。``allowCommonCase`` が真なら
「C言語」「x軸」「y座標」「Eメール」のような典型例も許す。

Options: ``allow`` (既定 ``["a", "i", "u", "e", "o", "n", "/[A-Z]/"]``; 指定すると置き換わる),
``allowCommonCase`` (true)。

    OK:  C言語でリリースする。
    NG:  リイr−スする。
"""

from __future__ import annotations

import re

from postlint.charclass import CodeSet
from postlint.jsregex import match_patterns, quiet_patterns_check

ID = "ja-unnatural-alphabet"
NODES = ("Str",)
OPTIONS = {"allow": [str], "allowCommonCase": bool}
DEFAULTS = {"allow": ["a", "i", "u", "e", "o", "n", "/[A-Z]/"], "allowCommonCase": True}
FIXABLE = False

COMMON_CASES = ["/[a-zA-Zａ-ｚＡ-Ｚ]言語/", "/[x-zX-Z]座標/", "/[x-zX-Z]軸/", "/Eメール/i"]

# Japanese as the original sees it, code unit by code unit: before the letter any astral
# character counts (its low surrogate is in the class), after it only U+20000-U+2FFFF (high
# surrogates D840-D87F).  The original's pattern is (Japanese)(letter)(Japanese); a class of
# these 28,000 code points costs milliseconds to compile (Python's re loops over them), so
# letters between two non-ASCII characters are found first and their neighbours tested here.
# The class: CJK ideographs (ext. A, unified, compatibility), full-width forms, ぁ-ん, ァ-ヶ, marks.
_JAPANESE = CodeSet([(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF), (0x3041, 0x3093),
                     (0x30A1, 0x30F6)], chars="々〇〻ー。、・−")
_LETTER_AMID_NON_ASCII = re.compile(r"(?<=[^\x00-\x7f])[a-zA-Zａ-ｚＡ-Ｚ](?=[^\x00-\x7f])")
TRIGGER = _LETTER_AMID_NON_ASCII  # a file without one has no unnatural letter


def unnatural(text: str):
    """(the letter's index, the three characters) of each match of the original's pattern,
    in the order its non-overlapping search finds them.

    >>> list(unnatural("リイr−スとｂｂｃ"))
    [(2, 'イr−'), (6, 'とｂｂ')]
    """
    searched_from = 0  # where the original's search goes on: after its last match
    for m in _LETTER_AMID_NON_ASCII.finditer(text):
        i = m.start()
        before, after = text[i - 1], text[i + 1]
        if i - 1 >= searched_from and (ord(before) > 0xFFFF or before in _JAPANESE) \
                and (0x20000 <= ord(after) <= 0x2FFFF or after in _JAPANESE):
            searched_from = i + 2
            yield i, text[i - 1:i + 2]


check_options = quiet_patterns_check("allow")


def check(node, opts, ctx):
    text = ctx.text[node.start:node.end]
    allow = list(opts["allow"]) + (COMMON_CASES if opts["allowCommonCase"] else [])
    ignored = None
    for at, found in unnatural(text):
        letter = found[1]
        index = text.find(letter, at - 1)  # the original looks the letter up from the match start
        if ignored is None:
            ignored = match_patterns(text, allow, matcher=1)
        if any(m.start <= index <= m.end for m in ignored):
            continue
        yield ctx.report(node.start + index, node.start + index + 1,
                         f"日本語の間に不自然なアルファベット「{letter}」があります（{found}）。"
                         "入力ミスでないか確かめてください。")

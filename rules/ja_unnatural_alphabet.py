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

from postlint.rules._textlint_ja import match_patterns

ID = "ja-unnatural-alphabet"
NODES = ("Str",)
OPTIONS = {"allow": list, "allowCommonCase": bool}
DEFAULTS = {"allow": ["a", "i", "u", "e", "o", "n", "/[A-Z]/"], "allowCommonCase": True}
FIXABLE = False

COMMON_CASES = ["/[a-zA-Zａ-ｚＡ-Ｚ]言語/", "/[x-zX-Z]座標/", "/[x-zX-Z]軸/", "/Eメール/i"]

# Japanese as the original sees it, code unit by code unit: before the letter
# any astral character counts (its low surrogate is in the class), after it only
# U+20000-U+2FFFF (high surrogates D840-D87F).
_JA = "々〇〻\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEFぁ-んァ-ヶー。、・−"
_UNNATURAL = re.compile(f"(?:[{_JA}]|[\U00010000-\U0010FFFF])([a-zA-Zａ-ｚＡ-Ｚ])(?:[{_JA}]|[\U00020000-\U0002FFFF])")
TRIGGER = _UNNATURAL  # no match anywhere in the file: no match in any of its texts


def check(node, opts, ctx):
    if node.inside("Image"):  # textlint's Image has only an alt text, no Str
        return
    text = ctx.text[node.start:node.end]
    allow = list(opts["allow"]) + (COMMON_CASES if opts["allowCommonCase"] else [])
    ignored = None
    for m in _UNNATURAL.finditer(text):
        letter = m.group(1)
        index = text.find(letter, m.start())  # the original looks the letter up from the match start
        if ignored is None:
            ignored = match_patterns(text, allow)
        if any(start <= index <= end for start, end, _ in ignored):
            continue
        yield ctx.report(node.start + index, node.start + index + 1,
                         f"日本語の間に不自然なアルファベット「{letter}」があります（{m.group()}）。"
                         "入力ミスでないか確かめてください。")

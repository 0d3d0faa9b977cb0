"""同じ語が続けて書かれているのを見つける（textlint-rule-ja-no-successive-word 2.0.1 互換）。

「これはは」「あるある」のような同じ語の重なりは、多くは入力ミス。Str ごとに IPADIC で
形態素解析し、直前と同じ表層形のトークンが続いたら後のトークンの位置を報告する。
漢数字どうし（「九九」）は数えない。``allowOnomatopee`` が真なら、カタカナだけの語の重なり
（「カクカク」「ドキドキ」）は擬音語・擬態語として許す。

Options: ``allowOnomatopee`` (true), ``allow`` (許す語; ``/正規表現/`` も書ける; 既定 [])。

    OK:  動作がカクカクしてきた。
    NG:  これはは問題のある文です。
"""

from __future__ import annotations

import re
from operator import attrgetter, eq

from postlint.rules._textlint import str_pieces
from postlint.jsregex import match_patterns, quiet_patterns_check
from postlint.rules._textlint_ja import report_at_index

ID = "ja-no-successive-word"
NODES = ("Str",)
OPTIONS = {"allowOnomatopee": bool, "allow": [str]}
DEFAULTS = {"allowOnomatopee": True, "allow": []}
FIXABLE = False

_SURFACE = attrgetter("surface_form")
_KATAKANA_ONLY = re.compile(r"[ァ-ロワヲンー]*\Z")
# A token line's surface in MeCab's output, after a newline: searched in "\n" + output, where
# it finds what "^" with re.MULTILINE finds, faster (the engine looks for the literal "\n"
# instead of trying "^" at every character).
_LINE_SURFACE = re.compile(r"\n([^\t\n]*)\t")


def _two_lines_alike(output: str) -> bool:
    """Whether two neighbouring lines of MeCab's output have one surface, as two
    neighbouring tokens alike need (the white-space tokens between MeCab's hold only
    characters MeCab skips, which none of its tokens contain).  The surfaces are found
    and compared at C speed.

    >>> from postlint.morph import ipadic_output
    >>> _two_lines_alike(ipadic_output("これはは誤り")), _two_lines_alike(ipadic_output("これは誤り"))
    (True, False)
    """
    surfaces = _LINE_SURFACE.findall("\n" + output)
    return any(map(eq, surfaces, surfaces[1:]))


def _number(tok) -> bool:
    return tok.pos == "名詞" and tok.pos_detail_1 == "数"


check_options = quiet_patterns_check("allow")


def check(node, opts, ctx):
    for start, end, _url in str_pieces(node, ctx):
        yield from _check_text(start, ctx.text[start:end], opts, ctx)


def _check_text(base: int, text: str, opts, ctx):
    """The repeated words of one of textlint's Str texts, at ``base`` in the file."""
    allow = opts["allow"]
    onomatopee = opts["allowOnomatopee"]
    prev = None
    tokens = ctx.tokens(text, "ipadic", when=_two_lines_alike)
    surfaces = list(map(_SURFACE, tokens))
    if not any(map(eq, surfaces, surfaces[1:])):
        return  # no two neighbours alike (checked without a Python loop: the usual case)
    for tok in tokens:
        last, prev = prev, tok
        if last is None or last.surface_form != tok.surface_form:
            continue
        word = tok.surface_form
        if allow and match_patterns(word, allow, matcher=1):
            continue
        if _number(last) and _number(tok):
            continue
        if onomatopee and _KATAKANA_ONLY.match(word):
            continue
        yield report_at_index(ctx, base, tok.start,  # textlint reports {index}: one unit
                              f"「{word}」が二回続けて書かれています。重複していれば一つ削ってください。")

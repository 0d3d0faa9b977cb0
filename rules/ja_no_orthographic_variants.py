"""一つの Str の中の表記ゆれを見つける（textlint-rule-ja-no-orthographic-variants 2.0.0 互換）。

Str ごとに IPADIC で形態素解析し、表記統合辞書（HTDIC ver.1.0）に載っている語の表層形について、
同じ Str の中に同じ語の別の書き方（「分かる」と「わかる」、「組立」と「組み立て」）があれば、
その語の位置に報告する。混ざった書き方はどれも報告される。辞書は語の書き方の組を並べたもので、
意味の違う同じ読みの語（「行」と「行き」、「あい」と「愛」）も組になっている。
リンクの文字列や引用の中も調べる（textlint と同じ）。

投稿全体で一つの書き方にそろっているかを見る postlint 独自のルールは ja-consistent-spelling。

辞書は rules/dict/ja-no-orthographic-variants.txt（bench/build_htdic.py で npm パッケージから
作る。使用条件は rules/dict/HTDIC-LICENSE.txt）。

Options: なし。

    OK:  棚を組み立てる。組み立ては簡単だ。
    NG:  棚を組み立てる。組立は簡単だ。
"""

from __future__ import annotations

import re

from postlint.rules import data_text
from postlint.rules._textlint import str_pieces
from postlint.rules._textlint_ja import report_at_index

ID = "ja-no-orthographic-variants"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_SURFACE = re.compile(r"^([^\t\n]+)\t", re.M)  # a token's surface in MeCab's output
_GROUPS: dict[str, tuple[str, ...]] = {}  # spelling -> its group of spellings (itself among them)


def groups() -> dict[str, tuple[str, ...]]:
    """The dictionary, read on first use: each spelling -> the spellings of its group.

    >>> groups()["組立"]
    ('組み立て', '組立', '組立て')
    """
    if not _GROUPS:
        for line in data_text("dict", "ja-no-orthographic-variants.txt").splitlines():
            if not line or line.startswith("#"):
                continue
            variants, _, places = line.partition("\t")
            spellings = tuple(variants.split("/"))
            keys = [spellings[int(p)] for p in places.split(",")] if places else spellings
            for key in keys:
                _GROUPS[key] = spellings
    return _GROUPS


def _others(surface: str, surfaces) -> list[str]:
    """The other spellings of ``surface``'s group that ``surfaces`` has, in the group's order."""
    group = groups().get(surface)
    if not group:
        return []
    return [spelling for spelling in group if spelling != surface and spelling in surfaces]


def _has_variants(output: str) -> bool:
    """Whether MeCab's output for a text has two spellings of one group (the tokens are
    built only then).

    >>> from postlint.morph import ipadic_output
    >>> [_has_variants(ipadic_output(t)) for t in ("組み立てと組立", "組み立てる")]
    [True, False]
    """
    surfaces = set(_SURFACE.findall(output))
    return any(_others(surface, surfaces) for surface in surfaces)


def check(node, opts, ctx):
    for start, end, _url in str_pieces(node, ctx):  # a bare URL is a Str of its own in textlint
        tokens = ctx.tokens(ctx.text[start:end], "ipadic", when=_has_variants)
        if not tokens:
            continue
        surfaces = {tok.surface_form for tok in tokens}
        for tok in tokens:
            others = _others(tok.surface_form, surfaces)
            if others:
                shown = "と".join(f"「{spelling}」" for spelling in (tok.surface_form, *others))
                yield report_at_index(ctx, start, tok.start,
                                      f"表記ゆれ: {shown}が同じ段落の中で混ざっています。どれか一つにそろえてください。",
                                      end=end)

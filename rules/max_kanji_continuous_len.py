"""漢字が長く連続しないようにする（textlint-rule-max-kanji-continuous-len 互換）。

A long run of kanji (情報処理技術者試験対策) is hard to read: break it up with
kana (情報処理技術者試験の対策).  A run longer than ``max`` characters in a text
node is reported at its first character, unless the whole run is in
``allow``.  Kanji are 々〇〻, CJK unified ideographs (U+3400–U+9FFF),
compatibility ideographs (U+F900–U+FAFF) and U+20000–U+2FFFF; as in textlint,
the length counts UTF-16 code units (a kanji outside the BMP counts 2).
Links, images, block quotes and emphasis are not checked.

Options: ``max`` (5; 0 means the default), ``allow`` (list of words, []).

    OK:  漢字の連続を確認する。
    NG:  漢字連続長確認処理を行う。
"""

import functools
import re

from postlint.rules._textlint import autolinks, in_spans, inside, utf16_len
from postlint.rules._textlint_ja import report_at_index

ID = "max-kanji-continuous-len"
NODES = ("Str",)
OPTIONS = {"max": int, "allow": [str]}
DEFAULTS = {"max": 5, "allow": []}
FIXABLE = False

_KANJI = "[々〇〻\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]"
_SKIP_INSIDE = ("Link", "Image", "BlockQuote", "Emphasis")


@functools.lru_cache(maxsize=16)
def _long_runs(limit: int) -> re.Pattern:
    """The runs of kanji that may be longer than ``limit`` UTF-16 units: a kanji counts
    at most 2, so such a run has more than ``limit // 2`` of them.  (The first place of
    a run where enough kanji follow is its start: the matches are whole runs.)"""
    return re.compile(f"{_KANJI}{{{max(1, limit // 2 + 1)},}}")


def check(node, opts, ctx):
    if inside(node, ctx.text, *_SKIP_INSIDE):
        return
    limit = opts["max"] or DEFAULTS["max"]
    allow = set(opts["allow"])
    urls = None
    for match in _long_runs(limit).finditer(ctx.text, node.start, node.end):
        run = match.group()
        if utf16_len(run) <= limit or run in allow:
            continue
        if urls is None:
            urls = autolinks(node, ctx)  # textlint's parser makes links of bare URLs
        if in_spans(match.start(), urls):
            continue
        yield report_at_index(ctx, match.start(), 0,  # [index, index + 1]: one unit, half of 𠮷
                              f"漢字が {limit + 1} 文字以上続いています:「{run}」。かなを挟むなどして区切ってください。")

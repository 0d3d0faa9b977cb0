"""カタカナは全角で、外来語は定まった表記で書く（JTF スタイルガイド 2.1.5、textlint-rule-preset-jtf-style 互換）。

JTF style 2.1.5 (カタカナ): two checks.

* Spellings of loanwords, from the dictionary rules/dict/jtf-2-1-5.yml (アジヤ →
  アジア, インタフェース → インターフェイス), in the text textlint-rule-prh checks
  (not in links, block quotes or emphasis).
* Half-width katakana (U+FF65-U+FF9F, ``･`` included; not ``｡｢｣､``): each run in
  plain paragraph text (not headings, tables, emphasis, links or block quotes).
  ``--fix`` writes it full-width as the moji package does: a voiced pair becomes
  one character (ｶﾞ → ガ, ﾊﾟ → パ), a lone ``ﾞ``/``ﾟ`` becomes ``゛``/``゜``, and a
  pair with no full-width character (ｱﾞ) is left as it is.

``--fix`` writes the dictionary's spelling too.  Off in the jtf-style preset.
No options.

    OK:  インターフェイスを全角カタカナで書く。
    NG:  ｲﾝﾀｰﾌｪｲｽを書く。インタフェースを書く。
"""

import re
import unicodedata

from postlint.rules._jtf_dict import dictionary
from postlint.rules._textlint import is_plain_str, text_spans

ID = "jtf-2-1-5"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
FIX_ONCE = True  # a dictionary replacement: its output is not replaced again in the same run

_HALF_WIDTH_RUN = re.compile("[\uff65-\uff9f]+")
# moji's units: a kana with its voiced mark, else one half-width character
_HALF_WIDTH_UNIT = re.compile("[\uff66-\uff9c]\uff9e|[\uff8a-\uff8e]\uff9f|[\uff61-\uff9f]")
_LONE_MARKS = {"\uff9e": "゛", "\uff9f": "゜"}


def _full_width_unit(match: re.Match) -> str:
    unit = match.group()
    if unit in _LONE_MARKS:
        return _LONE_MARKS[unit]
    full = unicodedata.normalize("NFKC", unit)
    return full if len(full) == 1 else unit  # (no one character for it: kept, as moji does)


def full_width(text: str) -> str:
    """Half-width katakana of ``text`` written full-width (moji's HK -> ZK)."""
    return _HALF_WIDTH_UNIT.sub(_full_width_unit, text)


def _dictionary_message(actual: str, expected: str) -> str:
    return f"カタカナ語の表記: 「{actual}」ではなく「{expected}」と書いてください。"


def _half_width(node, ctx):
    if not is_plain_str(node) or not _HALF_WIDTH_RUN.search(ctx.text, node.start, node.end):
        return
    for start, end in text_spans(node, ctx):
        for match in _HALF_WIDTH_RUN.finditer(ctx.text, start, end):
            run = match.group()
            full = full_width(run)
            at = match.start()  # (reported at its first character, as textlint does)
            yield ctx.report(at, at + 1, f"半角カタカナ「{run}」は全角で「{full}」と書いてください。",
                             fix=ctx.fix(at, match.end(), full))


def check(node, opts, ctx):
    yield from dictionary(ID).problems(node, ctx, _dictionary_message)
    yield from _half_width(node, ctx)

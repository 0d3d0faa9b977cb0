"""小学校で習う漢字（教育漢字）のほかの漢字を見つける（textlint-rule-ja-kyoiku-kanji 1.0.0 互換）。

Every text node (``Str``, also in links, headings and quotes) is searched for kanji (U+3400-
U+4DBF, U+4E00-U+9FFF, U+F900-U+FAFF); each one that is not among the kanji of the grades
allowed (学年別漢字配当表, the list the original carries: 1,006 characters) is reported where
it stands.  By default the kanji of all six grades are allowed, so a kanji outside the
教育漢字 is reported; switching a grade off (``allowElementary6thKanjis: false``) reports its
kanji too, for text written for younger readers.

Options: ``allowElementary1stKanjis`` … ``allowElementary6thKanjis`` (each true).

    OK:  学校で本を読む。
    NG:  図書館で雑誌を借りる。   (誌 is a 6th-grade kanji: with allowElementary6thKanjis false)
"""

import functools

import re

from postlint.rules import data_yaml
from postlint.rules._textlint import str_pieces

ID = "ja-kyoiku-kanji"
NODES = ("Str",)
_GRADE_NAMES = ("1st", "2nd", "3rd", "4th", "5th", "6th")
OPTIONS = {f"allowElementary{g}Kanjis": bool for g in _GRADE_NAMES}
DEFAULTS = {f"allowElementary{g}Kanjis": True for g in _GRADE_NAMES}
FIXABLE = False

_KANJI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NUMERALS = "一二三四五六"


@functools.lru_cache(maxsize=1)
def grades() -> tuple[frozenset, ...]:
    """The kanji of each grade, first to sixth (rules/dict/ja-kyoiku-kanji.yml)."""
    data = data_yaml("dict", "ja-kyoiku-kanji.yml")
    return tuple(frozenset("".join(data[f"grade{n}"].split())) for n in range(1, 7))


@functools.lru_cache(maxsize=64)
def _allowed(switches: tuple) -> tuple[frozenset, str]:
    """(the kanji allowed, what the message calls the others) for the grades switched on."""
    allowed = frozenset().union(*(g for g, on in zip(grades(), switches) if on))
    names = [f"第{_NUMERALS[n]}学年" for n, on in enumerate(switches) if on]
    if not names:
        what = "漢字"
    elif len(names) == 6:
        what = "教育漢字にない漢字"
    else:
        what = f"小学校の{'、'.join(names)}で習わない漢字"
    return allowed, what


def check(node, opts, ctx):
    allowed, what = _allowed(tuple(opts[f"allowElementary{g}Kanjis"] for g in _GRADE_NAMES))
    for start, end, _is_url in str_pieces(node, ctx):
        for found in _KANJI.finditer(ctx.text, start, end):
            if found.group() not in allowed:
                yield ctx.report(found.start(), found.end(),
                                 f"{what}「{found.group()}」があります。ひらがなにするか、習う漢字の語に言い換えてください。")

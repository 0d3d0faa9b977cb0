"""句読点を「．」と「，」（または指定の記号）にそろえる（textlint-rule-preset-ja-engineering-paper 1.0.4 の unify-kuten-and-touten 互換）。

Engineering papers in Japanese often use the full-width period and comma (「．」「，」, as the
Japan Society of Mechanical Engineers asks) instead of 「。」「、」.  Any other period or comma
(``。`` ``.`` ``．`` / ``、`` ``,`` ``，``, and those added in ``possibleMarks``) right before or
after a kanji or kana is reported, and ``--fix`` writes the chosen one.  A mark between Latin
letters or digits (``3.14``, ``a,b``) is not Japanese punctuation and is left alone.  Text in
links, images, block quotes and emphasis (``*…*``) is not read; headings, bold text and table
cells are.

Options:

- ``kuten`` (default ``．``): the period to use;
- ``touten`` (default ``，``): the comma to use;
- ``possibleMarks`` (``{kuten: [...], touten: [...]}``): more marks to take for a period or a
  comma, added to 「。.．」 and 「、,，」.

    OK:  実験を行った．結果を示す，
    NG:  実験を行った。結果を示す、   (fix: 実験を行った．結果を示す，)
"""

from __future__ import annotations

import functools
import re

from postlint.rules._jtf import beside_japanese
from postlint.rules._textlint import inside, text_spans
from postlint.rules._textlint_ja import SKIP_ANCESTORS

ID = "unify-kuten-and-touten"
NODES = ("Str",)
OPTIONS = {"kuten": str, "touten": str, "possibleMarks": dict}
DEFAULTS = {"kuten": "．", "touten": "，", "possibleMarks": {}}
FIXABLE = True

_KUTEN = ("。", ".", "．")
_TOUTEN = ("、", ",", "，")


def check_options(opts) -> None:
    """``possibleMarks`` holds lists of marks under ``kuten`` and ``touten`` only."""
    for key, marks in (opts["possibleMarks"] or {}).items():
        if key not in ("kuten", "touten") or not isinstance(marks, list) or \
                not all(isinstance(m, str) and m for m in marks):
            raise ValueError('possibleMarks must be {"kuten": [marks], "touten": [marks]}')


@functools.lru_cache(maxsize=16)
def _plan(kuten: str, touten: str, more_kuten: tuple, more_touten: tuple):
    """(pattern of the marks to replace beside Japanese, mark -> replacement)."""
    all_kuten, all_touten = _KUTEN + more_kuten, _TOUTEN + more_touten
    wrong = [m for m in all_kuten if m != kuten] + [m for m in all_touten if m != touten]
    if not wrong:
        return None, {}
    marks = "|".join(re.escape(m) for m in dict.fromkeys(wrong))
    pattern = beside_japanese(marks)
    # a mark in both lists is a period (the original looks at the periods first)
    replacement = {**{m: touten for m in all_touten}, **{m: kuten for m in all_kuten}}
    return pattern, replacement


def check(node, opts, ctx):
    text = ctx.text
    if inside(node, text, *SKIP_ANCESTORS):
        return
    more = opts["possibleMarks"] or {}
    pattern, replacement = _plan(opts["kuten"], opts["touten"], tuple(more.get("kuten", ())),
                                 tuple(more.get("touten", ())))
    if pattern is None:
        return
    message = f"句読点は「{opts['touten']}」と「{opts['kuten']}」にそろえてください。"
    for base, end in text_spans(node, ctx):  # (a bare URL is a link in textlint's tree)
        # on the Str's text alone, as the original: a character before it is not looked at
        for found in pattern.finditer(text[base:end]):
            at = base + found.start()
            yield ctx.report(at, at + 1, message, fix=ctx.fix(at, at + 1, replacement[found.group()]))

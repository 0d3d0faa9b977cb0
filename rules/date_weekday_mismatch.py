"""日付のあとの括弧に書いた曜日が、その日付の曜日と合っているかを調べる（textlint-rule-date-weekday-mismatch 1.1.1 互換）。

``2025年1月6日(火)`` is a Monday: reported at the weekday, fixed to ``(月)``.  The original finds
dates with the date parser chrono-node 1.4.9 and names weekdays as moment.js does; this port
reads the date forms of that parser that Japanese posts use, with the same results:

- Japanese (chrono's JPStandardParser, language ``ja``): ``2025年1月6日``, full-width digits,
  white space after 年 and 月, the eras 令和/平成/昭和 (元年 too), and 今年/本年/同年 (the
  year of today).  A date without a year is left alone, unless ``useCurrentYearIfMissing``;
- ISO and year-first dates (chrono's ENISOFormatParser and ENSlashDateFormatStartWithYearParser,
  language ``en``): ``2025-01-06``, ``2025-01-06T10:00``, ``2025/1/6``, ``2025.1.6``.

The weekday is the text in the parentheses right after the date (``(…)`` or ``（…）``, white
space before allowed), one of the language's weekday names: for ``ja`` 日..土 and 日曜日..土曜日,
for ``en`` Su..Sa, Sun..Sat and Sunday..Saturday.  So ``2025-01-06(火)`` is not checked (an
ISO date is English to chrono) unless ``lang: ja``.

Options: ``lang`` (``"ja"`` or ``"en"``, or a tag of them such as ``"ja-JP"`` or ``"en-US"``, which
moment.js reads as ``ja`` and ``en``: the language of every date; default: from the form),
``useCurrentYearIfMissing`` (false: check ``1月6日(火)`` too, in ``currentYear``),
``currentYear`` (default: this year).

    OK:  2025年1月6日(月)に公開した。
    NG:  2025年1月6日(火)に公開した。   -> 2025年1月6日(月)
"""

from __future__ import annotations

import datetime
import re

from postlint.jsregex import JS_SPACE, compile_js
from postlint.rules._textlint import joined_str_pieces

ID = "date-weekday-mismatch"
NODES = ("Str",)
OPTIONS = {"lang": str, "useCurrentYearIfMissing": bool, "currentYear": int}
DEFAULTS: dict = {"lang": None, "useCurrentYearIfMissing": False, "currentYear": None}
FIXABLE = True

TRIGGER = re.compile(r"[(（]")  # no date is checked without a parenthesis after it

# moment.js's names: [min, short, full], Sunday first
WEEKDAYS = {
    "ja": [list("日月火水木金土")] * 2 + [[d + "曜日" for d in "日月火水木金土"]],
    "en": [["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"], ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
           ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]],
}

_JA = compile_js("(?:(同|今|本|((昭和|平成|令和)?([0-9０-９]{1,4}|元)))年\\s*)?([0-9０-９]{1,2})月\\s*([0-9０-９]{1,2})日", "i")
_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_ISO = compile_js("(\\W|^)([0-9]{4})\\-([0-9]{1,2})\\-([0-9]{1,2})(?:T([0-9]{1,2}):([0-9]{1,2})"
                  "(?::([0-9]{1,2})(?:\\.(\\d{1,4}))?)?(?:Z|([+-]\\d{2}):?(\\d{2})?)?)?(?=\\W|$)", "i")
_YEAR_FIRST = compile_js("(\\W|^)([0-9]{4})[\\-\\.\\/]([0-9]{1,2})[\\-\\.\\/]([0-9]{1,2})(?=\\W|$)", "i")
_ZH_NUMBERS = {"零": 0, "一": 1, "二": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
               "十": 10, "廿": 20, "卅": 30}
_ZH_NUMBER = "[" + "".join(_ZH_NUMBERS) + "]"
_ZH = compile_js(f"(\\d{{2,4}}|{_ZH_NUMBER}{{2,4}})?(?:\\s*)(?:年)?(?:[\\s|,|，]*)(\\d{{1,2}}|{_ZH_NUMBER}{{1,2}})"
                 f"(?:\\s*)(?:月)(?:\\s*)(\\d{{1,2}}|{_ZH_NUMBER}{{1,2}})?(?:\\s*)(?:日|號)?")
_WEEKDAY = compile_js("^(\\s*?[(（])([^(（)]+)([)）])")
_DIGIT = re.compile("[0-9０-９]")
_MAYBE_DATE = re.compile("月|[0-9][-./][0-9]").search  # what every form ported has
_PARENTHESIS_RE = re.compile("[(（]")
_PARENTHESIS, _EVERY_PARENTHESIS = _PARENTHESIS_RE.search, _PARENTHESIS_RE.finditer
_EVERY_DATE_START = re.compile("(?=月|[0-9][-./][0-9])").finditer  # where _MAYBE_DATE may match, overlaps too


class _Date:
    """A date chrono found: where, its text, its language, and the known year, month, day."""

    __slots__ = ("index", "text", "lang", "year", "month", "day")

    def __init__(self, index: int, text: str, lang: str, year, month: int, day: int) -> None:
        self.index, self.text, self.lang = index, text, lang
        self.year, self.month, self.day = year, month, day


def _half(digits: str) -> int:
    return int(digits.translate({0xFF10 + i: 0x30 + i for i in range(10)}))


def _run(regex, text: str, extract) -> list:
    """chrono's parser loop: match in what is left of ``text``; after a date, go on after it,
    after a match that is no date, one character on."""
    found = []
    at = 0
    while at <= len(text):
        m = regex.search(text[at:])
        if m is None:
            break
        date = extract(m, at)
        if date is not None:
            found.append(date)
            at = date.index + len(date.text)
        else:
            at += m.start() + 1
    return found


def _japanese(m, at: int, this_year: int):
    year = None
    if m.group(2):
        year = 1 if m.group(4) == "元" else _half(m.group(4))
        year += _ERAS.get(m.group(3), 0)
    elif m.group(1):
        year = this_year  # 同年, 今年, 本年: the year of today
    return _Date(at + m.start(), m.group(), "ja", year, _half(m.group(5)), _half(m.group(6)))


def _year_first(m, at: int):
    month, day = int(m.group(3)), int(m.group(4))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    lead = len(m.group(1))
    return _Date(at + m.start() + lead, m.group()[lead:], "en", int(m.group(2)), month, day)


def _zh_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    number = 0
    for char in text:
        number = (_ZH_NUMBERS[char] if number == 0 else number * 10) if char == "十" else number + _ZH_NUMBERS[char]
    return number


def _zh_year(text: str) -> int:
    return int(text) if text.isdigit() else int("".join(str(_ZH_NUMBERS[char]) for char in text))


def _chinese(m, at: int):
    """chrono's ZHHantDateParser, which also takes Japanese dates: with the white space before
    them it is longer than JPStandardParser's and wins; its language is zh, whose weekday
    names moment.js does not have (it uses English ones)."""
    year = _zh_year(m.group(1)) if m.group(1) else None
    day = _zh_number(m.group(3)) if m.group(3) else None
    return _Date(at + m.start(), m.group(), "zh", year, _zh_number(m.group(2)), day)


def dates(text: str, this_year: int) -> list[_Date]:
    """The dates of ``text`` as chrono 1.4.9 finds them (of the forms ported), overlaps
    resolved as it does (the longer wins, the earlier on a tie).

    >>> [(d.index, d.text, d.year, d.month, d.day) for d in dates("令和7年1月6日と2025-01-06T10:00", 2026)]
    [(0, '令和7年1月6日', 2025, 1, 6), (9, '2025-01-06T10:00', 2025, 1, 6)]
    """
    found = (_run(_ISO, text, _year_first) + _run(_YEAR_FIRST, text, _year_first)
             + _run(_JA, text, lambda m, at: _japanese(m, at, this_year)) + _run(_ZH, text, _chinese))
    found.sort(key=lambda d: d.index)
    kept: list[_Date] = []
    for date in found:
        if kept and date.index < kept[-1].index + len(kept[-1].text):
            if len(date.text) > len(kept[-1].text):
                kept[-1] = date
        else:
            kept.append(date)
    return kept


def _locale(lang: str) -> str:
    """The moment.js locale whose weekday names a ``lang`` option picks: its first subtag.

    >>> _locale("ja-JP"), _locale("en_US"), _locale("EN")
    ('ja', 'en', 'en')
    """
    return lang.lower().replace("_", "-").split("-")[0]


def check_options(opts: dict) -> None:
    lang = opts["lang"]
    if lang is not None and _locale(lang) not in WEEKDAYS:
        raise ValueError(f"option lang must be ja or en, or a tag of them such as ja-JP or en-US (the languages "
                         f"whose weekday names postlint knows), got {lang!r}")


def _with_year(date: _Date, lang: str, year: int, this_year: int) -> None:
    """``useCurrentYearIfMissing``: the original parses the date again with ``year`` put before
    it, in the form of its language, and takes what that finds."""
    separator = re.match(r"[0-9]{1,2}([/-])[0-9]{1,2}", date.text)
    if separator is not None:  # 4/23 -> 2025/4/23 (a form not ported: kept for its rule)
        text = f"{year}{separator.group(1)}{date.text}"
    elif lang == "ja":
        text = f"{year}年{date.text}"
    else:
        text = f"{year} {date.text}"
    again = dates(text, this_year)
    if again:  # (its known values replace the date's)
        first = again[0]
        date.year = first.year if first.year is not None else date.year
        date.day = first.day if first.day is not None else date.day
        date.month = first.month


def _may_hold_dates(node, ctx) -> bool:
    """Whether a parenthesis and the start of a date stand in the text from ``node`` to its
    parent's end (a block quote's Str runs on): most text has none, and then no date with a
    weekday.  The places are found once per parent, as a paragraph may have thousands of Str."""
    parent = node.parent
    if parent is None:
        return bool(_PARENTHESIS(ctx.text, node.start, node.end) and _MAYBE_DATE(ctx.text, node.start, node.end))

    def places():
        text, start, end = ctx.text, parent.start, parent.end
        return ([m.start() for m in _EVERY_PARENTHESIS(text, start, end)],
                [m.start() for m in _EVERY_DATE_START(text, start, end)])

    parentheses, date_starts = ctx.memo((ID, id(parent)), places)
    return bool(parentheses) and parentheses[-1] >= node.start and bool(date_starts) and date_starts[-1] >= node.start


def check(node, opts, ctx):
    if not _may_hold_dates(node, ctx):
        return ()  # (most text: no date with a weekday can be there)
    this_year = datetime.date.today().year
    problems = []
    for start, end, is_url in joined_str_pieces(node, ctx):
        text = ctx.text[start:end]
        if ("(" not in text and "（" not in text) or not _MAYBE_DATE(text):
            continue
        for date in dates(text, this_year):
            lang = opts["lang"] or date.lang
            if date.year is None and opts["useCurrentYearIfMissing"]:  # (the original asks the year only)
                _with_year(date, lang, opts["currentYear"] or this_year, this_year)
            if date.year is None or date.day is None or not _DIGIT.search(date.text):
                continue
            problem = _mismatch(date, _locale(lang), text, start, ctx)
            if problem is not None:
                problems.append(problem)
    return problems


def _mismatch(date: _Date, lang: str, text: str, start: int, ctx):
    year = date.year or 400  # (year 0, which moment knows: the calendar repeats every 400 years)
    try:
        weekday = (datetime.date(year, date.month, date.day).weekday() + 1) % 7  # Sunday 0
    except ValueError:
        return None  # no such day (moment: invalid)
    after = date.index + len(date.text)
    m = _WEEKDAY.match(text[after:])
    if m is None:
        return None
    opening, written, closing = m.group(1), m.group(2).strip(JS_SPACE), m.group(3)  # (strip: JavaScript's trim)
    for names in WEEKDAYS.get(lang, WEEKDAYS["en"]):  # (moment.js has no "zh": English names)
        if written in names and written != names[weekday]:
            at = start + after + len(opening)
            expected = names[weekday]
            return ctx.report(at, at + len(written),
                              f"「{date.text}{m.group()}」の曜日が日付と合いません。"
                              f"「{date.text}{opening}{expected}{closing}」ではありませんか。",
                              fix=ctx.fix(at, at + len(written), expected))
    return None

"""算用数字と漢数字を使い分ける（JTF 2.2.2; textlint-rule-preset-jtf-style 3.0.3 の
「2.2.2.算用数字と漢数字の使い分け」と互換、ja-technical-writing では arabic-kanji-numbers）。

数えられる量は算用数字で書く（「二十回」→「20回」、「第三章」→「第3章」、「百八つ」→「108つ」。
「数十万」「何百億」、「二つ返事」「瓜二つ」のような慣用句は除く）。慣用的な表現・熟語・概数は
漢数字で書く（「世界1」→「世界一」、「1部の」→「一部の」、「数10倍」→「数十倍」、
「2次関数」→「二次関数」、「5大陸」→「五大陸」）。段落直下の Str（引用の中を除く）を調べ、
型ごとに Str の中の最初の一つだけを報告し、書き換えを自動修正として付ける。

Options: なし。

    OK:  第3章を20回読んだ。
    NG:  第三章を二十回読んだ。   (fix: 第3章を20回読んだ。)
"""

from __future__ import annotations

import re

from postlint.rules._textlint import is_plain_str, text_spans

ID = "arabic-kanji-numbers"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_KANJI_DIGIT = "[一二三四五六七八九十壱弐参拾百〇]"
_K = _KANJI_DIGIT + "+"

# (pattern, patterns that silence it when found anywhere in the Str)
_TO_ARABIC = (
    (rf"({_K})[兆億万]", (rf"(数|何)({_K})[兆億万]",)),
    (rf"({_K})つ", (r"[一二三四五六七八九]つ(返事|子|ひとつ|星|編|葉|橋|と[無な]い|に一つ)",
                   r"(ただ|唯|[女男]手|穴|瓜|馬鹿の)[一二]つ")),
    (rf"({_K})回", ()),
    (rf"({_K})か月", ()),
    (rf"({_K})番目", ()),
    (rf"({_K})進法", ()),
    (rf"({_K})次元", ()),
    (rf"第({_K})章", ()),
    (rf"第({_K})節", ()),
)
_TO_KANJI = (
    r"世界(1)", r"(1)時的", r"(1)部分", r"第(3)者", r"[^0-9](1)種(?!類)", r"(1)部の", r"(1)番に",
    r"数(10+)倍", r"数(10+)[兆億万]", r"数(10+)年", r"(?<![0-9])([0-9]+)次関数", r"(5)大陸",
)
# (a number before 次関数 is looked for from the start of its digits only: the same matches,
# and a long run of digits is tried once, not once for each of its digits)
_TO_ARABIC = tuple((re.compile(p), tuple(re.compile(i) for i in ignore)) for p, ignore in _TO_ARABIC)
_TO_KANJI = tuple(re.compile(p) for p in _TO_KANJI)
# Every _TO_ARABIC pattern needs a kanji digit, every _TO_KANJI pattern an ASCII digit: a
# text without one cannot match any of them (one search instead of a dozen).
_HAS_KANJI_DIGIT = re.compile(_KANJI_DIGIT).search
_HAS_ASCII_DIGIT = re.compile("[0-9]").search

# -- 漢数字 -> number (the rules of japanese-numerals-to-number 1.0.2) ---------

_DIGITS = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "壱": 1, "弐": 2, "参": 3}
_PLACES = {"十": 1, "百": 2, "千": 3, "拾": 1}
_MYRIADS = {"万": 4, "億": 8, "兆": 12}


class NumeralError(ValueError):
    """A numeral the converter refuses (e.g. 十十)."""


def _place_values(values, seq, place):
    exp = _PLACES.get(place)
    if not exp:
        if seq and seq[-1] == 0:
            raise NumeralError("a digit sequence must not start with zero")
        return values + seq
    seq = seq or [10 ** exp]
    if len(seq) != 1 or seq[0] == 0:
        raise NumeralError("each place takes one non-zero digit")
    return values + seq


def _subsequence(chars):
    """Values of one group below 万 (chars in reverse order)."""
    values, seq, exp, place, places = [], [], 0, "一", ["一"]
    for ch in chars:
        if ch in _PLACES:
            if ch in places:
                raise NumeralError(f"{ch} appears twice")
            values, seq, exp, place, places = _place_values(values, seq, place), [], _PLACES[ch], ch, places + [ch]
            continue
        if ch == "一" and place in ("十", "百"):
            raise NumeralError("一十 / 一百 are not written")
        seq = seq + [_DIGITS[ch] * 10 ** exp]
        exp += 1
    return _place_values(values, seq, place)


def _carry(values, exp, seq):
    if exp > 0:
        if not seq:
            raise NumeralError("万/億/兆 cannot start a numeral or follow each other")
        if seq == ["千"]:
            raise NumeralError("write 一千 before 万/億/兆")
    return values + [n * 10 ** exp for n in _subsequence(seq)]


def kanji_to_number(text: str) -> int:
    """``"二十"`` -> 20, ``"百八"`` -> 108; :class:`NumeralError` if malformed.

    >>> kanji_to_number("二十"), kanji_to_number("百八"), kanji_to_number("一億二千万")
    (20, 108, 120000000)
    """
    if len(text) == 1 and _DIGITS.get(text) == 0:
        return 0
    values, exp, seq = [], 0, []
    for ch in reversed(text):
        if ch in _MYRIADS:
            values, exp, seq = _carry(values, exp, seq), _MYRIADS[ch], []
        else:
            seq.append(ch)
    total = prev = 0
    for n in _carry(values, exp, seq):
        if n == 0:
            continue
        if prev >= n:
            raise NumeralError("numerals in the wrong order")
        total, prev = total + n, n
    return total


# -- number -> 漢数字 ---------------------------------------------------------

_KAN = "〇一二三四五六七八九"
_TENS = ("", "十", "百", "千")
# As the original spells them (its 𥝱 and 載 are "禾予" and "載,"), so that fixes match.
_GROUPS = ("", "万", "億", "兆", "京", "垓", "禾予", "穣", "溝", "澗", "正", "載,", "極", "恒河沙", "阿僧祇",
           "那由他", "不可思議", "無量大数")


def number_to_kanji(digits: str) -> str:
    """``"10"`` -> ``"十"``, ``"1"`` -> ``"一"``, ``"0"`` -> ``"零"`` (digits only).

    >>> number_to_kanji("10"), number_to_kanji("100"), number_to_kanji("2"), number_to_kanji("0")
    ('十', '百', '二', '零')
    """
    groups = [digits[max(0, i - 4):i] for i in range(len(digits), 0, -4)]
    if len(groups) >= 18:
        return _GROUPS[17]
    out = ""
    for n, group in enumerate(groups):
        if group == "0000":
            continue
        part = ""
        for place, d in enumerate(reversed(group)):
            if d != "0":
                part = ("" if d == "1" and place > 0 else _KAN[int(d)]) + _TENS[place] + part
        out = part + _GROUPS[n] + out
    return out or "零"


def check(node, opts, ctx):
    if not is_plain_str(node):
        return
    # textlint's text nodes: a bare URL is a link of its own
    for start, end in text_spans(node, ctx):
        yield from _check_text(ctx, start, ctx.text[start:end])


def _check_text(ctx, offset: int, text: str):
    """The first match of each pattern in one of textlint's text nodes (at ``offset``)."""
    for pattern, ignore in _TO_ARABIC if _HAS_KANJI_DIGIT(text) else ():
        m = pattern.search(text)
        if m is None or any(i.search(text) for i in ignore):
            continue
        try:
            number = str(kanji_to_number(m.group(1)))
        except NumeralError:
            continue
        yield _report(ctx, offset, m, number, "数えられる量は算用数字で書きます")
    for pattern in _TO_KANJI if _HAS_ASCII_DIGIT(text) else ():
        m = pattern.search(text)
        if m is not None:
            yield _report(ctx, offset, m, number_to_kanji(m.group(1)), "慣用的な表現や概数は漢数字で書きます")


def _report(ctx, offset: int, m, number: str, why: str):
    found = m.group()
    expected = found.replace(m.group(1), number, 1)
    start = offset + m.start()
    end = start + len(found)
    # textlint reports {index}: one character; the fix replaces the whole number
    return ctx.report(start, start + 1, f"{why}: 「{found}」→「{expected}」",
                      fix=ctx.fix(start, end, expected))

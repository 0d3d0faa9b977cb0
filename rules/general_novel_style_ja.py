"""小説の一般的な表記の作法（段落頭の字下げ、！？の後の空白、…と―は偶数個など）を調べる（textlint-rule-general-novel-style-ja 1.3.0 互換）。

Ten checks on each paragraph's source text (paragraphs inside block quotes are
skipped), each turned on or off by its own option (all are on by default):

* ``chars_leading_paragraph`` (default ``"　「『【〈《（(“\\"‘'［[〔｛{＜<"``; false or "" to
  turn off): a paragraph must start with one of these characters; the fix puts the
  first of them in front (reported at the paragraph, as textlint does).
* ``no_punctuation_at_closing_quote``: no 。 or 、 right before a closing bracket
  (reported at the last of them; the fix removes them).
* ``space_after_marks``: ？ and ！ are followed by a full-width space, another mark, a
  closing bracket or the paragraph's end (the fix adds a full-width space).
* ``even_number_ellipsises`` / ``even_number_dashes``: runs of … and of ― have an even
  length (the fix adds one more).
* ``appropriate_use_of_punctuation`` / ``_interpunct`` / ``_choonpu``: no 。。, 、、, ・・ or
  ーー (the fix writes ……, or ―― for ー).
* ``appropriate_use_of_minus_sign``: − (U+2212) only before a digit (the fix writes ー).
* ``max_arabic_numeral_digits`` (default 2; false to turn off): no Arabic number, or
  decimal part, longer than this (the fix writes it in kanji as the ``kansuji`` package
  1.1.0 does).

    OK:  　「本当に？　三百円でいいの……」
    NG:  本当に？三百円でいいの…。
"""

from __future__ import annotations

import math
import re

from postlint.rules._textlint import inside, report_node

ID = "general-novel-style-ja"
NODES = ("Paragraph",)
OPTIONS = {
    "chars_leading_paragraph": (str, bool),
    "no_punctuation_at_closing_quote": bool,
    "space_after_marks": bool,
    "even_number_ellipsises": bool,
    "even_number_dashes": bool,
    "appropriate_use_of_punctuation": bool,
    "appropriate_use_of_interpunct": bool,
    "appropriate_use_of_choonpu": bool,
    "appropriate_use_of_minus_sign": bool,
    "max_arabic_numeral_digits": (int, bool),
}
DEFAULTS = {
    "chars_leading_paragraph": "　「『【〈《（(“\"‘'［[〔｛{＜<",
    "no_punctuation_at_closing_quote": True,
    "space_after_marks": True,
    "even_number_ellipsises": True,
    "even_number_dashes": True,
    "appropriate_use_of_punctuation": True,
    "appropriate_use_of_interpunct": True,
    "appropriate_use_of_choonpu": True,
    "appropriate_use_of_minus_sign": True,
    "max_arabic_numeral_digits": 2,
}
FIXABLE = True
FIX_ONCE = True  # fixes would chain: −− -> ーー (minus sign) -> ―― (choonpu); textlint fixes once


def check_options(opts) -> None:
    if opts["chars_leading_paragraph"] is True:
        raise ValueError("chars_leading_paragraph: give the allowed characters as a string, or false to turn the check off")


_LEADING_MESSAGE = "段落の先頭は全角スペースで字下げするか、開き括弧で始めてください。"
_CLOSING = "」』】〉》）)”\"’'］\\]〕｝}＞>"
_DIGIT = "0-9０１２３４５６７８９"
_KANJI_DIGITS = "〇一二三四五六七八九"
_KANJI_UNITS = ("十", "百", "千", "万", "億", "兆", "京", "垓", "禾予", "穣", "溝", "澗", "正", "載")


def _even(text: str, start: int, end: int) -> bool:
    return (end - start) % 2 == 0


# (option, pattern, message, test of the match or None, where to report, fix: (kind, text))
_CHECKS = (
    ("no_punctuation_at_closing_quote", re.compile(f"[。、]+(?=[{_CLOSING}])"),
     "閉じ括弧の直前に句読点（。、）があります。句読点を取り除いてください。", None, "last", ("replace", "")),
    ("space_after_marks", re.compile(f"[？！](?![　？！{_CLOSING}]|\\Z)"),
     "感嘆符（！）・疑問符（？）の後には全角スペースを入れるか、閉じ括弧を続けてください。", None, "first", ("after", "　")),
    ("even_number_ellipsises", re.compile("…+"),
     "三点リーダー（…）は二つ一組にして、偶数個続けてください。", _even, "first", ("after", "…")),
    ("even_number_dashes", re.compile("―+"),
     "ダッシュ（―）は二つ一組にして、偶数個続けてください。", _even, "first", ("after", "―")),
    ("appropriate_use_of_punctuation", re.compile("。。+|、、+"),
     "句読点（。、）を重ねないでください。間を表すなら三点リーダー（……）を使います。", None, "first", ("groups", "……", 3)),
    ("appropriate_use_of_interpunct", re.compile("・・+"),
     "中黒（・）を重ねないでください。間を表すなら三点リーダー（……）を使います。", None, "first", ("groups", "……", 3)),
    ("appropriate_use_of_choonpu", re.compile("ーー+"),
     "長音符（ー）を重ねないでください。音を伸ばすならダッシュ（――）を使います。", None, "first", ("groups", "――", 2)),
    ("appropriate_use_of_minus_sign", re.compile(f"−(?![{_DIGIT}〇一二三四五六七八九十])"),
     "マイナス記号（−）は数の前にだけ置きます。長音なら「ー」と書いてください。", None, "first", ("replace", "ー")),
)
_NUMBER = re.compile(f"([{_DIGIT}]+)(?:[.．]([{_DIGIT}]+))?")


def kansuji(number: str) -> str:
    """``number`` (Arabic digits, half- or full-width, maybe with a decimal part) in kanji, as
    the kansuji package 1.1.0 writes it by default: units, no 一 before 十百千, the digits
    of the decimal part one by one after ・ (its trailing zeros dropped).  Its quirk is
    kept: a group of four that ends in zeros loses its unit (100000 -> 十).

    >>> [kansuji(n) for n in ("2016", "１２３４５", "100", "3.140", "0", "0.0", "100000")]
    ['二千十六', '一万二千三百四十五', '百', '三・一四', '〇', '〇', '十']
    """
    whole, _, decimal = number.replace("．", ".").partition(".")
    out = _kansuji_digits(whole, False)
    if "." in number or "．" in number:
        fraction = _kansuji_digits(decimal, True)
        if fraction:
            out += "・" + fraction
    return out


def _kansuji_digits(digits: str, is_decimal: bool) -> str:
    out: list[str] = []
    for place, ch in enumerate(reversed(digits)):
        value = int(ch)  # full-width digits too
        if value == 0:
            if is_decimal and out:
                out.append(_KANJI_DIGITS[0])
            continue
        if not is_decimal:
            r = place % 4
            if r:
                out.append(_KANJI_UNITS[r - 1])
                if value == 1:
                    continue
            elif place:
                index = place // 4 + 2
                out.append(_KANJI_UNITS[index] if index < len(_KANJI_UNITS) else "")
        out.append(_KANJI_DIGITS[value])
    if not out and not is_decimal:
        out.append(_KANJI_DIGITS[0])
    return "".join(reversed(out))


def _fix(ctx, base: int, start: int, end: int, spec):
    kind, text = spec[0], spec[1]
    if kind == "after":
        return ctx.fix(base + end, base + end, text)
    if kind == "groups":
        text = text * math.ceil((end - start) / spec[2])
    return ctx.fix(base + start, base + end, text)


def check(node, opts, ctx):
    if inside(node, ctx.text, "BlockQuote"):
        return
    base = node.start
    text = ctx.text[base:node.end]
    leading = opts["chars_leading_paragraph"]
    if leading and text and text[0] not in leading:
        message = (_LEADING_MESSAGE if leading == DEFAULTS["chars_leading_paragraph"]
                   else f"段落の先頭に置けない文字です。段落は「{leading}」のどれかの文字で始めてください。")
        yield report_node(ctx, node.start, node.end, message, fix=ctx.fix(base, base, leading[0]))
    for option, pattern, message, test, at, fix in _CHECKS:
        if not opts[option]:
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            if test is not None and test(text, start, end):
                continue
            index = end - 1 if at == "last" else start
            yield ctx.report(base + index, base + index + 1, message, fix=_fix(ctx, base, start, end, fix))
    digits = opts["max_arabic_numeral_digits"]
    if isinstance(digits, int) and not isinstance(digits, bool):
        message = f"{digits}桁を超えるアラビア数字です。漢数字で書いてください。"
        for m in _NUMBER.finditer(text):
            whole, decimal = m.group(1), m.group(2)
            if len(whole) > digits or (decimal and len(decimal) > digits):
                start, end = m.span()
                yield ctx.report(base + start, base + start + 1, message,
                                 fix=ctx.fix(base + start, base + end, kansuji(m.group())))

"""段落の文末を句点（既定「。」）で終える（textlint-rule-ja-no-mixed-period 互換）。

A Japanese paragraph should end with the period mark (「。」), not with ``.``,
trailing white space, or nothing at all.  Only the end of each paragraph is
checked, and only when its last text contains Japanese (kana or kanji).  The
end may also be ``! ? ！ ？ ) ） 」 』``, any of ``allowPeriodMarks``, or (with
``allowEmojiAtEnd``) an emoji.  List items, links, images, inline code, block
quotes, emphasis and footnotes (unless ``checkFootnote``) are not checked, nor
a paragraph whose last child is not plain text.

``--fix`` replaces a trailing ``.`` or ``。`` with ``periodMark``, deletes
trailing white space, and -- only with ``forceAppendPeriod`` -- appends
``periodMark`` where it is missing.

Options: ``periodMark`` ("。"; a list allows each of its marks, as the original's ``concat``
reads one, and its first is the one fixes write), ``allowPeriodMarks`` ([]), ``allowEmojiAtEnd``
(false), ``forceAppendPeriod`` (false), ``checkFootnote`` (false).

    OK:  これは文です。
    NG:  これは文です.
"""

import re

from postlint.charclass import CodeSet
from postlint.rules._textlint import JS_SPACE, autolinks, inside, utf16_len
from postlint.rules._textlint_ja import report_at_index
from postlint.text import ends_in_reference

ID = "ja-no-mixed-period"
NODES = ("Paragraph",)
OPTIONS = {"periodMark": (str, [str]), "allowPeriodMarks": list, "allowEmojiAtEnd": bool,
           "forceAppendPeriod": bool, "checkFootnote": bool}
DEFAULTS = {"periodMark": "。", "allowPeriodMarks": [], "allowEmojiAtEnd": False,
            "forceAppendPeriod": False, "checkFootnote": False}
FIXABLE = True

# Kanji and kana: 々〇〻, CJK ideographs (extension A, unified, compatibility, U+20000-U+2FFFF),
# ぁ-ん and ァ-ヶ.  Tested character by character (among the non-ASCII ones): a class of these
# 28,000 code points costs milliseconds to compile (Python's re loops over them).
_JAPANESE = CodeSet([(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFF), (0x3041, 0x3093),
                     (0x30A1, 0x30F6)], chars="々〇〻")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_CLASSIC_PERIOD = frozenset("。.")
_EXCEPTION_MARKS = frozenset("!?！？)）」』")
_IGNORED_INSIDE = ("ListItem", "Link", "Code", "Image", "BlockQuote", "Emphasis")
_FOOTNOTES = ("Footnote", "Definition", "footnoteDefinition")  # (textlint's names: see _textlint.textlint_type)
# Code points that are an emoji on their own (the emoji-regex package, v10).
_EMOJI = CodeSet((
    (0xA9, 0xA9), (0xAE, 0xAE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139),
    (0x2194, 0x2199), (0x21A9, 0x21AA), (0x231A, 0x231B), (0x2328, 0x2328), (0x23CF, 0x23CF),
    (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB), (0x25B6, 0x25B6),
    (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2600, 0x2604), (0x260E, 0x260E), (0x2611, 0x2611),
    (0x2614, 0x2615), (0x2618, 0x2618), (0x261D, 0x261D), (0x2620, 0x2620), (0x2622, 0x2623),
    (0x2626, 0x2626), (0x262A, 0x262A), (0x262E, 0x262F), (0x2638, 0x263A), (0x2640, 0x2640),
    (0x2642, 0x2642), (0x2648, 0x2653), (0x265F, 0x2660), (0x2663, 0x2663), (0x2665, 0x2666),
    (0x2668, 0x2668), (0x267B, 0x267B), (0x267E, 0x267F), (0x2692, 0x2697), (0x2699, 0x2699),
    (0x269B, 0x269C), (0x26A0, 0x26A1), (0x26A7, 0x26A7), (0x26AA, 0x26AB), (0x26B0, 0x26B1),
    (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26C8, 0x26C8), (0x26CE, 0x26CF), (0x26D1, 0x26D1),
    (0x26D3, 0x26D4), (0x26E9, 0x26EA), (0x26F0, 0x26F5), (0x26F7, 0x26FA), (0x26FD, 0x26FD),
    (0x2702, 0x2702), (0x2705, 0x2705), (0x2708, 0x270D), (0x270F, 0x270F), (0x2712, 0x2712),
    (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721), (0x2728, 0x2728),
    (0x2733, 0x2734), (0x2744, 0x2744), (0x2747, 0x2747), (0x274C, 0x274C), (0x274E, 0x274E),
    (0x2753, 0x2755), (0x2757, 0x2757), (0x2763, 0x2764), (0x2795, 0x2797), (0x27A1, 0x27A1),
    (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B07), (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3297),
    (0x3299, 0x3299), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F170, 0x1F171), (0x1F17E, 0x1F17F),
    (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F201, 0x1F202), (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F23A), (0x1F250, 0x1F251), (0x1F300, 0x1F321), (0x1F324, 0x1F393), (0x1F396, 0x1F397),
    (0x1F399, 0x1F39B), (0x1F39E, 0x1F3F0), (0x1F3F3, 0x1F3F5), (0x1F3F7, 0x1F4FD), (0x1F4FF, 0x1F53D),
    (0x1F549, 0x1F54E), (0x1F550, 0x1F567), (0x1F56F, 0x1F570), (0x1F573, 0x1F57A), (0x1F587, 0x1F587),
    (0x1F58A, 0x1F58D), (0x1F590, 0x1F590), (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A5), (0x1F5A8, 0x1F5A8),
    (0x1F5B1, 0x1F5B2), (0x1F5BC, 0x1F5BC), (0x1F5C2, 0x1F5C4), (0x1F5D1, 0x1F5D3), (0x1F5DC, 0x1F5DE),
    (0x1F5E1, 0x1F5E1), (0x1F5E3, 0x1F5E3), (0x1F5E8, 0x1F5E8), (0x1F5EF, 0x1F5EF), (0x1F5F3, 0x1F5F3),
    (0x1F5FA, 0x1F64F), (0x1F680, 0x1F6C5), (0x1F6CB, 0x1F6D2), (0x1F6D5, 0x1F6D8), (0x1F6DC, 0x1F6E5),
    (0x1F6E9, 0x1F6E9), (0x1F6EB, 0x1F6EC), (0x1F6F0, 0x1F6F0), (0x1F6F3, 0x1F6FC), (0x1F7E0, 0x1F7EB),
    (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FA7C),
    (0x1FA80, 0x1FA8A), (0x1FA8E, 0x1FAC6), (0x1FAC8, 0x1FAC8), (0x1FACD, 0x1FADC), (0x1FADF, 0x1FAEA),
    (0x1FAEF, 0x1FAF8),
))


def _has_japanese(text: str) -> bool:
    """Whether ``text`` has a kanji or a kana.

    >>> _has_japanese("see 第3章"), _has_japanese("café ™")
    (True, False)
    """
    return any(m.group() in _JAPANESE for m in _NON_ASCII.finditer(text))


def is_emoji(char: str) -> bool:
    """Whether one code point is an emoji by itself.

    >>> is_emoji("😆"), is_emoji("あ")
    (True, False)
    """
    return char in _EMOJI


def ending(text: str, period_marks, allow_emoji: bool):
    """How ``text`` ends: (valid, mark, index), as check-ends-with-period says.

    ``index`` counts code points to the last character, or to the start of the
    trailing white space; textlint then uses it as a UTF-16 offset.

    >>> ending("です。", ["。"], False), ending("です.", ["。"], False)
    ((True, '。', 2), (False, '.', 2))
    >>> ending("です\u3000\u3000", ["。"], False)
    (False, '\u3000\u3000', 2)
    """
    last_index = len(text) - 1
    mark = text[-1]
    if mark in JS_SPACE:
        spaces = len(text) - len(text.rstrip("".join(JS_SPACE)))
        return False, text[-spaces:], last_index - (spaces - 1)
    if mark in _EXCEPTION_MARKS or (allow_emoji and is_emoji(mark)):
        return True, mark, last_index
    for allowed in period_marks:
        if text.endswith(allowed):
            return True, allowed, utf16_len(text) - utf16_len(allowed)
    return False, mark, last_index


def check(node, opts, ctx):
    ignored = _IGNORED_INSIDE if opts["checkFootnote"] else _IGNORED_INSIDE + _FOOTNOTES
    if inside(node, ctx.text, *ignored) or not node.children:
        return
    last = node.children[-1]
    if last.type != "Str":
        return
    start = last.start
    urls = autolinks(last, ctx)  # textlint's parser makes links of bare URLs: its last text follows them
    if urls:
        if urls[-1][1] >= last.end:
            return  # the paragraph ends with a link
        start = urls[-1][1]
    text = ctx.text[start:last.end]
    # textlint's parser ends a paragraph's last text before the ";" of a final character reference
    if not node.data.get("plain") and ends_in_reference(ctx.text, start, last.end):  # (plain text has none)
        text = text[:-1]
    if not text or not _has_japanese(text):
        return
    marks = opts["periodMark"] or DEFAULTS["periodMark"]
    marks = marks if isinstance(marks, list) else [marks]
    prefer = marks[0]  # (textlint writes a list's text, "．,…", where postlint writes its first mark)
    valid, mark, index = ending(text, [*opts["allowPeriodMarks"], *marks], opts["allowEmojiAtEnd"])
    if valid:
        return
    # ``index`` counts code points: textlint reports it as a UTF-16 offset in the text node
    # (one unit early after each astral character, even inside one), but the fix must touch
    # the mark itself, at ``real`` (textlint's fix would delete the character before
    # trailing spaces, pass after pass)
    real = start + index
    if mark[0] in JS_SPACE:
        yield report_at_index(ctx, start, index, f"文末に不要な空白があります。空白を削除し、「{prefer}」で終えてください。",
                              fix=ctx.fix(real, real + len(mark), ""))
    elif mark in _CLASSIC_PERIOD:
        yield report_at_index(ctx, start, index, f"文末の「{mark}」を「{prefer}」にしてください。",
                              fix=ctx.fix(real, min(real + len(prefer), last.end), prefer))
    else:
        fix = ctx.fix(real + 1, real + 1, prefer) if opts["forceAppendPeriod"] else None
        yield report_at_index(ctx, start, index, f"文末が「{prefer}」で終わっていません。文を完結させ、句点を付けてください。",
                              fix=fix)

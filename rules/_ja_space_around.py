"""The shared check of the ja-space-around-* rules (textlint-rule-preset-ja-spacing 3.0.3):
a space between an inline node (code span, link, emphasis, strong) and the Japanese
character next to it.

By default (``before: false``, ``after: false``) a half-width space between the node and
a Japanese character (kanji, hiragana, katakana) is reported and removed::

    これは `code` です。  ->  これは`code`です。

With ``before: true`` / ``after: true`` a Japanese character right next to the node on that
side is reported instead and a space is inserted::

    これは`code`です。    ->  これは `code` です。

As in textlint, the characters looked at are single UTF-16 code units of the file around
the node's source (two on each side): a kanji beyond U+FFFF (𠮷) is half a pair there and
never counts as Japanese, and where the node starts or ends the file the window slides into
the node itself (a file that starts ``**太字**`` has 太 as the character "before" it).
"""

from __future__ import annotations

from array import array

OPTIONS = {"before": bool, "after": bool}
DEFAULTS = {"before": False, "after": False}
# a node that ends the file (no line break after it) has its own last characters as the ones
# "after" it: with after: true the space inserted there would be inserted again on each pass
FIX_ONCE = True

_SPACE = ord(" ")
_JAPANESE_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (ord("ぁ"), ord("ん")), (ord("ァ"), ord("ヶ")))


def is_japanese_unit(unit: int | None) -> bool:
    """Whether one UTF-16 code unit is a kanji, hiragana or katakana (BMP only).

    >>> is_japanese_unit(ord("漢")), is_japanese_unit(ord("a")), is_japanese_unit(None)
    (True, False, False)
    """
    return unit is not None and any(low <= unit <= high for low, high in _JAPANESE_RANGES)


def _units(text: str) -> array:
    """``text`` as UTF-16 code units (JavaScript's view of a string)."""
    return array("H", text.encode("utf-16-le", "surrogatepass")) if text else array("H")


def _at(units, index: int) -> int | None:
    """``units[index]`` as JavaScript indexes: None (undefined) outside the array."""
    return units[index] if 0 <= index < len(units) else None


def messages(name: str) -> dict:
    """The four messages of a rule about ``name`` (インラインコード, リンク…):
    {"before_never", "before_always", "after_never", "after_always"} -> text."""
    return {
        f"{side}_never": f"{name}の{word}の半角スペースは不要です。削除してください。" for side, word in (("before", "前"), ("after", "後"))
    } | {
        f"{side}_always": f"{name}の{word}に半角スペースを入れてください。" for side, word in (("before", "前"), ("after", "後"))
    }


def check_around(start: int, end: int, opts: dict, ctx, messages: dict):
    """The problems of the inline node at ``[start, end)`` (str offsets); ``messages``: see
    :func:`messages`."""
    if end <= start:
        return
    source, text = ctx.source, ctx.text
    start16, end16, total16 = source.utf16(start), source.utf16(end), source.utf16(len(text))
    # textlint's getSource(node, 2, 2): the node with up to two units on each side
    pad_start16, pad_end16 = max(start16 - 2, 0), min(end16 + 2, total16)
    window_start = max(start - 2, 0)
    window = _units(text[window_start:min(end + 2, len(text))])
    offset = pad_start16 - source.utf16(window_start)
    padded = window[offset:offset + pad_end16 - pad_start16]
    node_units = window[start16 - source.utf16(window_start):][:end16 - start16]

    before, before_before = _at(padded, 1), _at(padded, 0)
    after, after_after = _at(padded, len(padded) - 2), _at(padded, len(padded) - 1)
    # "is there a character before/after the node": as textlint compares (the first test is
    # false only where the node starts at the file's second unit; the second is always true
    # in practice, since it indexes the node past its end)
    if _at(node_units, 0) != before:
        if opts["before"]:
            if before != _SPACE and is_japanese_unit(before):
                yield _report(ctx, start16 - 1, messages["before_always"], ctx.fix(start, start, " "))
        elif before == _SPACE and is_japanese_unit(before_before):
            yield _report(ctx, start16 - 1, messages["before_never"], ctx.fix(start - 1, start, ""))
    if _at(node_units, len(padded) - 1) != after:
        if opts["after"]:
            if after != _SPACE and is_japanese_unit(after):
                yield _report(ctx, end16, messages["after_always"], ctx.fix(end, end, " "))
        elif after == _SPACE and is_japanese_unit(after_after):
            yield _report(ctx, end16 + 1, messages["after_never"], ctx.fix(end, min(end + 1, len(text)), ""))


def _report(ctx, at16: int, message: str, fix):
    """A problem at UTF-16 offset ``at16`` (one unit long), kept inside the file: textlint
    reports a node at the file's start ``index: -1`` at line 0 with no column, which postlint's
    formats cannot print; postlint reports it at the file's start."""
    total16 = ctx.source.utf16(len(ctx.text))
    at16 = min(max(at16, 0), total16)
    return ctx.report_utf16(at16, min(at16 + 1, total16), message, fix=fix)

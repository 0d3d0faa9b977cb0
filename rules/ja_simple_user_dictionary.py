"""設定に書いた語（単語単位で一致するもの）を報告する（textlint-rule-ja-simple-user-dictionary 1.0.0 互換）。

A user dictionary without regular expressions: each entry of ``dictionary`` is a
``pattern`` (plain text) and an optional ``message``.  Each ``Str`` is tokenized (kuromoji
0.1.2's IPADIC, as the package's kuromojin 3 gives it) and a pattern is found only where it
is a run of whole tokens: 「ふいんき」 is reported in 「ふいんきがいい」 but 「本」 is not in
「日本」.  As in the original, the tokens are read left to right and a token that breaks a
partial match is not tried as the start of a new one (「ああい」 in 「あああい」, cut as
あ|あ|あい, is not found).  Reported at the pattern's first character; no fix (the original
has none: the right word depends on the context).

Options: ``dictionary`` (default none), a list of ``{pattern, message?}``; without a
message the problem says the pattern is listed.

    dictionary: [{pattern: ふいんき, message: 「ふいんき」は「ふんいき」（雰囲気）と書きます。}]
    OK:  雰囲気のいい店。
    NG:  ふいんきのいい店。
"""

from __future__ import annotations

import re

from postlint.rules._textlint import joined_str_pieces
from postlint.source import utf16_len

ID = "ja-simple-user-dictionary"
NODES = ("Str",)
OPTIONS = {"dictionary": list}
DEFAULTS: dict = {"dictionary": []}
FIXABLE = False


def check_options(opts) -> None:
    for n, entry in enumerate(opts["dictionary"], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("pattern"), str):
            raise ValueError(f"dictionary[{n}] must be a mapping with a 'pattern' string, got {entry!r}")
        if not entry["pattern"]:
            raise ValueError(f"dictionary[{n}]: 'pattern' is empty (it would match nothing)")
        if not isinstance(entry.get("message"), (str, type(None))):
            raise ValueError(f"dictionary[{n}]: 'message' must be a string, got {entry['message']!r}")


def default_message(pattern: str) -> str:
    return f"「{pattern}」はユーザー辞書で使わないことにした語です。別の書き方にしてください。"


_SCREENS: dict = {}  # id(entries) -> (entries, regex)


def _screen(entries: list):
    """One regex that finds any of the entries' patterns (a text without any needs no
    tokens), made once per option list."""
    hit = _SCREENS.get(id(entries))
    if hit is None or hit[0] is not entries:
        if len(_SCREENS) > 16:
            _SCREENS.clear()
        patterns = sorted({entry["pattern"] for entry in entries}, key=len, reverse=True)
        hit = _SCREENS[id(entries)] = (entries, re.compile("|".join(map(re.escape, patterns))))
    return hit[1]


def find(tokens, pattern: str) -> list[int]:
    """Where ``pattern`` is a run of whole ``tokens``, as the original scans (a token that
    breaks a partial match starts no new one) and places it: the UTF-16 length of the
    tokens' surfaces before it (kuromoji may read past characters after a run of emoji,
    which then count for nothing).

    >>> from postlint.morph import tokens
    >>> find(tokens("ふいんきがいい。ふいんきだ。"), "ふいんき"), find(tokens("日本の本"), "本")
    ([0, 8], [3])
    >>> find(tokens("🐈ふいんき"), "ふいんき"), find(tokens("😀😀出来る。ふいんき"), "ふいんき")
    ([2], [6])
    """
    found = []
    rest = pattern
    index = start = 0
    for token in tokens:
        surface = token.surface_form
        if rest.startswith(surface):
            if len(rest) == len(pattern):
                start = index
            rest = rest[len(surface):]
            index += utf16_len(surface)
            if rest:
                continue
            found.append(start)
        else:
            index += utf16_len(surface)
        rest = pattern
    return found


def check(node, opts, ctx):
    entries = opts["dictionary"]
    if not entries:
        return []
    screen = _screen(entries)
    if not ctx.memo((ID, id(screen)), lambda: screen.search(ctx.text) is not None):
        return []  # (most files: no pattern anywhere)
    out = []
    for base, end, _url in joined_str_pieces(node, ctx):
        text = ctx.text[base:end]
        if screen.search(text) is None:
            continue
        tokens = ctx.tokens(text, "ipadic")
        for entry in entries:
            pattern = entry["pattern"]
            if pattern not in text:
                continue
            message = entry.get("message")
            message = default_message(pattern) if message is None else message
            base16 = ctx.source.utf16(base)
            for at16 in find(tokens, pattern):
                out.append(ctx.report_utf16(base16 + at16, base16 + at16 + 1, message))
    return out

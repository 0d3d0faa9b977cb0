"""The same punctuation written in both widths in one post: ``:``/``：``, ``(``/``（``, ``!``/``！``, ``?``/``？``.

Within one post, each mark in Japanese text should have one width.  The width used most often
in the post wins; every use of the other width is reported and fixed (safely) to the winning
one.  On a tie the full-width form wins (``preferOnTie: hankaku`` changes that).

Only marks in Japanese text count: a half-width ``:``, ``!`` or ``?`` right after Japanese
(``集中投資:``, ``便利です!``), a half-width ``(`` around Japanese (``(笑)``, ``作業(半日)``);
full-width marks always count.  Half-width parentheses around half-width text
(``関数(function)``, ``式(6)``, ``作業(6h)``) are not counted: many writers choose the width of
parentheses by what they hold, and that is one style, not two.  Marks and closing
parentheses in between are looked past (each of ``便利です!!``, the colon of ``注(補足):``),
and a mark right after an opening parenthesis has nothing before it (``(?q=x)``), so that
fixing some marks never makes others count.  Never counted: code, URLs,
times and ratios (``10:30``, ``1：2``), emoji short codes (``:smile:``), English text
(``Note: this``, ``API (Application Programming Interface)``), Markdown syntax (link
targets, front matter), kaomoji (``(´・ω・｀)``, ``ヽ(*ﾟдﾟ)ノ``: the face's width is the
face's), link text (usually the title of someone else's page) and block quotes
(someone else's words; ``ignoreQuotes: false`` counts them).  Parentheses are fixed as pairs; an unmatched one is left
alone.

Options: ``roles`` (default all of ``colon``, ``paren``, ``exclamation``, ``question``),
``preferOnTie`` (``zenkaku`` or ``hankaku``), ``ignoreQuotes`` (default true).

    OK:  注意：ここは重要です。例：次の図。
    NG:  注意：ここは重要です。例:次の図。例：その次。
"""

from __future__ import annotations

import functools
import re

from postlint.rules._editorial import TEMPLATE_TAG, has_japanese, hidden_spans, is_japanese, prose_nodes

ID = "ja-consistent-punctuation"
NODES = ("Document",)
OPTIONS = {"roles": list, "preferOnTie": str, "ignoreQuotes": bool}
DEFAULTS = {"roles": ["colon", "paren", "exclamation", "question"], "preferOnTie": "zenkaku", "ignoreQuotes": True}
FIXABLE = True

# role -> (half-width, full-width, name)
ROLES = {
    "colon": (":", "：", "colon"),
    "paren": ("(", "（", "parenthesis"),
    "exclamation": ("!", "！", "exclamation mark"),
    "question": ("?", "？", "question mark"),
}
_CLOSE = {"(": ")", "（": "）"}
# An e-mail address starts only where a run of its characters starts: tried
# from every position inside a long run without "@", it rescanned the rest of
# the run each time (quadratic).  The old search also began a new address at
# the "+" right after one ("a@b.c+d@e.f"), so such a "+" continues the match:
# the characters masked are the same as before.
_EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+(?:\+[\w.+-]*@[\w-]+\.[\w.-]+)*"
_URL = re.compile(r"(?:https?|ftp|file)://[^\s<>\"'）」』】]*|www\.[^\s<>\"'）」』】]+|" + _EMAIL)
_SHORTCODE = re.compile(r":[a-z0-9_+-]+:")
# a template tag, and the destination of a link written around one, which Markdown reads as text
# (Hugo: [前回]({{< relref "a.md" >}} "題"), Jekyll: [図]({{ site.baseurl }}/a.png)): syntax
_TEMPLATE = re.compile(rf"\]\(\s*\{{[{{%].*?[%}}]\}}[^()\n]*\)|{TEMPLATE_TAG}")


_BRACKET_OR_LINE_END = re.compile("[(（)）\n]")


def _closing_brackets(text: str) -> dict[int, int]:
    r"""For each opening bracket of ``text``, the index of the bracket closing it (either
    width closes either), or -1 when none does before a blank line or the end.

    One pass over the brackets (finding each one's partner by scanning ahead took time
    quadratic in the number of unclosed ones).

    >>> sorted(_closing_brackets("a(b（c)d)e(\n\n)").items())
    [(1, 7), (3, 5), (9, -1)]
    """
    closing: dict[int, int] = {}
    still_open: list[int] = []
    for m in _BRACKET_OR_LINE_END.finditer(text):
        j = m.start()
        ch = text[j]
        if ch in "(（":
            still_open.append(j)
        elif ch != "\n":
            if still_open:
                closing[still_open.pop()] = j
        elif j and text[j - 1] == "\n":  # a blank line: nothing open before it closes after it
            closing.update(dict.fromkeys(still_open, -1))
            still_open.clear()
    closing.update(dict.fromkeys(still_open, -1))
    return closing


def _masked(plain, para) -> list[bool]:
    hidden = [False] * len(plain.text)
    spans = hidden_spans(para, plain)
    spans += [m.span() for m in _URL.finditer(plain.text)]
    spans += [m.span() for m in _SHORTCODE.finditer(plain.text)]
    if "{" in plain.text:
        spans += [m.span() for m in _TEMPLATE.finditer(plain.text)]
    for s, e in spans:
        for k in range(s, e):
            hidden[k] = True
    return hidden


# Every character a fix may change: both widths of each mark and of the closing parenthesis.
_FIXABLE = "".join(half + full for half, full, _ in ROLES.values()) + "".join(_CLOSE.values())
_NO_FIXABLE = str.maketrans("", "", _FIXABLE)
_OPENING = "".join(_CLOSE)


def _occurrences(text: str, hidden: list[bool], roles):
    """(role, width 'half'|'full', index, close index or None) of each counted mark.

    Whether a half-width mark counts is decided by the text around it with the marks left
    out (the character before a run of marks, nothing after an opening parenthesis, a
    parenthesis' content without marks): a fix
    changes only marks, so what counts, and so the counts, are the same after it and one fix
    pass settles the post.  (Judged by the character right before it, only the first colon
    of ``文字列：::::`` counted, and each pass converted one more.)

    >>> list(_occurrences("a:b、これ：それ", [False] * 10, ["colon"]))
    [('colon', 'full', 6, None)]
    >>> [w for _, w, _, _ in _occurrences("本当：:!!", [False] * 6, ["colon", "exclamation"])]
    ['full', 'half', 'half', 'half']
    """
    marks = {}
    for role in roles:
        half, full, _ = ROLES[role]
        marks.setdefault(half, role)
        marks.setdefault(full, role)
    if not marks:
        return
    before, scanned = "", 0  # the last character before ``scanned`` that no fix changes
    closing = None  # made at the first bracket
    for match in _mark_pattern("".join(marks)).finditer(text):
        i = match.start()
        for ch in text[scanned:i]:
            if ch in _OPENING:
                before = ""  # a mark right after "(" starts the parenthesis: nothing before it
            elif ch not in _FIXABLE:
                before = ch
        scanned = i
        if hidden[i]:
            continue
        ch = text[i]
        role = marks[ch]
        half = ROLES[role][0]
        prev = text[i - 1] if i else ""
        if role == "colon" and prev.isdigit() and text[i + 1:i + 2].isdigit():
            continue  # a time or a ratio
        if role == "paren":
            if closing is None:
                closing = _closing_brackets(text)
            close = closing[i]
            if close < 0 or any(hidden[i:close + 1]) or _FACE.fullmatch(text, i + 1, close):
                continue
            if ch == half and not has_japanese(text[i + 1:close].translate(_NO_FIXABLE)):
                continue  # (6h), 式(6), 関数(function): half-width around half-width, a width chosen by content
            yield role, "half" if ch == half else "full", i, close
            continue
        if ch == half and not is_japanese(before):
            continue
        yield role, "half" if ch == half else "full", i, None


# The inside of a kaomoji's parentheses, (´・ω・｀), ヽ(*ﾟдﾟ)ノ, ( ･´ω･｀): two characters or
# more, no kana word, kanji or letter, but a face's symbols (half-width katakana, Greek,
# Cyrillic, ・ and the like; full-width katakana one at a time, as ノ in (ノ∀`)).  Its width is
# part of the face.
_FACE = re.compile(r"(?=\s*\S\s*\S)(?:[^\u3040-\u309f\u30a0-\u30ff\u3400-\u9fff\uf900-\ufaff0-9A-Za-z"
                   r"\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]|[\u30a0-\u30ff](?![\u30a1-\u30fa]))+")


@functools.lru_cache(maxsize=64)
def _mark_pattern(chars: str) -> re.Pattern:
    return re.compile("[" + re.escape(chars) + "]")


def check_options(opts) -> None:
    """Refuse unknown role names (called when the config loads)."""
    unknown = [r for r in opts["roles"] if r not in ROLES]
    if unknown:
        raise ValueError(f"option roles: unknown role(s) {unknown}; known: {', '.join(ROLES)}")


def check(node, opts, ctx):
    roles = [r for r in opts["roles"] if r in ROLES]
    found = {r: [] for r in roles}
    for para in prose_nodes(node):
        if opts["ignoreQuotes"] and para.inside("BlockQuote"):
            continue
        plain = ctx.plain(para)
        if not plain.text:
            continue
        for role, width, i, close in _occurrences(plain.text, _masked(plain, para), roles):
            found[role].append((width, plain, i, close))
    for role, items in found.items():
        halves = sum(1 for w, *_ in items if w == "half")
        fulls = len(items) - halves
        if not halves or not fulls:
            continue
        if halves == fulls:
            winner = "half" if opts["preferOnTie"] == "hankaku" else "full"
        else:
            winner = "half" if halves > fulls else "full"
        half, full, name = ROLES[role]
        want, other = (half, full) if winner == "half" else (full, half)
        counts = f"{fulls} full-width, {halves} half-width"
        for width, plain, i, close in items:
            if width == winner:
                continue
            start = plain.to_source(i)
            if close is None:
                fix = ctx.fix(start, start + 1, want)
                end = start + 1
            else:
                end = plain.to_source(close) + 1
                raw = ctx.text[start:end]
                fix = ctx.fix(start, end, want + raw[1:-1] + _CLOSE[want])
            yield ctx.report(start, start + 1,
                             f"{name} written both ways in this post ({counts}): use 「{want}」 like the "
                             f"rest of the post instead of 「{other}」", fix=fix)

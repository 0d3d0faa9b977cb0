"""近くの文が同じ語句（「、」の前）で始まるのを見つける（textlint-rule-no-start-duplicated-conjunction 2.0.2 互換）。

「しかし、〜。また、〜。しかし、〜」のように、文頭の読点の前の語句（接続詞であることが多い）
が直前の ``interval`` 文のどれかの文頭と同じなら、後の文の頭に報告する。文頭の語句は、文の
最初のテキストのうち最初の「、」か「,」より前（前後の空白は除く）。文がテキストで始まらない
（コード・リンク・強調などで始まる）か読点を含まないなら、語句なしの文として数える。文の
区切りは sentence-splitter 3.2.3 の splitAST と同じ（「。」「．」「？」「！」「?」「!」、空白か
行末の前の「.」。かっこ「」『』（）()【】《》と "…" の中では区切らない）。見出しと水平線で
数え直す。引用の中の段落は見ない。リンク・コード・強調などの直前で終わる文頭は報告しない。

Options: ``interval`` (2): 何文前までと比べるか。

    OK:  しかし、雨は止んだ。風は強い。帰り道は暗い。しかし、星は見えた。
    NG:  しかし、雨は止んだ。しかし、風は強い。
"""

from __future__ import annotations

import bisect
import re

from postlint.text import Abbreviations
from postlint.rules._textlint import JS_SPACE, skipped_spans, str_pieces
from postlint.spans import Spans

ID = "no-start-duplicated-conjunction"
NODES = ("Document",)
OPTIONS = {"interval": int}
DEFAULTS = {"interval": 2}
FIXABLE = False

TRIGGER = re.compile("[、,]")  # a sentence's first phrase ends at one of them: none, no phrase
_COMMA = re.compile("[、,]")
_SEPARATORS = frozenset(".．。?!？！")
_NEWLINES = frozenset("\r\n")
_SPACES = JS_SPACE - _NEWLINES
_PAIRS = {'"': '"', "「": "」", "（": "）", "(": ")", "『": "』", "【": "】", "《": "》"}
_JS_TRIM = "".join(JS_SPACE)
_IGNORED = ("Code", "Link", "Image", "BlockQuote", "Emphasis")  # (its "linkReference" matches no type)


def _children(para, ctx):
    """``(kind, start, end)`` of the paragraph's children as textlint's tree has them
    (a bare URL is a Link of its own)."""
    for child in para.children:
        if child.type == "Str":
            for start, end, is_url in str_pieces(child, ctx):
                yield ("Link" if is_url else "Str"), start, end
        else:
            yield child.type, child.start, child.end


def _child_at(children: list, starts: list[int], pos: int):
    """The last of ``children`` (in document order, ``starts`` their starts) that holds
    ``pos``, or None: found by bisection, as a paragraph may have thousands.

    >>> kids = [("Str", 0, 3), ("Code", 3, 8), ("Str", 8, 9)]
    >>> [_child_at(kids, [0, 3, 8], pos) for pos in (4, 8, 9)]
    [('Code', 3, 8), ('Str', 8, 9), None]
    """
    at = bisect.bisect_right(starts, pos) - 1
    while at >= 0:
        if pos < children[at][2]:
            return children[at]
        at -= 1
        if at >= 0 and children[at][2] <= starts[at + 1]:
            return None  # children before it end before it: none of them holds pos
    return None


def first_children(para, ctx):
    """The first child of each sentence sentence-splitter 3.2.3's ``splitAST`` makes of
    ``para``: ``(start, end)`` of its first text, or None when the sentence starts with
    another node.  Abbreviations (``Mr.``, ``U.S.A.``) do not end a sentence: they are
    marked the way postlint's port of sentence-splitter 5 marks them, which differs from
    3.2.3 only for a word right after a CJK character."""
    text = ctx.text
    abbr = Abbreviations(text, para.start, para.end)
    children = list(_children(para, ctx))
    starts = [start for _, start, _ in children]
    hi = para.end
    pair = None  # the open bracket: no separator ends a sentence inside it (no nesting)
    firsts = []
    opened = False
    pos = para.start

    def separator_at(i):
        if pair is not None or i >= hi or text[i] not in _SEPARATORS:
            return False
        if abbr.covers(i):
            return False
        return text[i] != "." or i + 1 >= hi or text[i + 1] in JS_SPACE

    while pos < hi:
        child = _child_at(children, starts, pos)
        if child is None:
            break  # a hole in textlint's tree: the splitter stops reading there
        kind, _start, child_end = child
        if kind != "Str":
            if kind != "Break" and not opened:
                opened = True
                firsts.append(None)
            pos = child_end
            continue
        ch = text[pos]
        if ch in _SPACES:
            while pos < hi and text[pos] in _SPACES:
                pos += 1
        elif separator_at(pos):
            while separator_at(pos):
                pos += 1
            opened = False
        elif ch in _NEWLINES:
            while pos < hi and text[pos] in _NEWLINES:
                pos += 1
        else:
            start = pos
            while pos < child_end and text[pos] not in _NEWLINES and not separator_at(pos):
                abbr.read_at(pos)
                ch = text[pos]
                if pair is None:
                    pair = ch if ch in _PAIRS else None
                elif ch == _PAIRS[pair]:
                    pair = None
                pos += 1
            if not opened:
                opened = True
                firsts.append((start, pos))
    return firsts


def _phrase(value: str) -> str:
    if _COMMA.search(value) is None:
        return ""
    return _COMMA.split(value, 1)[0].strip(_JS_TRIM)


def check(node, opts, ctx):
    interval = opts["interval"]
    text = ctx.text
    previous: list[str] = []
    for block in node.walk():
        if block.type in ("Header", "HorizontalRule"):
            previous = []
            continue
        if block.type != "Paragraph" or block.inside("BlockQuote", "Emphasis", "Link", "Image"):
            continue
        if not any(previous) and _COMMA.search(text, block.start, block.end) is None:
            continue  # no phrase before, none here: each sentence adds "" to nothing but ""
        ignored = None
        for first in first_children(block, ctx):
            phrase = _phrase(text[first[0]:first[1]]) if first is not None else ""
            if phrase and phrase in previous:
                if ignored is None:
                    ignored = Spans(skipped_spans(block, ctx, _IGNORED))
                if first[0] not in ignored and first[1] not in ignored:
                    at = _textlint_place(ctx, block, first[0])
                    yield ctx.report(at, at + 1, f"文頭の「{phrase}」が直前の{interval}文以内にもあります。"
                                     "同じ語句で文を始めるのを避け、言い換えるか削ってください。")
            previous = [phrase, *previous][:interval]


def _textlint_place(ctx, para, start: int) -> int:
    """Where textlint lands for a sentence starting at ``start``.  sentence-splitter 3.2.3
    computes columns from a copy of the text in which a paragraph below the first line
    starts its line: on such a paragraph's first line (in a list item: after ``- ``) it
    reports ``start - para.start`` columns from the line's start."""
    line_start = ctx.text.rfind("\n", 0, para.start) + 1
    if line_start == 0 or ctx.text.find("\n", para.start, start) >= 0:
        return start  # the file's first line, or a later line of the paragraph: as it is
    return line_start + (start - para.start)

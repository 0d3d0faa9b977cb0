"""Shared logic of the JTF bracket rules (jtf-4-3-1 ... jtf-4-3-8).

* :func:`unmatched_marks` — the pair check of textlint-rule-preset-jtf-style's
  ``pair-checker``: the opening and closing marks of one paragraph that have no
  partner (when both marks are the same character: the last one of an odd count);
* :func:`check_pair` — a rule's ``check`` built on it: every ``Str`` of a
  paragraph (links, strong, emphasis and deleted text included; inline code,
  HTML and image alt text not) outside block quotes;
* :func:`plain_text_pieces` — the text nodes that textlint's ``isPlainStrNode``
  accepts (direct children of a paragraph outside block quotes), cut the way
  textlint's parser cuts them (bare URLs are links of their own, backslash
  escapes stay inside the text);
* :func:`report_halfwidth` — a half-width bracket to replace by its full-width form.

>>> unmatched_marks([(0, "「a」」b「")], "「", "」")
[(3, '」'), (5, '「')]
>>> unmatched_marks([(0, '"a"'), (10, ' "b')], '"', '"')
[(11, '"')]
"""

from __future__ import annotations

import functools
import re

from postlint.rules._textlint import inside, text_spans

# JavaScript's ``.`` (no line terminator).
JS_DOT = "[^\n\r\u2028\u2029]"


def unmatched_marks(texts, left: str, right: str) -> list[tuple[int, str]]:
    """(offset, mark) of every mark without a partner in ``texts`` ((offset, text) pairs,
    read one after the other as one paragraph).

    Closing marks pair with the latest open one; a closing mark with nothing open
    stays unmatched, and so does everything opened after it (pair-checker keeps
    such a closing mark on its stack, where it blocks later pairs).
    """
    marks = re.compile("[" + re.escape(left + right) + "]")
    found = [(offset + m.start(), m.group()) for offset, text in texts for m in marks.finditer(text)]
    if left == right:
        return found[-1:] if len(found) % 2 else []
    stack: list[tuple[int, str]] = []
    for pos, mark in found:
        if mark == left:
            stack.append((pos, mark))
        elif stack and stack[-1][1] == left:
            stack.pop()
        else:  # nothing open, or an unmatched closing mark on top (it blocks: both stay)
            stack.append((pos, mark))
    return stack


def paragraph_texts(paragraph, text: str) -> list[tuple[int, str]]:
    """(offset, text) of the text nodes of ``paragraph`` that textlint visits as ``Str``."""
    return [(n.start, text[n.start:n.end]) for n in paragraph.walk() if n.type == "Str"]


def pair_message(name: str, left: str, right: str, mark: str) -> str:
    """What to do about an unmatched ``mark`` of the pair ``left``/``right`` (called ``name``)."""
    if left == right:
        return (f"{name}「{mark}」が対になっていません。段落内で閉じる「{mark}」を補うか、"
                f"不要な「{mark}」を削除してください。")
    if mark == left:
        return f"{name}「{left}」を閉じる「{right}」が段落内にありません。「{right}」を補うか、不要な「{left}」を削除してください。"
    return f"{name}「{right}」に対応する「{left}」が段落内にありません。「{left}」を補うか、不要な「{right}」を削除してください。"


@functools.lru_cache(maxsize=None)
def _marks_of(left: str, right: str) -> re.Pattern:
    return re.compile("[" + re.escape(left + right) + "]")


def check_pair(node, ctx, name: str, left: str, right: str):
    """Report the unmatched ``left``/``right`` marks of the paragraph ``node``."""
    text = ctx.text
    if not _marks_of(left, right).search(text, node.start, node.end):
        return
    if inside(node, text, "BlockQuote") or _holds_a_paragraph(node):
        return
    for pos, mark in unmatched_marks(paragraph_texts(node, text), left, right):
        yield ctx.report(pos, pos + 1, pair_message(name, left, right, mark))


def _holds_a_paragraph(node) -> bool:
    """Whether an MDX element in text (a Paragraph inside ``node``) holds some of its text.
    textlint's pair checker starts its list of text anew at every Paragraph it enters and
    stops adding at every one it leaves: it then checks the inner paragraph's text alone (at
    the inner one's exit, and again at the outer one's), and never the outer text around it."""
    return any(n.type == "Paragraph" for child in node.children for n in child.walk())


def plain_text_pieces(paragraph, ctx) -> list[tuple[int, int]]:
    """(start, end) of each text node textlint's ``isPlainStrNode`` accepts in ``paragraph``
    (see :func:`postlint.rules._textlint.text_spans`: bare URLs left out)."""
    if inside(paragraph, ctx.text, "BlockQuote"):
        return []
    return [span for child in paragraph.children if child.type == "Str" for span in text_spans(child, ctx)]


def report_halfwidth(ctx, pos: int, fullwidth: dict[str, str], message: str):
    """The problem for the half-width bracket at ``pos``, fixed by its full-width form."""
    return ctx.report(pos, pos + 1, message, fix=ctx.fix(pos, pos + 1, fullwidth[ctx.text[pos]]))

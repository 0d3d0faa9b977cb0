"""節の書き出しの文を短くする: 見出しの直後の段落の最初の文の長さを調べる（textlint-rule-first-sentence-length 1.0.1 互換）。

The first paragraph of the document and the first paragraph after each heading (the
first ``Paragraph`` node after it, also in a list; one in a block quote is passed over
but counts) open their section; the first sentence of such a paragraph is reported
when it is longer than ``max`` characters (UTF-16 units), at the paragraph's start.

What the original reads, kept so that it reports where textlint does: the paragraph's
text as textlint-util-to-string 2.1.1 gives it (inline code's and inline HTML's text
included, an image's alt text, nothing for a hard line break), split as
sentence-splitter 2.3.2 splits it (a sentence ends after a run of ``.。?!？！`` or at a
line break), and the first piece taken whatever it is: a paragraph that starts with a
space (a full-width indent) starts with a piece of white space, which is never too long.

Options: ``max`` (50; 0 means 50).

    OK:  ## 準備\\n\\n道具をそろえます。次に材料を量ります。
    NG:  ## 準備\\n\\n作業を始める前に、必要な道具と材料をすべて作業台の上に並べ、数と状態を一つずつ確かめてから、手順書を最後まで読み通しておきます。
"""

from postlint.rules._textlint_ja import _str_value
from postlint.source import utf16_len
from postlint.text import _code_value, image_alt

ID = "first-sentence-length"
NODES = ("Document",)
OPTIONS = {"max": int}
DEFAULTS = {"max": 50}
FIXABLE = False

_SEPARATORS = ".。?!？！"
_WHITE_SPACE = " 　"


def check(node, opts, ctx):
    limit = opts["max"] or DEFAULTS["max"]
    count = 0  # paragraphs since the last heading
    for block in node.walk():
        if block.type == "Header":
            count = 0
        elif block.type == "Paragraph":
            count += 1
            if count != 1 or block.inside("BlockQuote"):
                continue
            text = paragraph_text(block, ctx.text)
            first = first_piece(text)
            if first is None:
                continue
            start, end, is_sentence = first
            length = utf16_len(text[start:end])
            if is_sentence and length > limit:
                yield ctx.report(block.start, block.start + 1,
                                 f"節の最初の文が {length} 文字あります（上限 {limit} 文字）。"
                                 "書き出しの文は短くし、続きは次の文に分けてください。")


def paragraph_text(block, source_text: str) -> str:
    """A paragraph's text as textlint-util-to-string 2.1.1 makes it: each node's value (a Str's
    decoded text, inline code's, inline HTML as written) or an image's alt text, else its
    children's.

    >>> from postlint.markdown import parse
    >>> from postlint.source import Source
    >>> text = "**太字**と`code`と<b>タグ</b>と![図の説明](a.png)。"
    >>> paragraph_text(parse(Source.from_text(text)).children[0], text)
    '太字とcodeと<b>タグ</b>と図の説明。'
    """
    parts: list[str] = []
    for child in block.children:
        _add_value(child, source_text, parts)
    return "".join(parts)


def _add_value(node, source_text: str, parts: list[str]) -> None:
    kind = node.type
    if kind == "Str":
        value = _str_value(source_text, node.start, node.end)
    elif kind == "Code":
        value = _code_value(node, source_text)
    elif kind == "Html":
        value = source_text[node.start:node.end]
    elif kind == "Image":
        value = image_alt(node, source_text)
    else:
        value = ""
    if value:
        parts.append(value)
        return
    for child in node.children:
        _add_value(child, source_text, parts)


def first_piece(text: str) -> tuple[int, int, bool] | None:
    """(start, end, is a sentence) of the first piece sentence-splitter 2.3.2 cuts ``text``
    into (None for an empty text): a sentence runs to the end of its run of separators, or
    to a line break; a space or line break before any sentence is a piece of white space.

    >>> first_piece("一文目です。二文目"), first_piece("　字下げ"), first_piece("改行\\nの前"), first_piece("")
    ((0, 6, True), (0, 1, False), (0, 2, True), None)
    """
    after_separator = False
    in_sentence = False
    for i, ch in enumerate(text):
        if ch == "\n":
            return (0, i, True) if i else (0, 1, False)
        if ch in _SEPARATORS:
            after_separator = True
        elif after_separator:
            return 0, i, True
        elif not in_sentence and ch in _WHITE_SPACE:
            return 0, i + 1, False  # (i is 0: a character before it made a sentence)
        else:
            in_sentence = True
    return (0, len(text), True) if text else None

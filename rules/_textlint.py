r"""Small pieces of textlint's world that several ported rules need.

JavaScript strings count UTF-16 code units (:func:`utf16_len`) and its ``\s``
is a wider set than Python's ``str.isspace`` (:data:`JS_SPACE`).
:class:`DecodedSentenceSource` maps a sentence's text back to the file the way
textlint's ``StringSource`` does, decoded values included.  :func:`autolinks`
finds the bare URLs textlint's parser turns into links.

Node types as textlint names them, where postlint's tree differs:

textlint (mdast) gives reference-style links and images their own types,
``LinkReference`` and ``ImageReference``; postlint's parser calls every link
``Link`` and every image ``Image``.  Rules ported from textlint skip text
inside ``Link`` (an inline ``[text](url)`` or ``<url>``) but not inside a
``LinkReference`` (``[text][ref]``, ``[text][]``, ``[text]``), so they need
the distinction.  A reference link is recognised by its last character: an
inline link ends with ``)``, an autolink with ``>``, a reference with ``]``.

>>> from postlint.nodes import Node
>>> text = "[a][r] [b](u)"
>>> textlint_type(Node("Link", 0, 6), text), textlint_type(Node("Link", 7, 13), text)
('LinkReference', 'Link')
"""

from __future__ import annotations

import re

from postlint import jsregex
from postlint.rules._textlint_ja import SentenceSource, through_pieces
from postlint.source import utf16_len
from postlint.text import MDX_VALUE_TYPES, _code_value, image_alt, plain_text

_REFERENCE = {"Link": "LinkReference", "Image": "ImageReference"}
_RENAMED = frozenset((*_REFERENCE, "FootnoteDefinition"))  # the types textlint_type may name otherwise

JS_SPACE = frozenset(jsregex.JS_SPACE)  # JavaScript's \s


def textlint_type(node, text: str) -> str:
    """``node.type`` as textlint's tree names it: ``LinkReference``/``ImageReference`` for
    reference-style links, and ``footnoteDefinition`` (micromark's name, which textlint's
    parser passes on) for a footnote."""
    kind = node.type
    if kind in _REFERENCE and node.end > node.start and text[node.end - 1] == "]":
        return _REFERENCE[kind]
    if kind == "FootnoteDefinition":
        return "footnoteDefinition"
    return kind


def inside(node, text: str, *types: str) -> bool:
    """Whether an ancestor of ``node`` has one of ``types`` (textlint's names).
    (A plain loop: rules ask this of every text node.)"""
    node = node.parent
    while node is not None:
        kind = node.type
        if kind in _RENAMED:
            kind = textlint_type(node, text)
        if kind in types:
            return True
        node = node.parent
    return False


_BLOCKS = ("Paragraph", "Header", "TableCell")
_URL_MARK = re.compile("://|www\\.|WWW\\.|@").search  # a URL or an email address may start


def autolinks(node, ctx) -> list[tuple[int, int]]:
    """(start, end) of the bare URLs and email addresses in a ``Str`` node (GFM autolink
    literals).

    textlint's parser turns ``https://…``, ``www.…`` and ``name@example.com`` written as
    plain text into ``Link`` nodes; postlint's parser leaves them in the text.  Rules that
    skip text inside links use these spans.  The detection is the one
    :mod:`postlint.text` uses for sentence splitting.
    """
    if node.type != "Str" or not _URL_MARK(ctx.text, node.start, node.end):
        return []  # (most text: no URL can start in it)
    if node.inside("Link") or (node.parent is not None and node.parent.data.get("plain")):
        return []  # (a plain-text file's lines have no links: textlint's plain-text parser makes none)

    def compute():
        from postlint import text as text_module

        split = getattr(text_module, "_split_autolinks", None)
        segment = getattr(text_module, "_Segment", None)
        if split is None or segment is None:
            return []
        block = next((a for a in node.ancestors() if a.type in _BLOCKS), node)
        return [(s.start, s.end) for s in split([segment("Str", node.start, node.end)], ctx.text, block.start,
                                                  block if block is not node else None) if s.kind == "Link"]

    return ctx.memo(("autolinks", id(node)), compute)


def skipped_spans(node, ctx, types) -> list[tuple[int, int]]:
    """(start, end) of the nodes under ``node`` (not itself) whose textlint type is one of
    ``types``; with ``"Link"`` among them, the bare URLs and email addresses too, which are
    links in textlint's tree and run on through text written with no space after them
    (``詳細はhttps://example.com/を参照``: the link takes in ``を参照``).
    """
    spans = [(n.start, n.end) for n in node.walk() if n is not node and textlint_type(n, ctx.text) in types]
    if "Link" in types:
        spans += [span for n in node.walk() if n.type == "Str" for span in autolinks(n, ctx)]
    return spans


def str_pieces(node, ctx) -> list[tuple[int, int, bool]]:
    """``(start, end, is_url)``: the ``Str`` nodes textlint's parser makes of the ``Str``
    ``node``, in which a bare URL is the text of a ``Link`` of its own (rules that tokenize a
    Str tokenize each piece alone).

    >>> from postlint.rule import Context
    >>> from postlint.source import Source
    >>> from postlint.markdown import parse
    >>> src = Source.from_text("詳細は https://example.com を見る")
    >>> doc = parse(src)
    >>> [(src.text[a:b], url) for a, b, url in str_pieces(doc.find("Str")[0], Context(src, doc))]
    [('詳細は ', False), ('https://example.com', True), (' を見る', False)]
    """
    urls = autolinks(node, ctx)
    if not urls:
        return [(node.start, node.end, False)]
    pieces = []
    at = node.start
    for start, end in urls:
        if start > at:
            pieces.append((at, start, False))
        pieces.append((start, end, True))
        at = end
    if at < node.end:
        pieces.append((at, node.end, False))
    return pieces


def text_spans(node, ctx) -> list[tuple[int, int]]:
    """(start, end) of the text pieces of a ``Str`` (:func:`str_pieces`), bare URLs left out."""
    return [(start, end) for start, end, is_url in str_pieces(node, ctx) if not is_url]


def is_plain_str(node) -> bool:
    """textlint-rule-helper's ``isPlainStrNode``, as textlint's JTF preset uses it: a ``Str``
    right in a paragraph (not in a heading, table cell, link or emphasis), not in a block quote."""
    parent = node.parent
    return parent is not None and parent.type == "Paragraph" and not node.inside("BlockQuote")


def in_spans(pos: int, spans) -> bool:
    return any(start <= pos < end for start, end in spans)


class DecodedSentenceSource(SentenceSource):
    """StringSource of a sentence with the values textlint's parser gives nested text and
    image alt text: decoded (``&amp;`` -> ``&``, ``\\{`` -> ``{``).  Where decoding changed
    the text, StringSource cannot find the value in the raw source and maps it to the start
    of its container; textlint then reports there, and so do the rules using this."""

    def _node(self, node, parent) -> None:
        if (node.type == "Str" and parent is not None) or node.type == "Image":
            value = image_alt(node, self.src) if node.type == "Image" else plain_text(node, self.src).text
            if value:
                container = (self.raw, self.start) if parent is None else (self.src[parent.start:parent.end], parent.start)
                self._add(value, *container)
            return
        super()._node(node, parent)


_QUOTE_GAP = re.compile(r"[ \t]*>[ \t>]*\Z")  # what lies between two lines of a block quote's paragraph


def quote_line_gap(text: str, end: int, start: int) -> bool:
    """Whether ``text[end:start]`` is what postlint's parser leaves out between two lines of a
    block quote's paragraph (after a line that ends at ``end`` with its line break): there
    textlint's parser has one ``Str`` where postlint's has one per line.

    >>> quote_line_gap("> a\\n>  b", 4, 7), quote_line_gap("a\\nb", 2, 2)
    (True, False)
    """
    return 0 < end <= start and text[end - 1] == "\n" and _QUOTE_GAP.match(text, end, start) is not None


class ParagraphSource:
    """Where textlint's ``StringSource(paragraph)`` maps an index of the paragraph's plain
    text (``originalIndexFromIndex``), for the rules that report through it
    (ja-no-redundant-expression).

    A Str right under the paragraph is mapped from its own start, with as many units as
    its source has, though its value (escapes and character references decoded) is shorter:
    after ``\\:`` or ``&amp;`` in it textlint lands a unit early per character dropped.
    Other text (inline code, link and emphasis text, image alt) is placed where its value
    first occurs in the node, or its container (:class:`SentenceSource` does the same).
    Counted in UTF-16 units, as kuromoji's code-point index is taken: an emoji before moves
    the landing a unit left.

    >>> from postlint.markdown import parse
    >>> from postlint.source import Source
    >>> src = Source.from_text("注&amp;これを行う。")
    >>> para = parse(src).children[0]
    >>> plain_text(para, src.text).text.index("を"), ParagraphSource(para, src.text).to_utf16(4, src.utf16)
    (4, 4)
    """

    def __init__(self, node, source_text: str, code: bool = True):
        self.src = source_text
        self.code = code  # False: inline code gives nothing (a replacer's ``emptyValue()``)
        self._starts: list[int] = []  # each piece's start in the plain text, in UTF-16 units
        self._bases: list[int] = []  # the file offset each piece is mapped from
        self._length = 0  # units of plain text so far
        self._last_end = 0  # where the last piece's units end, as StringSource counts them
        self._parts: list[str] = []
        self._str_end: int | None = None  # where the last piece ended, if a Str of the paragraph
        for child in node.children:
            self._walk(child, node)
        self.text = "".join(self._parts)  # the plain text (``toString()``)

    def _value(self, node) -> str | None:
        if node.type == "Str":
            return plain_text(node, self.src).text
        if node.type == "Code":
            return _code_value(node, self.src) if self.code else None
        if node.type == "Image":
            return image_alt(node, self.src)
        if node.type in MDX_VALUE_TYPES:
            return node.data.get("value")
        return None

    def _walk(self, node, parent) -> None:
        value = self._value(node)
        if value:
            if parent.type == "Paragraph" and node.type == "Str":
                if self._str_end is not None and quote_line_gap(self.src, self._str_end, node.start):
                    # the next line of a quoted paragraph: one Str in textlint's tree, whose
                    # value lacks the "> " its source has
                    self._last_end = self._starts[-1] + utf16_len(self.src[self._bases[-1]:node.end])
                    self._length += utf16_len(value)
                    self._parts.append(value)
                    self._str_end = node.end
                    return
                base, units = node.start, utf16_len(self.src[node.start:node.end])
                self._str_end = node.end
            else:
                self._str_end = None
                holder = node if parent.type == "Paragraph" else parent
                pad = self.src.find(value, holder.start + 1, holder.end)
                base, units = (pad if pad >= 0 else holder.start), utf16_len(value)
            self._starts.append(self._length)
            self._bases.append(base)
            self._last_end = self._length + units
            self._length += utf16_len(value)
            self._parts.append(value)
        elif node.type != "Html":  # StringSource takes nothing from inline HTML here
            self._str_end = None
            for child in node.children:
                self._walk(child, node)

    def to_utf16(self, index: int, utf16) -> int | None:
        """The file's UTF-16 offset textlint reports for code point ``index`` of the plain text
        (``utf16``: the file's str offset -> UTF-16 offset), or None."""
        return through_pieces(utf16, self._starts, self._bases, self._last_end, index)


def quote_str_run(node, text: str) -> list | None:
    """The ``Str`` nodes textlint's parser makes one of, starting at ``Str`` ``node``; None
    when ``node`` continues the run of an earlier ``Str`` (it was handled there).

    In a block quote, textlint's ``Str`` runs over the line ends and the ``>`` markers of
    the next lines (its source, which rules match patterns on, holds them); postlint's tree
    has a ``Str`` per line there.  Elsewhere the run is ``[node]``.

    >>> from postlint.source import Source
    >>> from postlint.markdown import parse
    >>> text = "> 一行目\\n> 二行目"
    >>> first, second = parse(Source.from_text(text)).find("Str")
    >>> [text[n.start:n.end] for n in quote_str_run(first, text)], quote_str_run(second, text)
    (['一行目\\n', '二行目'], None)
    """
    if not node.inside("BlockQuote"):
        return [node]
    siblings = node.parent.children
    at = next(i for i, sibling in enumerate(siblings) if sibling is node)
    if at and _joined(siblings[at - 1], node, text):
        return None
    run = [node]
    for sibling in siblings[at + 1:]:
        if not _joined(run[-1], sibling, text):
            break
        run.append(sibling)
    return run


def _joined(before, after, text: str) -> bool:
    return (before.type == "Str" and after.type == "Str" and before.start < before.end < after.start
            and quote_line_gap(text, before.end, after.start))


def joined_str_pieces(node, ctx) -> list[tuple[int, int, bool]]:
    """(start, end, is_url) of the ``Str`` nodes of textlint's tree that start at ``node``:
    its pieces (a bare URL is a link), with the lines of a block quote's paragraph joined."""
    run = quote_str_run(node, ctx.text)
    if run is None:
        return []
    pieces: list[tuple[int, int, bool]] = []
    for part in run:
        for piece in str_pieces(part, ctx):
            if pieces and not pieces[-1][2] and not piece[2] and pieces[-1][1] < piece[0]:
                pieces[-1] = (pieces[-1][0], piece[1], False)  # over the "> " of the next line
            else:
                pieces.append(piece)
    return pieces


def _index_of(text: str, part: str, at: int) -> int:
    """JavaScript's ``text.indexOf(part, at)`` (``at`` clamped into the text)."""
    at = min(max(at, 0), len(text))
    return text.find(part, at)


def capture_groups(text: str, pattern) -> list[tuple[str, int]]:
    """``(text, index)`` of every capture group of every match of ``pattern`` in ``text``, in
    order, placed as the match-index package (``matchCaptureGroupAll``) places them: it does not
    ask the regex where a group is but searches the text for it, from the end of the previous
    group, taking the last place before the next group's first place.  A group may so land
    somewhere else than where it matched (``A((x)``: the first ``(`` is said to be the second);
    rules that report where match-index says must do the same.  Every group must take part in
    its match.

    >>> import re
    >>> capture_groups("xx AB(cd) EF(g)", re.compile(r"([A-Z]+)\\((.*?)\\)"))
    [('AB', 3), ('cd', 6), ('EF', 10), ('g', 13)]
    >>> capture_groups("A((x)", re.compile(r"([A-Z]+)(\\()(.*?)(\\))"))
    [('A', 0), ('(', 2), ('(x', 2), (')', 4)]
    """
    found = []
    for match in pattern.finditer(text):
        groups = match.groups()
        cursor = match.start()
        for i, group in enumerate(groups):
            index = cursor
            if i + 1 != len(groups) and group != groups[i + 1]:
                next_index = _index_of(text, groups[i + 1], cursor)
                while True:
                    current = _index_of(text, group, index)
                    if current == -1 or current > next_index or index > len(text):
                        break
                    index = current + 1
                index -= 1
            else:
                index = _index_of(text, group, cursor)
            cursor = index + len(group)
            found.append((group, index))
    return found


def report_node(ctx, start: int, end: int, message: str, fix=None):
    """A problem over ``[start, end)`` of a node that textlint reports as a whole (no index,
    no padding): textlint prints the Markdown parser's position of the node, where U+2028 and
    U+2029 end no line (:meth:`postlint.source.Source.parser_position`)."""
    problem = ctx.report(start, end, message, fix=fix)
    source = ctx.source
    if "\u2028" in source.text or "\u2029" in source.text:
        problem.textlint_loc = (*source.parser_position(start), *source.parser_position(end))
    return problem

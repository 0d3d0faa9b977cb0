"""Shared bits of the morphology-based textlint-ja ports.

* :func:`skipped_paragraph` — the ``isChildNode`` test most textlint-ja rules
  start with (Link, Image, BlockQuote, Emphasis ancestors);
* :func:`sentence_runs` — the sentences of a node with their children, the
  way sentence-splitter's ``splitAST`` builds them (with custom separators);
* :class:`SentenceSource` — the plain text of one such sentence and the map
  back to file offsets, as ``textlint-util-to-string``'s ``StringSource`` builds
  them when it is given a *sentence* (not a paragraph).  It is deliberately
  faithful to what that helper does there: each piece of text is placed at the
  first place its text occurs in the sentence (searching from the second
  character), which is where textlint reports, right or wrong;

>>> from postlint.source import Source
>>> from postlint.markdown import parse
>>> src = Source.from_text("前に`a.b`は何か。次の文。")
>>> para = parse(src).children[0]
>>> [src.text[s:e] for s, e, _ in sentence_runs(para, src.text)]
['前に`a.b`は何か。', '次の文。']
>>> s = SentenceSource(src.text, *sentence_runs(para, src.text)[0], code_mask="ー")
>>> s.text, s.to_source(s.text.index("は"))
('前にーーーは何か。', 7)
"""

from __future__ import annotations

import bisect
import functools
import itertools

from postlint import text as _text
from postlint.source import astral_offsets, utf16_len

DEFAULT_SEPARATORS = (".", "．", "。", "?", "!", "？", "！")
SKIP_ANCESTORS = ("Link", "Image", "BlockQuote", "Emphasis")


def skipped_paragraph(node) -> bool:
    """True when ``node`` lies inside a link, image, block quote or emphasis."""
    return node.inside(*SKIP_ANCESTORS)


def _separator_chars(separators) -> str:
    if separators is DEFAULT_SEPARATORS:
        return _DEFAULT_CHARS
    try:
        return _chars_of(tuple(separators))
    except TypeError:  # something unhashable among them (then not a character either)
        return _single_chars(separators)


@functools.lru_cache(maxsize=64)
def _chars_of(separators: tuple) -> str:
    """(Rules pass their option lists anew for every node.)"""
    return _single_chars(separators)


def _single_chars(separators) -> str:
    return "".join(c for c in separators if isinstance(c, str) and len(c) == 1)


_DEFAULT_CHARS = "".join(DEFAULT_SEPARATORS)


def sentence_runs(node, source_text: str, separators=DEFAULT_SEPARATORS, ctx=None):
    """``[(start, end, items)]``: the Sentence nodes splitAST makes of ``node``.

    ``items`` are the sentence's children: ``kind`` is ``Str``, ``WhiteSpace``,
    ``Punctuation``, ``Break`` (with ``start``/``end`` file offsets) or ``Node``
    (an inline node of the tree in ``.node``).  With ``ctx`` the result is
    shared by the rules that split the same node the same way.
    """
    chars = _separator_chars(separators)

    def scan():
        results = _text._ast_scan(node, source_text, chars).results
        return [payload for kind, payload in results if kind == "Sentence"]

    if ctx is None:
        return scan()
    return ctx.memo(("textlint-ja sentences", id(node), chars), scan)


def _str_value(source_text: str, start: int, end: int) -> str:
    """A Str node's value (character references decoded, continuation-line
    indentation dropped), as textlint's Markdown parser gives it."""
    builder = _text._PlainBuilder(source_text)
    builder.add_str(start, end)
    return builder.text()


class SentenceSource:
    """Plain text of one sentence (``StringSource(sentence)``) and its map back.

    ``code_mask``: replace inline code by this character repeated (the rules'
    ``maskValue`` replacer); ``None`` keeps the code's text; a function
    ``(value, nested) -> str | None`` says what comes instead of a code's value
    (``nested``: the code is inside some other inline node of the sentence; ``None``:
    keep the value).
    """

    def __init__(self, source_text: str, start: int, end: int, items, code_mask=None):
        self.src = source_text
        self.start = start
        self.end = end
        self.raw = source_text[start:end]
        self.mask = code_mask
        self._starts: list[int] = []  # generated start of each piece
        self._places: list[int] = []  # file offset the piece is mapped to
        self._parts: list[str] = []
        self._length = 0
        self._starts16: list[int] | None = None  # the pieces' starts in UTF-16 units
        self._end16 = 0  # the last piece's end in UTF-16 units (with _starts16)
        self._found: dict[str, int] = {}  # piece value -> where it first stands in raw (from 1)
        for item in items:
            if item.kind == "Node":
                self._node(item.node, None)
            elif item.kind != "Break":
                self._add(source_text[item.start:item.end], self.raw, start)
        self.text = "".join(self._parts)

    def _add(self, value: str, container_raw: str, container_start: int) -> None:
        if not value:
            return
        if container_raw is self.raw:  # most pieces: asked once per value, as a masked code
            pad = self._found.get(value)  # (not in the text) costs a search of all of it
            if pad is None:
                pad = self._found[value] = container_raw.find(value, 1)
        else:
            pad = container_raw.find(value, 1)
        self._starts.append(self._length)
        self._places.append(container_start + (pad if pad >= 0 else 0))
        self._parts.append(value)
        self._length += len(value)

    def _node(self, node, parent) -> None:
        kind = node.type
        value = None
        if kind == "Code":
            value = _text._code_value(node, self.src)
            if callable(self.mask):
                value = self.mask(value, parent is not None) or value
            elif self.mask is not None:
                value = self.mask * len(value)
        elif kind == "Image":
            value = _text.image_alt(node, self.src)
        elif kind in _text.MDX_VALUE_TYPES:
            value = node.data.get("value")
        elif kind == "Str":  # inside a link or emphasis: Markdown's decoded value
            value = _str_value(self.src, node.start, node.end)
        elif kind == "Html":  # StringSource takes nothing from inline HTML
            return
        if value:
            if parent is None:
                self._add(value, self.raw, self.start)
            else:
                self._add(value, self.src[parent.start:parent.end], parent.start)
            return
        for child in node.children:
            self._node(child, node)

    def to_source(self, index: int) -> int | None:
        """File offset of plain index ``index`` (``originalIndexFromIndex``)."""
        i = bisect.bisect_right(self._starts, index) - 1
        if i < 0 or (i == len(self._starts) - 1 and index > self._length):
            return None
        return index - self._starts[i] + self._places[i]

    def to_utf16_js(self, index: int, utf16) -> int | None:
        """The file's UTF-16 offset where textlint lands for kuromoji's position ``index``
        (code points into ``text``); ``utf16``: the file's str offset -> UTF-16 offset.

        textlint takes the index as a UTF-16 offset and maps it in UTF-16 units: each astral
        character (an emoji) before it in the text moves it a unit left, counted from where
        its piece is placed, which may lie before another emoji.

        >>> from postlint.source import Source
        >>> from postlint.markdown import parse
        >>> src = Source.from_text("😀 あ`abcd`の本")
        >>> s = SentenceSource(src.text, *sentence_runs(parse(src).children[0], src.text)[0], code_mask="ー")
        >>> s.text, src.utf16(s.to_source(7)), s.to_utf16_js(7, src.utf16)  # the code piece is placed at the start
        ('😀 あーーーーの本', 10, 3)
        """
        if self._starts16 is None:  # once per sentence: a long one may be asked thousands of times
            if utf16_len(self.text) == len(self.text):
                self._starts16 = self._starts
            else:
                self._starts16 = list(itertools.accumulate(map(utf16_len, self._parts[:-1]), initial=0))
            self._end16 = self._starts16[-1] + utf16_len(self._parts[-1]) if self._starts16 else 0
        return through_pieces(utf16, self._starts16, self._places, self._end16, index)


def through_pieces(utf16, starts: list[int], places: list[int], last_end: int, index: int) -> int | None:
    """``originalIndexFromIndex``: the file's UTF-16 offset for UTF-16 offset ``index`` of a
    plain text made of pieces, the i-th generated from ``starts[i]`` on and mapped from the
    file's str offset ``places[i]`` on (``utf16`` converts those), the last ending at
    ``last_end``; None past the end.  An offset on the boundary of two pieces belongs to the
    later one."""
    i = bisect.bisect_right(starts, index) - 1
    if i < 0 or (i == len(starts) - 1 and index > last_end):
        return None
    return utf16(places[i]) + index - starts[i]


# -- kuromoji's positions -------------------------------------------------------


def js_index(text: str, index: int) -> int:
    """Where textlint lands for a token at code point ``index`` of ``text``.

    kuromoji counts ``word_position`` in code points, textlint uses it as a
    UTF-16 offset: after an emoji (two UTF-16 units) every report lands one
    unit earlier.  Returns the ``str`` index of UTF-16 offset ``index``.

    >>> js_index("ab", 1), js_index("📝あい", 2)
    (1, 1)
    """
    astral = _astral_indices(text)
    if not astral or astral[0] >= index:  # no astral character before it (found once per text)
        return index
    # the last character whose first unit is at or before ``index`` (units before character i:
    # i + the astral characters before it), by bisection: a text may have thousands of reports
    low, high = 0, min(index, len(text))
    while low < high:
        mid = (low + high + 1) // 2
        if mid + bisect.bisect_left(astral, mid) <= index:
            low = mid
        else:
            high = mid - 1
    return low


_astral_indices = functools.lru_cache(maxsize=64)(astral_offsets)  # a text may have thousands of reports


def report_at_index(ctx, base: int, index: int, message: str, units: int = 1, end: int | None = None, fix=None):
    """A problem where a textlint rule reports ``{index}`` in a node at ``base``: it adds the
    index (kuromoji's, counted in code points) to ``base``'s UTF-16 offset, so each character
    beyond U+FFFF before it moves it a unit early, even into the middle of one (kept in
    ``utf16_shift``).  ``units`` long (one: ``[index, index + 1]``, half of an emoji at
    ``index``); with ``end``, not past it.

    >>> from postlint.rule import Context
    >>> from postlint.source import Source
    >>> p = report_at_index(Context(Source.from_text("😀😀です")), 0, 1, "m")
    >>> (p.start, p.end, p.utf16_shift)
    (0, 1, (1, 0))
    """
    start16 = ctx.source.utf16(base) + index
    end16 = start16 + units
    if end is not None:
        limit = ctx.source.utf16(end)
        start16, end16 = min(start16, limit), min(end16, limit)
    return ctx.report_utf16(start16, end16, message, fix=fix)


def str_token_pairs(node, ctx, trigger, when):
    """``(base, end, prev, tok)`` for each two neighbouring IPADIC tokens of the Str ``node``,
    as the textlint-ja rules that ``reduce`` over a Str's tokens see them: nothing inside a
    link, image, block quote or emphasis (``isChildNode``), each of textlint's Str texts
    (a bare URL is a link's) tokenized alone, ``[base, end)`` its place in the file.
    ``trigger``: a regex a Str's text must match to be looked at; ``when``: the test of
    MeCab's output passed to ``ctx.tokens``.
    """
    from postlint.rules._textlint import inside, text_spans

    if inside(node, ctx.text, *SKIP_ANCESTORS):
        return
    if trigger.search(ctx.text, node.start, node.end) is None:
        return
    for base, end in text_spans(node, ctx):
        tokens = ctx.tokens(ctx.text[base:end], "ipadic", when=when)
        for prev, tok in zip(tokens, tokens[1:]):
            yield base, end, prev, tok

"""GFM strikethrough as textlint's parser reads it; every ``Delete`` node is made here.

textlint's Markdown parser (micromark 2 with micromark-extension-gfm-strikethrough 0.6)
makes a ``Delete`` node of text between two runs of one or two tildes of the same
length, and a run may open or close by what stands beside it, as ``*`` does: a tilde
between two letters both opens and closes, so in ``10~20人と30~40人`` textlint's rules see
``10``, a Delete of ``20人と30``, and ``40人``.  pulldown-cmark's own strikethrough reads
tildes as ``_`` is read (never inside a word) and pairs some that micromark does not
(``した~~。**~~**``, taking the ``**`` inside as text), so postlint parses without it and
:func:`add_strikethrough` makes the Delete nodes after the parse.

Each inline container is paired on its own (a pair never spans a link's or emphasis'
edge), runs inside a bare URL are part of the URL, and three tildes or more are text.

>>> from postlint.markdown import parse
>>> from postlint.source import Source
>>> text = "範囲は10~20人と30~40人です。"
>>> para = parse(Source.from_text(text)).children[0]
>>> [(n.type, text[n.start:n.end]) for n in para.children]
[('Str', '範囲は10'), ('Delete', '~20人と30~'), ('Str', '40人です。')]
"""

from __future__ import annotations

from postlint.nodes import Node
from postlint.text import _JS_SPACE, _is_punct, _Segment, _split_autolinks, escaped

_BLOCKS = ("Paragraph", "Header", "TableCell")
_LINE_PREFIX = frozenset(" \t>")  # what stands before a line's content in a list or quote


def add_strikethrough(doc: Node, text: str) -> bool:
    """Wrap in ``Delete`` nodes the text between tilde runs that pair as micromark pairs
    them, in every inline container below ``doc`` (call only when ``text`` has a ``~``).
    Whether any pair was made."""
    parents = [node.parent for node in doc.walk()
               if node.type == "Str" and node.parent is not None and text.find("~", node.start, node.end) >= 0]
    paired = False
    for parent in dict.fromkeys(parents):  # (each once, in document order)
        paired = _pair_in(parent, text) or paired
    return paired


def _side(ch: str | None) -> int:
    """micromark's classifyCharacter: 1 white space (or nothing), 2 punctuation, 0 other."""
    if ch is None or ch in _JS_SPACE:  # (JavaScript's \s is micromark's unicodeWhitespace)
        return 1
    return 2 if _is_punct(ch) else 0


def _before(text: str, i: int) -> str | None:
    """The character before ``i`` as micromark sees it: none at a line's start (a list's
    indentation or a quote's ``>`` is no part of the paragraph's text)."""
    line = text.rfind("\n", 0, i) + 1
    if all(ch in _LINE_PREFIX for ch in text[line:i]):
        return None
    return text[i - 1]


def _runs(text: str, start: int, end: int):
    """``(start, end)`` of the tilde runs in ``text[start:end]`` that micromark reads as
    strikethrough sequences: one or two tildes, not escaped.

    >>> list(_runs("a~b ~~c ~~~d \\\\~e", 0, 15))
    [(1, 2), (4, 6)]
    """
    i = text.find("~", start, end)
    while i >= 0:
        j = i
        while j < end and text[j] == "~":
            j += 1
        # an escaped tilde is text; the rest may be a run
        first = i + 1 if escaped(text, i) else i
        if 0 < j - first <= 2:
            yield first, j
        i = text.find("~", j, end)


def _sequences(parent: Node, text: str) -> list:
    """The pieces of ``parent``'s children: ``[kind, start, end, node]`` with kind ``text``,
    ``node`` or ``run`` (a tilde run, with whether it may open and close)."""
    block = parent if parent.type in _BLOCKS else next((a for a in parent.ancestors() if a.type in _BLOCKS), parent)
    pieces: list = []
    _add_pieces(parent.children, text, block if block is not parent else None, block.start, pieces)
    return pieces


def _add_pieces(children: list[Node], text: str, block: Node | None, lo: int, pieces: list) -> None:
    for child in children:
        if child.type != "Str":
            pieces.append(["node", child.start, child.end, child])
            continue
        at = child.start
        for seg in _split_autolinks([_Segment("Str", child.start, child.end)], text, lo, block):
            if seg.kind != "Str":
                continue  # a bare URL: its tildes are the URL's
            for start, end in _runs(text, seg.start, seg.end):
                if start > at:
                    pieces.append(["text", at, start, None])
                pieces.append(_run(text, start, end))
                at = end
        if at < child.end:
            pieces.append(["text", at, child.end, None])


def _run(text: str, start: int, end: int) -> list:
    """The piece of the tilde run ``text[start:end]``, with whether it may open and close
    (micromark's rule: as ``*``'s, by white space and punctuation on each side)."""
    before = _side(_before(text, start))
    after = _side(text[end] if end < len(text) else None)
    can_open = not after or (after == 2 and before)
    can_close = not before or (before == 2 and after)
    return ["run", start, end, (can_open, can_close)]


def _pair(pieces: list) -> bool:
    """Mark the runs that pair ``open`` and ``close`` (micromark's resolveAll: each closer
    takes the nearest earlier opener of its length not yet used; runs between them are
    text); the others become text.  Whether any pair was found."""
    found = False
    for k, piece in enumerate(pieces):
        if piece[0] != "run" or not piece[3][1]:
            continue
        size = piece[2] - piece[1]
        for o in range(k - 1, -1, -1):
            other = pieces[o]
            if other[0] == "run" and other[3][0] and other[2] - other[1] == size:
                other[0], piece[0] = "open", "close"
                for inner in pieces[o + 1:k]:
                    if inner[0] == "run":
                        inner[0] = "used"  # paired inside already, or text
                found = True
                break
    for piece in pieces:
        if piece[0] in ("run", "used"):
            piece[0] = "text"
    return found


def _pair_in(parent: Node, text: str) -> bool:
    pieces = _sequences(parent, text)
    if not _pair(pieces):
        return False
    levels: list[list[Node]] = [[]]
    deletes: list[Node] = []
    for kind, start, end, node in pieces:
        if kind == "node":
            levels[-1].append(node)
        elif kind == "text":
            last = levels[-1][-1] if levels[-1] else None
            if last is not None and last.type == "Str" and last.end == start and last.data is _NEW:
                last.end = end
            else:
                levels[-1].append(Node("Str", start, end, data=_NEW))
        elif kind == "open":
            deletes.append(Node("Delete", start, end))
            levels.append([])
        else:
            delete = deletes.pop()
            delete.end = end
            _adopt(delete, levels.pop())
            levels[-1].append(delete)
    _adopt(parent, levels[0])
    return True


_NEW: dict = {}  # marks the Str nodes made here while they are built (then given their own data)


def _adopt(parent: Node, children: list[Node]) -> None:
    for child in children:
        child.parent = parent
        if child.data is _NEW:
            child.data = {}
    parent.children = children

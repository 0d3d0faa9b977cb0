"""The document tree: textlint's node types over offsets into the whole file.

Block types: Document, Yaml, Header, Paragraph, List, ListItem, BlockQuote,
CodeBlock, Html, Table, TableRow, TableCell, HorizontalRule, FootnoteDefinition.
Inline types: Str, Code, Link, Image, Emphasis, Strong, Delete, Break, Html,
FootnoteReference.

>>> doc = Node("Document", 0, 5, [Node("Paragraph", 0, 5, [Node("Str", 0, 5)])])
>>> [n.type for n in doc.walk()]
['Document', 'Paragraph', 'Str']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from operator import attrgetter

from postlint.record import Record

TYPE_CHECKING = False  # typing costs milliseconds to import, and is needed for annotations only
if TYPE_CHECKING:
    from typing import Any

_start_of = attrgetter("start")

# Nodes nested deeper than this are not linted: lists and block quotes (postlint.engine),
# and MDX's elements and directives (postlint.mdx).  textlint's rules read each list item's
# whole text, the items nested in it included (no-mix-dearu-desumasu, jtf-style's 1.1.3), so
# the work grows with the cube of the depth: 400 levels took 12 s, 800 levels 75 s, and a
# 9 MB list 3,000 levels deep took all the machine's memory.  No writer nests 200 deep.
MAX_NESTING = 200

BLOCK_TYPES = frozenset(
    "Document Yaml Header Paragraph List ListItem BlockQuote CodeBlock Html Table "
    "TableRow TableCell HorizontalRule FootnoteDefinition".split()
)


class Node(Record):
    """``[start, end)`` of the file; ``data``: what the node type carries (a code block's
    language, a link's url...).  Nodes are equal only to themselves."""

    __slots__ = _fields = ("type", "start", "end", "children", "data", "parent")
    _repr_fields = ("type", "start", "end", "children", "data")  # not the parent: a cycle

    def __init__(self, type: str, start: int, end: int, children: list[Node] | None = None,
                 data: dict[str, Any] | None = None, parent: Node | None = None) -> None:
        self.type = type
        self.start = start
        self.end = end
        self.children = [] if children is None else children
        self.data = {} if data is None else data
        self.parent = parent

    __eq__ = object.__eq__
    __hash__ = object.__hash__

    def walk(self) -> Iterator["Node"]:
        """This node and all below it, in document order."""
        stack = [self]
        pop, extend = stack.pop, stack.extend
        while stack:
            node = pop()
            yield node
            if node.children:  # most nodes are leaves
                extend(reversed(node.children))

    def release(self) -> None:
        """Cut the parent links of this node and all below it: without those cycles the tree
        is freed at once by reference counting, not later by the cyclic collector (which a
        lint pauses)."""
        for node in self.walk():
            node.parent = None

    def ancestors(self) -> Iterator["Node"]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def inside(self, *types: str) -> bool:
        """Whether any ancestor has one of ``types`` (a plain loop: rules ask this of every node)."""
        node = self.parent
        while node is not None:
            if node.type in types:
                return True
            node = node.parent
        return False

    def next_sibling(self) -> "Node | None":
        """The node after this one in its parent (None for the last, or with no parent), found
        by bisection on the siblings' starts: a document may have thousands of blocks.

        >>> doc = Node("Document", 0, 9, [Node("Paragraph", 0, 3), Node("Html", 3, 3), Node("List", 3, 9)])
        >>> for child in doc.children:
        ...     child.parent = doc
        >>> [(c.next_sibling() or c).type for c in doc.children]
        ['Html', 'List', 'List']
        """
        at = self._index_in_parent()
        if at is None:
            return None
        siblings = self.parent.children
        return siblings[at + 1] if at + 1 < len(siblings) else None

    def previous_sibling(self) -> "Node | None":
        """The node before this one in its parent (None for the first, or with no parent).

        >>> doc = Node("Document", 0, 9, [Node("Header", 0, 3), Node("Paragraph", 4, 9)])
        >>> for child in doc.children:
        ...     child.parent = doc
        >>> [(c.previous_sibling() or c).type for c in doc.children]
        ['Header', 'Header']
        """
        at = self._index_in_parent()
        return self.parent.children[at - 1] if at else None

    def _index_in_parent(self) -> int | None:
        """Where this node stands among its parent's children (None with no parent)."""
        parent = self.parent
        if parent is None:
            return None
        siblings = parent.children
        at = bisect.bisect_left(siblings, self.start, key=_start_of)
        while at < len(siblings) and siblings[at] is not self:  # siblings that start where it does
            at += 1
        return at

    def find(self, *types: str) -> list["Node"]:
        return [n for n in self.walk() if n.type in types]

    def raw(self, text: str) -> str:
        return text[self.start:self.end]

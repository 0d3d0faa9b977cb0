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

from collections.abc import Iterator
from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing costs milliseconds to import, and is needed for annotations only
if TYPE_CHECKING:
    from typing import Any

BLOCK_TYPES = frozenset(
    "Document Yaml Header Paragraph List ListItem BlockQuote CodeBlock Html Table "
    "TableRow TableCell HorizontalRule FootnoteDefinition".split()
)


@dataclass(eq=False, slots=True)
class Node:
    type: str
    start: int
    end: int
    children: list["Node"] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    parent: "Node | None" = field(default=None, repr=False)

    def walk(self) -> Iterator["Node"]:
        """This node and all below it, in document order."""
        stack = [self]
        pop, extend = stack.pop, stack.extend
        while stack:
            node = pop()
            yield node
            if node.children:  # most nodes are leaves
                extend(reversed(node.children))

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

    def find(self, *types: str) -> list["Node"]:
        return [n for n in self.walk() if n.type in types]

    def raw(self, text: str) -> str:
        return text[self.start:self.end]

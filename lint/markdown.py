"""Markdown (or plain text) -> a textlint-shaped node tree with exact offsets.

The only module that imports the Markdown parser (pyromark, i.e.
pulldown-cmark).  pyromark reports UTF-8 byte ranges; they are converted to
``str`` offsets into the whole file once, here.

Shapes follow textlint's markdown AST so that rules ported from textlint see
what they expect: soft line breaks stay inside one ``Str``; a tight list
item's text is wrapped in a ``Paragraph``; block nodes end before their
trailing newline; front matter becomes a ``Yaml`` node no style rule visits.

>>> from postlint.source import Source
>>> doc = parse(Source.from_text("---\\ntitle: x\\n---\\n# 題\\n\\n本文です。\\n"))
>>> [(n.type, n.start, n.end) for n in doc.children]
[('Yaml', 0, 16), ('Header', 17, 20), ('Paragraph', 22, 27)]
"""

from __future__ import annotations

import bisect
import re

import pyromark

from postlint.frontmatter import find_front_matter, parse_front_matter
from postlint.nodes import Node
from postlint.source import Source

_OPTIONS = (
    pyromark.Options.ENABLE_TABLES
    | pyromark.Options.ENABLE_STRIKETHROUGH
    | pyromark.Options.ENABLE_FOOTNOTES
    | pyromark.Options.ENABLE_TASKLISTS
)

_BLOCKS = {
    "Paragraph": "Paragraph",
    "Heading": "Header",
    "BlockQuote": "BlockQuote",
    "CodeBlock": "CodeBlock",
    "List": "List",
    "Item": "ListItem",
    "HtmlBlock": "Html",
    "Table": "Table",
    "TableHead": "TableRow",
    "TableRow": "TableRow",
    "TableCell": "TableCell",
    "FootnoteDefinition": "FootnoteDefinition",
    "Emphasis": "Emphasis",
    "Strong": "Strong",
    "Strikethrough": "Delete",
    "Link": "Link",
    "Image": "Image",
    "MetadataBlock": "Yaml",
    "DefinitionList": "List",
    "Superscript": "Emphasis",
    "Subscript": "Emphasis",
}
_INLINE_CONTAINERS = {"Emphasis", "Strong", "Delete", "Link", "Image"}
# Containers whose direct inline children textlint wraps in a Paragraph.
_WRAPS_INLINE = {"ListItem", "FootnoteDefinition"}


class _Offsets:
    """Converts UTF-8 byte offsets of ``data`` into str offsets of ``text``."""

    def __init__(self, text: str):
        self.data = text.encode("utf-8")
        self.ascii = len(self.data) == len(text)
        self.cache: dict[int, int] = {}

    def prepare(self, events) -> None:
        """Map the byte offsets of pyromark's ``events`` (nothing to map in ASCII text)."""
        if self.ascii:
            return
        wanted: set[int] = set()
        for _, rng in events:
            wanted.add(rng["start"])
            wanted.add(rng["end"])
        last_b = last_c = 0
        for b in sorted(wanted):
            last_c += len(self.data[last_b:b].decode("utf-8", "ignore"))
            last_b = b
            self.cache[b] = last_c


def parse(source: Source, *, plain: bool = False) -> Node:
    """Parse a whole file.  ``plain`` treats it as text: one Paragraph per block."""
    text = source.text
    doc = Node("Document", 0, len(text))
    body_start = 0
    span = find_front_matter(text)
    if span is not None:
        yaml_node = parse_front_matter(text, span)
        yaml_node.parent = doc
        doc.children.append(yaml_node)
        body_start = yaml_node.end
    if plain:
        _parse_plain(text, body_start, doc)
    else:
        _parse_markdown(text, body_start, doc)
    return doc


def _parse_plain(text: str, base: int, doc: Node) -> None:
    for match in re.finditer(r"[^\r\n]+(?:(?:\r\n|\r|\n)[^\r\n]+)*", text[base:]):
        start, end = base + match.start(), base + match.end()
        para = Node("Paragraph", start, end, parent=doc)
        para.children.append(Node("Str", start, end, parent=para))
        doc.children.append(para)


# A CR not followed by LF ends a line in CommonMark, but pulldown-cmark misses it in some
# places (it joins the lines of an indented code block); an LF in its place changes no offset.
_BARE_CR = re.compile(r"\r(?!\n)")
# A closing code fence may be followed by spaces or tabs (CommonMark; remark agrees), but
# pulldown-cmark does not close a fence followed by a tab: the rest of the file became code.
# Spaces in the tabs' places change no offset (and the code's value is read from the text).
_FENCE_THEN_TAB = re.compile("^([ \t>]*(?:`{3,}|~{3,}))([ \t]*\t[ \t]*)(?=\r?\n|\\Z)", re.MULTILINE)


def _spaces_for_tabs(match: re.Match) -> str:
    return match.group(1) + " " * len(match.group(2))


_ITEM_MARKER = re.compile(r" {0,3}(?:[-+*]|[0-9]{1,9}[.)])( *)")
_QUOTE_MARKER = re.compile(r" {0,3}>")
_ITEM_LEAD = frozenset(" \t\r\n>")  # what may stand before a list item's marker on its line


def _indent(line: str) -> int:
    """The width of a line's leading white space (a tab to the next multiple of 4)."""
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4 - width % 4
        else:
            break
    return width


def _item_column(body: str, start: int) -> int:
    """The column of a list item's content: after its marker and 1-4 spaces (one when more)."""
    line_start = body.rfind("\n", 0, start) + 1
    marker = _ITEM_MARKER.match(body, line_start)
    if marker is None:
        return 0
    spaces = len(marker.group(1))
    rest = body[marker.end():marker.end() + 1]
    return marker.start(1) - line_start + (spaces if 1 <= spaces <= 4 and rest not in ("\n", "") else 1)


def _lazy_lines(doc: Node, body: str, base: int) -> list[int]:
    """Where textlint's parser starts a new top-level paragraph and pulldown-cmark does not
    (offsets into ``body``, the text from ``base`` on that the tree ``doc`` was parsed from).

    CommonMark continues a paragraph of a block quote, list item or footnote on a following
    line without the ``>`` or the indentation (a lazy continuation line); textlint's
    parser (remark with its footnote extension) ends the container there, and the line
    starts a paragraph of its own.  Found for the containers at the top of the tree: the
    start of each such line (a blank line put before it gives remark's reading).

    >>> from postlint.source import Source
    >>> doc = parse(Source.from_text("> 引用です\\n続きの行\\n\\n- 項目\\n続き\\n"))
    >>> [(n.type, n.start, n.end) for n in doc.children]
    [('BlockQuote', 0, 6), ('Paragraph', 7, 11), ('List', 13, 17), ('Paragraph', 18, 20)]
    """
    found: list[int] = []
    for top in doc.children:
        if top.type == "List":
            containers = [item for item in top.children if item.type == "ListItem"]
        elif top.type in ("BlockQuote", "FootnoteDefinition"):
            containers = [top]
        else:
            continue
        for node in containers:
            start, end = node.start - base, node.end - base
            line = body.find("\n", start, end)
            if line < 0:
                continue  # one line: nothing can continue it
            kind = node.type
            column = 4 if kind == "FootnoteDefinition" else _item_column(body, start) if kind == "ListItem" else 0
            while 0 <= line < end - 1:
                line += 1
                stop = body.find("\n", line)
                content = body[line:len(body) if stop < 0 else stop]
                if content.strip() and (not _QUOTE_MARKER.match(content) if kind == "BlockQuote"
                                        else _indent(content) < column):
                    found.append(line)
                    break
                line = stop if stop < end else -1
    return sorted(set(found))


def _parse_markdown(text: str, base: int, doc: Node) -> None:
    body = text[base:]
    if "\r" in body:
        body = _BARE_CR.sub("\n", body)
    if "\t" in body:
        body = _FENCE_THEN_TAB.sub(_spaces_for_tabs, body)
    kept = len(doc.children)  # the front matter's node
    _build(body, [], text, base, doc)
    breaks = _lazy_lines(doc, body, base) if "\n" in body else []
    if breaks:  # again, with a blank line before each: remark's reading (see _lazy_lines)
        del doc.children[kept:]
        body = "".join(body[a:b] + "\n" for a, b in zip([0, *breaks], breaks)) + body[breaks[-1]:]
        _build(body, breaks, text, base, doc)


def _build(body: str, breaks: list[int], text: str, base: int, doc: Node) -> None:
    """The tree of pyromark's events for ``body``: ``text[base:]``, or that with a line break
    inserted at each offset of ``breaks``."""
    events = list(pyromark.events_with_range(body, options=_OPTIONS))
    offsets = _Offsets(body)
    offsets.prepare(events)
    to_str = int if offsets.ascii else offsets.cache.__getitem__  # int(b) is b: ASCII bytes are characters
    if breaks:
        to_body = to_str
        moved = [at + i for i, at in enumerate(breaks)]  # where the inserted line breaks are

        def to_str(b: int) -> int:  # past the i-th inserted line break, i + 1 characters back
            t = to_body(b)
            return t - bisect.bisect_left(moved, t)

    stack = [doc]
    skip_depth = 0  # > 0 inside CodeBlock / HtmlBlock / MetadataBlock bodies
    for event, rng in events:
        start, end = base + to_str(rng["start"]), base + to_str(rng["end"])
        if isinstance(event, dict) and "Start" in event:
            tag = event["Start"]
            name, info = (tag, None) if isinstance(tag, str) else next(iter(tag.items()))
            node_type = _BLOCKS.get(name)
            if node_type is None:
                continue
            if node_type in _INLINE_CONTAINERS:
                parent = _inline_parent(stack)
            else:
                _close_wrapper(stack)
                parent = stack[-1]
            if node_type not in _INLINE_CONTAINERS:
                while end > start and text[end - 1] in "\r\n":  # a block ends before its line breaks
                    end -= 1
            if node_type == "ListItem":  # at its marker, as in textlint (pulldown-cmark may start
                while start < end and text[start] in _ITEM_LEAD:  # at the line's indentation)
                    start += 1
            node = Node(node_type, start, end, parent=parent, data=_block_data(name, info))
            parent.children.append(node)
            stack.append(node)
            if name in ("CodeBlock", "HtmlBlock", "MetadataBlock"):
                skip_depth += 1
            continue
        if isinstance(event, dict) and "End" in event:
            tag = event["End"]
            name = tag if isinstance(tag, str) else next(iter(tag))
            if _BLOCKS.get(name) is None:
                continue
            _close_wrapper(stack)
            node = stack.pop()
            if name in ("CodeBlock", "HtmlBlock", "MetadataBlock"):
                skip_depth -= 1
                node.data["value"] = _code_value(text, node) if name == "CodeBlock" else text[node.start:node.end]
            continue
        if skip_depth:
            continue
        _add_inline(event, start, end, text, stack)
    while len(stack) > 1:
        _close_wrapper(stack)
        stack.pop()


def _block_data(name: str, info) -> dict:
    if name == "Heading":
        level = info["level"] if isinstance(info, dict) else "H1"
        return {"depth": int(str(level)[1:])}
    if name == "List":
        return {"ordered": info is not None}
    if name == "CodeBlock":
        lang = info.get("Fenced") if isinstance(info, dict) else None
        return {"lang": lang or None}
    if name in ("Link", "Image") and isinstance(info, dict):
        return {"url": info.get("dest_url", ""), "title": info.get("title", "")}
    return {}


def _code_value(text: str, node: Node) -> str:
    lines = text[node.start:node.end].splitlines()
    if lines and lines[0].lstrip().startswith(("```", "~~~")):
        lines = lines[1:]
        if lines and lines[-1].strip().startswith(("```", "~~~")):
            lines = lines[:-1]
    return "\n".join(lines)


def _inline_parent(stack: list[Node]) -> Node:
    """The node inline content goes into, wrapping it in a Paragraph where textlint does."""
    top = stack[-1]
    if top.type in _WRAPS_INLINE:
        para = Node("Paragraph", -1, -1, parent=top, data={"implicit": True})
        top.children.append(para)
        stack.append(para)
        return para
    return top


def _close_wrapper(stack: list[Node]) -> None:
    top = stack[-1]
    if top.type == "Paragraph" and top.data.get("implicit"):
        stack.pop()
        if top.children:
            top.start, top.end = top.children[0].start, top.children[-1].end
        else:
            top.parent.children.remove(top)


def _add_inline(event, start: int, end: int, text: str, stack: list[Node]) -> None:
    if isinstance(event, str):
        kind, value = event, None
    else:
        kind, value = next(iter(event.items()))
    if kind in ("TaskListMarker",):
        return
    parent = stack[-1]
    if parent.type in _WRAPS_INLINE:
        parent = _inline_parent(stack)
    elif parent.type not in ("Paragraph", "Header", "TableCell") and parent.type not in _INLINE_CONTAINERS:
        if kind in ("Text", "SoftBreak") and not text[start:end].strip():
            return
    if kind in ("Text", "SoftBreak"):
        last = parent.children[-1] if parent.children else None
        if last is not None and last.type == "Str" and not text[last.end:start].strip(" \t"):
            last.end = end
            return
        parent.children.append(Node("Str", start, end, parent=parent))
    elif kind == "Code":
        parent.children.append(Node("Code", start, end, parent=parent, data={"value": value}))
    elif kind == "HardBreak":
        parent.children.append(Node("Break", start, end, parent=parent))
    elif kind in ("InlineHtml", "Html"):
        parent.children.append(Node("Html", start, end, parent=parent, data={"value": value}))
    elif kind == "FootnoteReference":
        parent.children.append(Node("FootnoteReference", start, end, parent=parent))
    elif kind == "Rule":
        parent.children.append(Node("HorizontalRule", start, end, parent=parent))

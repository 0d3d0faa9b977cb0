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
import unicodedata

import pyromark

from postlint.frontmatter import find_front_matter, parse_front_matter
from postlint.nodes import Node
from postlint.source import Source
from postlint.text import (_ASCII_PUNCT, _URL_START, _Segment, _autolink_end, _may_have_url, _split_autolinks, escaped,
                           image_alt)

# No ENABLE_STRIKETHROUGH: pulldown-cmark pairs tildes where micromark does not (``した~~。**~~**``),
# and the emphasis inside such a pair is lost; :mod:`postlint.strikethrough` pairs them all.
_OPTIONS = (
    pyromark.Options.ENABLE_TABLES
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

    def prepare(self, events):
        """Map the byte offsets of pyromark's ``events`` (nothing to map in ASCII text), and
        return the function that converts them."""
        if self.ascii:
            return int  # int(b) is b: ASCII bytes are characters
        wanted: set[int] = set()
        for _, rng in events:
            wanted.add(rng["start"])
            wanted.add(rng["end"])
        last_b = last_c = 0
        for b in sorted(wanted):
            last_c += len(self.data[last_b:b].decode("utf-8", "ignore"))
            last_b = b
            self.cache[b] = last_c
        return self.cache.__getitem__


def parse(source: Source, *, plain: bool = False, syntax: str = "markdown") -> Node:
    """Parse a whole file.  ``syntax`` "text" (or ``plain``) treats it as text: one Paragraph
    per line, as textlint's plain-text parser does (its front matter is still read as front
    matter); "mdx" reads it as textlint-plugin-mdx does (:mod:`postlint.mdx`; raises
    :class:`postlint.mdx.MdxError` where MDX's parser stops)."""
    text = source.text
    doc = Node("Document", 0, len(text))
    body_start = 0
    span = find_front_matter(text)
    if span is not None and syntax == "mdx" and not (span.delimiter == "---" and span.content_start > span.start):
        span = None  # (textlint-plugin-mdx reads YAML front matter between --- lines only)
    if span is not None:
        yaml_node = parse_front_matter(text, span)
        yaml_node.parent = doc
        doc.children.append(yaml_node)
        body_start = yaml_node.end
    if plain or syntax == "text":
        _parse_plain(text, body_start, doc)
    elif syntax == "mdx":
        from postlint.mdx import parse_mdx

        parse_mdx(text, body_start, doc)
    else:
        _parse_markdown(text, body_start, doc)
    return doc


_PLAIN_LINE_BREAK = re.compile(r"\r?\n")


def _parse_plain(text: str, base: int, doc: Node) -> None:
    """textlint's tree of a plain-text file: each line with anything on it is a Paragraph
    holding one Str, and each line break (LF or CRLF; a lone CR is none) is a Break.

    >>> doc = Node("Document", 0, 12)
    >>> _parse_plain("一行目\\r\\n\\n  \\n末尾", 0, doc)
    >>> [(n.type, n.start, n.end) for n in doc.children]
    [('Paragraph', 0, 3), ('Break', 3, 5), ('Break', 5, 6), ('Paragraph', 6, 8), ('Break', 8, 9), ('Paragraph', 9, 11)]
    """
    line = base
    for match in _PLAIN_LINE_BREAK.finditer(text, base):
        _plain_line(doc, line, match.start())
        doc.children.append(Node("Break", match.start(), match.end(), parent=doc))
        line = match.end()
    _plain_line(doc, line, len(text))


def _plain_line(doc: Node, start: int, end: int) -> None:
    if end > start:
        # "plain": no Markdown in it, not even a bare URL's link (see text._segments)
        para = Node("Paragraph", start, end, parent=doc, data={"plain": True})
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


# A table's delimiter row may hold tabs (GFM; remark agrees), but pulldown-cmark takes a row
# with a tab between its cells for no delimiter row, and the table for a paragraph.  Spaces in
# the tabs' places (after the row's indentation and quote markers) change no offset.
_DELIMITER_ROW_WITH_TAB = re.compile(
    r"^([ \t>]*)(?=[^\n]*\t)(\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*)$", re.MULTILINE)


def _spaces_in_delimiter_row(match: re.Match) -> str:
    """The row of ``_DELIMITER_ROW_WITH_TAB`` with spaces for the tabs of its cells (one with a
    ``|``: a row of dashes alone is a thematic break or a heading's underline)."""
    cells = match.group(2)
    return match.group(0) if "|" not in cells else match.group(1) + cells.replace("\t", " ")


# Stand-ins of the same UTF-8 length for symbols: letters to CommonMark's emphasis rules.
_STAND_INS = {2: range(0x0180, 0x0250), 3: range(0xE000, 0xF900), 4: range(0xF0000, 0xFFFFE)}


def _beside_delimiter_runs(body: str):
    """The offsets of the characters right before and after each run of ``*`` or ``_``
    (``str.find`` from run to run: a regular expression scanning every character cost
    ten times more).

    >>> list(_beside_delimiter_runs("a**b*c d_e"))
    [0, 3, 3, 5, 7, 9]
    """
    end = len(body)
    for mark in "*_":
        i = body.find(mark)
        while i >= 0:
            j = i + 1
            while j < end and body[j] == mark:
                j += 1
            if i:
                yield i - 1
            if j < end:
                yield j
            i = body.find(mark, j)


# a bare URL with markup characters before the white space that ends it (a cheap test first)
_URL_INTO_MARKUP = re.compile(r"(?i)(?:https?://|www\.)[^\s<]*?[*_`\[\\]")


def _markup_in_bare_urls(doc: Node, text: str) -> None:
    """Emphasis, inline code and links that a bare URL runs into, made text again, as in
    textlint's tree: micromark reads the URL (GFM autolink literal) before it pairs emphasis
    or code spans, and the URL runs to the next white space, so ``**https://example.com**を参照``
    is ``**`` and one link, and ``https://example.com`a`です`` one link; pulldown-cmark, which
    has no such links, pairs the ``**`` and the backticks.
    """
    blocks = dict.fromkeys(n.parent if n.parent.type in _TEXT_BLOCKS else next(
        (a for a in n.ancestors() if a.type in _TEXT_BLOCKS), n.parent)
        for n in doc.walk() if n.type == "Str" and _URL_START.search(text, n.start, n.end))
    for block in blocks:  # each block on its own: a change there reshapes no other
        while _open_up_first(block, text):
            pass  # (text joined may hold a URL that runs further: rarely a second round)


_TEXT_BLOCKS = ("Paragraph", "Header", "TableCell")


def _open_up_first(block: Node, text: str) -> bool:
    """Open up (see :func:`_open_up`) the first bare URL in ``block`` that runs into markup."""
    for leaf in [n for n in block.walk() if n.type == "Str" and _URL_START.search(text, n.start, n.end)]:
        if leaf.inside("Link"):  # (no bare URLs inside a link)
            continue
        for match in _URL_START.finditer(text, leaf.start, leaf.end):
            line = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.start())
            end = _autolink_end(text, match.start(), len(text) if line_end < 0 else line_end, line)
            if end > leaf.end and _open_up(leaf, end, text):
                return True
    return False


def _open_up(leaf: Node, end: int, text: str) -> bool:
    """Make text of what a URL from ``leaf`` to ``end`` runs into: the emphasis around ``leaf``
    that closes before ``end``, and the emphasis, code, links, images and footnote calls after
    ``leaf`` that start before it."""
    done = False
    node = leaf
    while node.parent.type in ("Emphasis", "Strong") and node.parent.children[-1].end < end:
        outer = node.parent.parent
        _unwrap(node.parent, text)
        # (the text before it may have taken ``leaf`` in: go by its place)
        node = next(child for child in outer.children if child.start <= leaf.start < child.end)
        done = True
    parent = node.parent
    i = parent.children.index(node) + 1
    while i < len(parent.children) and parent.children[i].start < end:
        node = parent.children[i]
        if node.type in ("Code", "Link", "Image", "FootnoteReference") \
                or (node.type == "Break" and text[node.start] == "\\"):
            # (a backslash the URL takes in breaks no line: the line ending is text)
            parent.children[i] = Node("Str", node.start, node.end, parent=parent)
            done = True
        elif node.type in ("Emphasis", "Strong") and node.children:
            _unwrap(node, text)
            done = True
            continue  # (its first child is now at i)
        i += 1
    if done:
        _join_text(parent, text)
    return done


def _unwrap(node: Node, text: str) -> None:
    """Put ``node``'s children in its place, its delimiters as text."""
    parent = node.parent
    at = parent.children.index(node)
    inner = [Node("Str", node.start, node.children[0].start), *node.children,
             Node("Str", node.children[-1].end, node.end)]
    for child in inner:
        child.parent = parent
    parent.children[at:at + 1] = [c for c in inner if c.end > c.start or c.type != "Str"]
    node.parent = None
    _join_text(parent, text)


def _join_text(parent: Node, text: str) -> None:
    """``parent``'s text nodes that touch, or that only white space parts, made one (as the
    tree's text nodes are joined over a list item's indentation)."""
    merged: list[Node] = []
    for child in parent.children:
        last = merged[-1] if merged else None
        if last is not None and last.type == child.type == "Str" and not text[last.end:child.start].strip(" \t") \
                and not last.data and not child.data:
            last.end = child.end
            continue
        merged.append(child)
    parent.children = merged


def _symbols_as_letters(body: str) -> tuple[str, dict]:
    """``body`` with each symbol beside a run of ``*`` or ``_`` replaced by a letter, and the
    table (``str.translate``'s) that puts the symbols back.

    Whether ``**`` opens or closes emphasis depends on whether the characters beside it are
    punctuation.  pulldown-cmark counts symbols (↓, ★, 😀: Unicode's S categories) as
    punctuation, as CommonMark 0.31 does; textlint's parser (micromark 2) does not, so
    ``**重要😀**です`` is bold there, and text with ``**`` in it for pulldown-cmark.  Each
    such symbol becomes a letter that is not in the text and has its UTF-8 length, so no
    offset moves.

    >>> body, back = _symbols_as_letters("**重要★**です ★")
    >>> body[4] != "★" and body[-1] == "★" and body.translate(back) == "**重要★**です ★"
    True
    """
    at = [i for i in _beside_delimiter_runs(body) if body[i] > "\x7f" and unicodedata.category(body[i])[0] == "S"]
    if not at:
        return body, {}
    swap: dict[str, str] = {}
    used = set(body)
    for ch in dict.fromkeys(body[i] for i in at):
        letter = next((chr(c) for c in _STAND_INS[len(ch.encode("utf-8"))] if chr(c) not in used), None)
        if letter is not None:
            used.add(letter)
            swap[ch] = letter
    chars = list(body)
    for i in at:
        chars[i] = swap.get(chars[i], chars[i])
    return "".join(chars), {ord(letter): ch for ch, letter in swap.items()}


_ITEM_MARKER = re.compile(r" {0,3}(?:[-+*]|[0-9]{1,9}[.)])([ \t]*)")
_QUOTE_MARKER = re.compile(r" {0,3}>")
_ITEM_LEAD = frozenset(" \t\r\n>")  # what may stand before a list item's marker on its line


def _columns(line: str, start: int, stop: int, column: int) -> int:
    """The column reached after ``line[start:stop]`` from ``column`` (a tab to the next multiple of 4)."""
    for ch in line[start:stop]:
        column = column + 4 - column % 4 if ch == "\t" else column + 1
    return column


class _Container:
    """What a line must begin with to stay inside a block quote, list item or footnote: a
    ``>``, or white space up to its content's column."""

    __slots__ = ("quote", "column")

    def __init__(self, node: Node, body: str, base: int):
        start = node.start - base
        line_start = body.rfind("\n", 0, start) + 1
        at = _columns(body, line_start, start, 0)  # the marker's column
        self.quote = node.type == "BlockQuote"
        if node.type == "FootnoteDefinition":
            self.column = at + 4
        elif node.type == "ListItem":
            marker = _ITEM_MARKER.match(body, start)
            if marker is None:
                self.column = at + 2
            else:
                after = at + marker.start(1) - start  # the column after the marker
                spaces = _columns(body, marker.start(1), marker.end(), after) - after  # a tab to its stop
                rest = body[marker.end():marker.end() + 1]
                self.column = after + (spaces if 1 <= spaces <= 4 and rest not in ("\n", "") else 1)
        else:
            self.column = 0

    def enter(self, line: str, pos: int, column: int) -> tuple[int, int] | None:
        """Where ``line`` continues past this container's prefix (position, column), or None."""
        if self.quote:
            marker = _QUOTE_MARKER.match(line, pos)
            if marker is None:
                return None
            pos = marker.end()
            column = _columns(line, marker.start(), pos, column)
            if line[pos:pos + 1] in (" ", "\t"):
                column = _columns(line, pos, pos + 1, column)
                pos += 1
            return pos, column
        while column < self.column and pos < len(line) and line[pos] in " \t":
            column = _columns(line, pos, pos + 1, column)
            pos += 1
        return (pos, column) if column >= self.column else None


_CONTAINERS = frozenset(("BlockQuote", "ListItem", "FootnoteDefinition"))


def _lazy_lines(doc: Node, body: str, base: int) -> list[tuple[int, str]]:
    """Where textlint's parser ends a block quote, list item or footnote that pulldown-cmark
    continues: ``(offset, prefix)`` for each such line, ``offset`` into ``body`` (the text
    from ``base`` on that the tree ``doc`` was parsed from) and ``prefix`` the line to put
    before it to give textlint's reading.

    CommonMark continues a paragraph of a container on a following line without the
    container's ``>`` or indentation (a lazy continuation line); textlint's parser (remark
    with its footnote extension) ends the container there, and the line starts a paragraph
    in the container around it.  Only a paragraph's line can be one: the first such line of
    each paragraph inside a container is found, at any depth; ``prefix`` holds the ``>`` of
    the containers around it that the line stays in (empty at the top: a blank line).

    >>> from postlint.source import Source
    >>> doc = parse(Source.from_text("> 引用です\\n続きの行\\n\\n- 項目\\n続き\\n"))
    >>> [(n.type, n.start, n.end) for n in doc.children]
    [('BlockQuote', 0, 6), ('Paragraph', 7, 11), ('List', 13, 17), ('Paragraph', 18, 20)]
    >>> doc = parse(Source.from_text("> - 項目\\n> 続き\\n"))
    >>> [(n.type, n.start) for n in doc.children[0].children]
    [('List', 2), ('Paragraph', 9)]
    """
    found: list[tuple[int, str]] = []
    prefixes = _Prefixes(body, base)
    for paragraph, chain in _paragraphs_in_containers(doc, body, base, nested_only=True):
        lazy = _first_lazy_line(paragraph, prefixes(chain), body, base)
        if lazy is not None:
            found.append(lazy)
    return sorted(found)


def _paragraphs_in_containers(doc: Node, body: str, base: int, nested_only: bool = False):
    """Each paragraph of more than one line, with the block quotes, list items and footnotes
    around it (outermost first); with ``nested_only``, only those inside one."""
    # (an explicit stack, not a nested recursive function: that would be a reference cycle
    # holding the body until a full collection, which a lint postpones; see engine.lint)
    stack: list[tuple[Node, tuple]] = [(doc, ())]
    while stack:
        node, chain = stack.pop()
        for child in node.children:
            kind = child.type
            if kind == "Paragraph":
                if (chain or not nested_only) and body.find("\n", child.start - base, child.end - base) >= 0:
                    yield child, chain
            elif kind in _CONTAINERS:
                stack.append((child, (*chain, child)))
            elif kind == "List":
                stack.append((child, chain))


class _Prefixes:
    """The prefixes (:class:`_Container`) of a chain of containers, each made once."""

    def __init__(self, body: str, base: int):
        self.body, self.base, self.made = body, base, {}

    def __call__(self, chain: tuple) -> list[_Container]:
        made = self.made
        return [made.get(id(c)) or made.setdefault(id(c), _Container(c, self.body, self.base)) for c in chain]


# A table's delimiter row with a pipe between or around its cells, after up to three spaces
# (then no more): the cells' count is the number of dash runs.
_TABLE_DELIMITER_ROW = re.compile(r" {0,3}(?! )\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
# a line that may be a delimiter row of some table (with container prefixes before it; never
# the first line, as a head comes before it): its line break before it
_DELIMITER_LIKE = re.compile(r"\n[ \t>]*(?:\|[ \t]*:?-|:-|-+:|-+[ \t]*\|)")
_DASHES = re.compile(r"-+")


def _header_cells(line: str) -> int:
    """The cells micromark counts in a table's header row (a pipe at either end opens or
    closes no cell; ``\\|`` is no pipe).

    >>> _header_cells("a | b"), _header_cells("| a | b |"), _header_cells("a \\\\| b |"), _header_cells("|")
    (2, 2, 1, 0)
    """
    count, pending, pos, end = 0, False, 0, len(line)
    if line.startswith("|"):
        pending, pos = True, 1
    else:
        count = 1
    while pos < end:
        ch = line[pos]
        if ch in " \t":
            pos += 1
            continue
        if pending:
            pending = False
            count += 1
        if ch == "|":
            pending = True
            pos += 1
            continue
        while pos < end and line[pos] not in " \t|":  # a cell's content
            pos += 2 if line[pos] == "\\" and line[pos + 1:pos + 2] in ("\\", "|") else 1
    return count


def _table_starts(doc: Node, body: str, base: int) -> list[tuple[int, str]]:
    """Where textlint's parser starts a table in a paragraph that pulldown-cmark continues:
    ``(offset, prefix)`` of each header row, as ``_lazy_lines`` gives its lines.

    micromark lets any table interrupt a paragraph; pulldown-cmark only one whose header
    row starts with a pipe.  A line of a paragraph (not its first) followed by a delimiter
    row with a pipe, in the same paragraph and the same containers, with as many header
    cells as delimiter cells, is one.  (Whether pulldown-cmark reads a table there once a
    line is put before it is checked after parsing again.)

    >>> doc = parse(Source.from_text("段落です。\\nx | y\\n--|--\\nc | d\\n"))
    >>> [(n.type, n.start, n.end) for n in doc.children]
    [('Paragraph', 0, 5), ('Table', 6, 23)]
    """
    rows = [m.start() + 1 for m in _DELIMITER_LIKE.finditer(body)]  # where such lines start
    if not rows:
        return []
    found = []
    prefixes_of = _Prefixes(body, base)
    for paragraph, chain in _paragraphs_in_containers(doc, body, base):
        start, end = paragraph.start - base, paragraph.end - base
        k = bisect.bisect_right(rows, start)
        if k == len(rows) or rows[k] >= end:
            continue  # no line of it may be a delimiter row
        prefixes = prefixes_of(chain)
        line = body.find("\n", start, end)
        while line >= 0:
            line += 1
            stop = body.find("\n", line)
            if stop < 0 or stop >= end:
                break  # the paragraph's last line: no delimiter row after it
            after = body.find("\n", stop + 1)
            header = body[line:stop].removesuffix("\r")
            delimiter = body[stop + 1:len(body) if after < 0 else after].removesuffix("\r")
            pos, _, whole = _enter_all(prefixes, header)
            at, _, under = _enter_all(prefixes, delimiter)
            if whole and under and ("|" in delimiter[at:] and _TABLE_DELIMITER_ROW.fullmatch(delimiter, at)
                                    and _header_cells(header[pos:].strip(" \t")) == len(_DASHES.findall(delimiter, at))
                                    or _is_one_column_head(header[pos:].encode(), delimiter[at:].encode())):
                # (every one: the first may be taken back, see _build_with_lazy_lines; once a
                # table starts, the lines after it are its rows, in no paragraph)
                found.append((line, header[:pos].rstrip(" \t")))
            line = body.find("\n", line, end)
    return found


def _first_lazy_line(paragraph: Node, chain: list[_Container], body: str, base: int) -> tuple[int, str] | None:
    """The first line of ``paragraph`` (after its first) that lacks the marker or indentation
    of a container around it (``chain``, outermost first) and is not blank: (its offset, the
    prefix it keeps of the containers it stays in).  textlint's parser takes such a line into
    the paragraph after a line indented four columns or more past the containers' prefixes
    (``- b`` / ``      x`` / ``c``: one paragraph), and ends the container at the next."""
    start, end = paragraph.start - base, paragraph.end - base
    line = body.find("\n", start, end)
    deep = False  # the line before was indented four columns or more inside the containers
    while line >= 0:
        line += 1
        stop = body.find("\n", line)
        text = body[line:len(body) if stop < 0 else stop]
        pos, column, whole = _enter_all(chain, text)
        if not whole and text[pos:].strip():
            if not deep:
                return line, text[:pos].rstrip(" \t")
            deep = False  # textlint's parser takes it in after such a line: one line only
        else:
            deep = whole and _indent_columns(text, pos, column) >= 4
        line = body.find("\n", line, end)
    return None


def _indent_columns(text: str, pos: int, column: int) -> int:
    """The columns of blanks in ``text`` from ``pos`` (at ``column``), tabs to the next stop of 4.

    >>> _indent_columns("- b", 0, 0), _indent_columns("      x", 2, 2), _indent_columns("\\tx", 0, 0)
    (0, 4, 4)
    """
    at = column
    while pos < len(text) and text[pos] in " \t":
        at = at + 4 - at % 4 if text[pos] == "\t" else at + 1
        pos += 1
    return at - column


# Each lazy line costs a parse of the file (one can change where the next container ends):
# at most this many, and fewer for a long file (this many characters parsed again in all,
# but 4 at least).  Lazy lines past them keep CommonMark's reading.
_LAZY_ROUNDS = 64
_LAZY_CHARACTERS = 1_000_000



def _micromark_comment_end(body: str, at: int) -> int | None:
    """Where the HTML comment opened by the ``<!--`` at ``at`` ends, read inline as
    micromark 2 (textlint's parser) reads it, or None when it reads no comment there:
    the comment ends at its first ``--``, which must be followed by ``>``, and may not
    start with ``>`` or ``->`` (CommonMark 0.30; pulldown-cmark follows 0.31, which lets
    a comment hold ``--``).

    >>> [_micromark_comment_end(t, 0) for t in ("<!-- a -->", "<!----->", "<!-- a -- b -->", "<!-->", "<!-- a --->")]
    [10, 8, None, None, None]
    """
    end = len(body)
    i = at + 4
    if i < end and body[i] == "-":  # one dash more may open it
        i += 1
    if i >= end or body[i] == ">":
        return None
    i = body.find("--", i)
    if i < 0 or i + 2 >= end or body[i + 2] != ">":
        return None
    return i + 3


_COMMENT_STAND_INS = "%;" + "".join(map(chr, range(1, 9)))  # no markup in pulldown-cmark's inline text


# A task list item's box with nothing after it on its line (a candidate: the parse says).
_LONE_BOX = re.compile(r"\[[ xX]\][ \t]*\r?$", re.M)


def _lone_task_boxes_as_text(body: str) -> tuple[str, dict]:
    """``body`` with the ``[`` of each task list box that has nothing after it on its line
    replaced by a character pulldown-cmark reads as text, and the table that puts ``[`` back.

    micromark (textlint's parser) takes a box for a task's only when text follows it on its
    line; alone, it is the start of the item's paragraph (``[ ]``, and the lines after it
    are that paragraph's too).  pulldown-cmark takes it for a box, and then reads the item
    as one with no text of its own: a blank line after it ends the list, and a line after
    it is text of its own.  With the stand-in, pulldown-cmark reads the item as micromark
    does.

    >>> body, back = _lone_task_boxes_as_text("- [x]\\n\\n  続き\\n- [ ] 買う\\n")
    >>> body.count("["), body.translate(back).count("[")
    (1, 2)
    """
    stand_in = next((c for c in _COMMENT_STAND_INS if c not in body), None)
    if stand_in is None:
        return body, {}  # (_add_inline still reads a lone box's own text as micromark does)
    offsets = _Offsets(body)
    events = [(event, rng) for event, rng in pyromark.events_with_range(body, options=_OPTIONS)
              if isinstance(event, dict) and "TaskListMarker" in event]
    to_str = offsets.prepare(events)
    found = [at for at in (to_str(rng["start"]) for _, rng in events)
             if not _TEXT_AFTER_BOX.match(body, at + 3)]
    if not found:
        return body, {}
    chars = list(body)
    for at in found:
        chars[at] = stand_in
    return "".join(chars), {ord(stand_in): "["}


def _comments_as_text(body: str) -> tuple[str, dict]:
    """``body`` with the ``<`` of each inline HTML comment that micromark reads as text
    (``文 <!-- メモ -- 後で --> です``) replaced by a character pulldown-cmark reads as
    text, and the table (``str.translate``'s) that puts ``<`` back.  Which comments are
    inline is pulldown-cmark's to say: the body is parsed for it, only when some
    ``<!--`` in it is no comment to micromark.

    >>> body, back = _comments_as_text("文 <!-- メモ -- 後で --> です。\\n\\n<!-- a -- b -->\\n")
    >>> body.count("<!--"), body.translate(back).count("<!--")
    (1, 2)
    """
    if not any(_micromark_comment_end(body, m.start()) is None for m in _COMMENT_OPEN.finditer(body)):
        return body, {}
    stand_in = next((c for c in _COMMENT_STAND_INS if c not in body), None)
    if stand_in is None:
        return body, {}
    for _ in range(4):  # a comment taken out may show another in its text
        offsets = _Offsets(body)
        events = [(event, rng) for event, rng in pyromark.events_with_range(body, options=_OPTIONS)
                  if isinstance(event, dict) and str(event.get("InlineHtml", "")).startswith("<!--")]
        to_str = offsets.prepare(events)
        found = [to_str(rng["start"]) for _, rng in events]
        found = [at for at in found if _micromark_comment_end(body, at) is None]
        if not found:
            break
        chars = list(body)
        for at in found:
            chars[at] = stand_in
        body = "".join(chars)
    return body, {ord(stand_in): "<"}


_COMMENT_OPEN = re.compile("<!--")


_BLANKS = " \t\v\f"  # pulldown-cmark's white space at the edges of text; micromark's is " \t" only


def _vertical_tabs_in_text(doc: Node, text: str) -> None:
    r"""Give a line tabulation or form feed (U+000B, U+000C, which Word's line breaks leave in
    pasted text) at the start or end of a paragraph's, heading's or table cell's text back to
    that text: pulldown-cmark trims them with the spaces there, micromark keeps them.

    >>> from postlint.source import Source
    >>> t = "本文です。\v\n\n# \v見出し\n\n| \v | b |\n|---|---|\n"
    >>> [(n.type, t[n.start:n.end]) for n in parse(Source.from_text(t)).walk() if n.type == "Str"][:3]
    [('Str', '本文です。\x0b'), ('Str', '\x0b見出し'), ('Str', '\x0b')]
    """
    for node in doc.walk():
        if node.type not in ("Paragraph", "Header", "TableCell"):
            continue
        lo, hi = node.start, node.end
        if node.type == "TableCell":
            lo += text[lo] == "|"
            hi -= hi > lo and text[hi - 1] == "|"
        first = node.children[0].start if node.children else hi
        last = node.children[-1].end if node.children else lo
        start = first
        while start > lo and text[start - 1] in _BLANKS:
            start -= 1
        while start < first and text[start] in " \t":
            start += 1
        end = max(last, start)
        while end < hi and text[end] in _BLANKS:
            end += 1
        while end > max(last, start) and text[end - 1] in " \t":
            end -= 1
        if not node.children:
            if start < end:
                node.children.append(Node("Str", start, end, parent=node))
            continue
        if start < first:
            head = node.children[0]
            if head.type == "Str":
                head.start = start
            else:
                node.children.insert(0, Node("Str", start, first, parent=node))
        if end > last:
            tail = node.children[-1]
            if tail.type == "Str":
                tail.end = end
            else:
                node.children.append(Node("Str", last, end, parent=node))

def _parse_markdown(text: str, base: int, doc: Node, micromark2: bool = True, blank_before=()) -> None:
    """The tree of ``text[base:]``, added to ``doc``.  ``micromark2``: read lazy lines and
    tables as the micromark 2 of textlint's Markdown parser does (textlint-plugin-mdx's
    micromark 4 reads them as CommonMark and pulldown-cmark do); else ``blank_before``: the
    offsets (into ``text[base:]``) of lines to read a blank line before."""
    body = text[base:]
    if "\r" in body:
        body = _BARE_CR.sub("\n", body)
    if "\t" in body:
        body = _FENCE_THEN_TAB.sub(_spaces_for_tabs, body)
        if "|" in body:
            body = _DELIMITER_ROW_WITH_TAB.sub(_spaces_in_delimiter_row, body)
    restore: dict = {}
    if "<!--" in body:
        body, restore = _comments_as_text(body)
    if "*" in body or "_" in body:
        body, symbols = _symbols_as_letters(body)
        restore = {**restore, **symbols}
    if "]" in body and _LONE_BOX.search(body):
        body, boxes = _lone_task_boxes_as_text(body)
        restore = {**restore, **boxes}
    if micromark2:
        _build_with_lazy_lines(body, text, base, doc, restore)
    else:
        _build(body, [(offset, "") for offset in blank_before], text, base, doc, restore)
    if _URL_INTO_MARKUP.search(body):
        _markup_in_bare_urls(doc, text)
    if "\v" in body or "\f" in body:
        _vertical_tabs_in_text(doc, text)
    if "~" in body:
        from postlint.strikethrough import add_strikethrough

        if add_strikethrough(doc, text):  # a line may now end before a Delete: see again
            for node in doc.walk():
                if node.type == "Paragraph":
                    _breaks_over_prefixes(node, text)
    for paragraph in doc.data.pop("boxes", ()):
        _start_as_after_a_box(paragraph, text)
    if micromark2 and "^[" in body:  # (textlint-plugin-mdx's parser has no inline notes)
        _inline_footnotes(doc, text)


def _inline_footnotes(doc: Node, text: str) -> None:
    """Each inline footnote ``^[補足]`` made a ``footnote`` node, as textlint's parser makes
    it (Zenn and Pandoc write notes so): from ``^[`` in a text node to the first ``]`` of
    that or a later text node beside it, the markup between inside it.

    >>> from postlint.source import Source
    >>> t = "本文 ^[注の `a` 文] です。"
    >>> note = parse(Source.from_text(t)).children[0].children[1]
    >>> note.type, [(n.type, t[n.start:n.end]) for n in note.children]
    ('footnote', [('Str', '注の '), ('Code', '`a`'), ('Str', ' 文')])
    """
    for parent in [n for n in doc.walk() if n.children]:
        kids = parent.children
        if any(k.type == "Str" and _note_start(text, k.start, k.end) >= 0 for k in kids):
            parent.children = _with_footnotes(parent, kids, text)


def _note_start(text: str, start: int, end: int) -> int:
    """Where the first ``^[`` that is not escaped is in ``text[start:end]``, else -1."""
    at = text.find("^[", start, end)
    while at > 0 and escaped(text, at):
        at = text.find("^[", at + 2, end)
    return at


def _with_footnotes(parent: Node, kids: list, text: str) -> list:
    """``kids`` with their inline footnotes made ``footnote`` nodes (see _inline_footnotes)."""
    out: list[Node] = []
    i = 0
    at = kids[0].start if kids else 0  # where the kid being read still has to go out from
    search = at  # where to look for the next "^["
    while i < len(kids):
        kid = kids[i]
        opening = _note_start(text, max(search, kid.start), kid.end) if kid.type == "Str" else -1
        if opening >= 0 and _in_bare_url(text, max(at, kid.start), opening, parent.end):
            search = opening + 2  # (a URL's "^[": text)
            continue
        closing, j = (-1, i) if opening < 0 else _note_end(text, kids, i, opening)
        if opening >= 0 and closing < 0:  # never closed: text (a note may start inside it)
            search = opening + 2
            continue
        if closing < 0:  # no note in the rest of this kid (its tail keeps what the parser noted)
            out.append(kid if at <= kid.start else Node("Str", at, kid.end, data=kid.data, parent=parent))
            i += 1
            at = search = kids[i].start if i < len(kids) else 0
            continue
        if opening > max(at, kid.start):
            out.append(Node("Str", max(at, kid.start), opening, parent=parent))
        note = Node("footnote", opening, closing + 1, parent=parent)
        inner = [Node("Str", opening + 2, min(kid.end, closing), parent=note)] if j > i else []
        inner += kids[i + 1:j]
        last_start = kids[j].start if j > i else opening + 2
        if closing > last_start:
            inner.append(Node("Str", last_start, closing, parent=note))
        note.children = [n for n in inner if n.end > n.start]
        for n in note.children:
            n.parent = note
        if any(n.type == "Str" and _note_start(text, n.start, n.end) >= 0 for n in note.children):
            note.children = _with_footnotes(note, note.children, text)  # a note in the note
        out.append(note)
        i, at = j, closing + 1
        search = at
        if at >= kids[j].end:
            i += 1
            at = search = kids[i].start if i < len(kids) else 0
    return out


def _in_bare_url(text: str, start: int, at: int, end: int) -> bool:
    """Whether the ``^[`` at ``at`` is inside a bare URL that starts in ``text[start:at]``
    (textlint's parser reads ``http://example.com^[注]`` as one link)."""
    if not _may_have_url(text, start, at):
        return False
    for match in _URL_START.finditer(text, start, at):
        if _autolink_end(text, match.start(), end, 0) > at:
            return True
    return False


def _note_end(text: str, kids: list, i: int, opening: int) -> tuple[int, int]:
    """(where the ``]`` closing the inline note at ``opening`` in ``kids[i]`` is, the index of
    the kid it is in), or (-1, i): the first ``]`` in this or a later text node beside it
    that no note inside the note closes and no bare URL holds (``[`` alone opens nothing
    there: ``^[注の[a]``)."""
    depth = 0
    j, pos = i, opening + 2
    while j < len(kids):
        kid = kids[j]
        if kid.type == "Str":
            k = max(pos, kid.start)
            while k < kid.end:
                ch = text[k]
                if ch == "\\":
                    k += 2
                    continue
                if ch == "^" and text.startswith("[", k + 1):
                    depth += 1
                    k += 2
                    continue
                if ch in "hHwW" and _URL_START.match(text, k):  # a bare URL's brackets are its own
                    url_end = _autolink_end(text, k, kid.end, 0)
                    if url_end > k:
                        k = url_end
                        continue
                if ch == "]":
                    if depth == 0:
                        return k, j
                    depth -= 1
                k += 1
        j += 1
    return -1, i


def _build_with_lazy_lines(body: str, text: str, base: int, doc: Node, restore: dict) -> None:
    """The tree of ``body``, parsed again with a line put in before each lazy continuation
    line that textlint's parser reads differently (see ``_lazy_lines``), and before each
    table that starts inside a paragraph in textlint's parser only (``_table_starts``)."""
    kept = len(doc.children)  # the front matter's node
    _build(body, [], text, base, doc, restore)
    if "\n" not in body:
        return
    inserted: dict[int, str] = {}  # offset into body -> the line put before it
    refused: set[int] = set()  # header rows pulldown-cmark read no table at, a line put before them
    for _ in range(min(_LAZY_ROUNDS, max(4, _LAZY_CHARACTERS // len(body)))):
        lazy = next((found for found in _lazy_lines(doc, body, base) if found[0] not in inserted), None)
        table = None if lazy is not None else next((found for found in _table_starts(doc, body, base)
                                                    if found[0] not in inserted and found[0] not in refused), None)
        line = lazy or table
        if line is None:
            return
        # One at a time: a line that ends a container can end the ones after it too.
        inserted[line[0]] = line[1]
        _rebuild(body, inserted, text, base, doc, restore, kept)
        if table is not None and not _table_at(doc, text, base + table[0]):
            del inserted[table[0]]  # micromark's table and pulldown-cmark's differ (one column)
            refused.add(table[0])
            _rebuild(body, inserted, text, base, doc, restore, kept)


def _rebuild(body: str, inserted: dict, text: str, base: int, doc: Node, restore: dict, kept: int) -> None:
    doc.data.pop("boxes", None)  # (the paragraphs of the tree discarded)
    for discarded in doc.children[kept:]:
        discarded.release()
    del doc.children[kept:]
    _build(body, sorted(inserted.items()), text, base, doc, restore)


def _table_at(doc: Node, text: str, line_start: int) -> bool:
    """Whether a table starts on the line of ``text`` at ``line_start``."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    return any(node.type == "Table" and line_start <= node.start <= line_end for node in doc.walk())


def _skipping_inserts(to_body, inserts: list[tuple[int, str]]):
    """``to_body`` (a byte offset -> an offset into the body with ``inserts`` put in) made
    to give offsets into the body without them: inside an inserted line, where it was put.

    >>> to_text = _skipping_inserts(int, [(2, ">"), (5, "")])   # "ab" + ">\\n" + "cde" + "\\n" + "f"
    >>> [to_text(i) for i in range(9)]
    [0, 1, 2, 2, 2, 3, 4, 5, 5]
    """
    starts = []  # where each inserted line starts in the body with them
    after = []  # characters inserted up to the end of each
    total = 0
    for at, line in inserts:
        starts.append(at + total)
        total += len(line) + 1
        after.append(total)

    def to_str(b: int) -> int:
        t = to_body(b)
        k = bisect.bisect_right(starts, t) - 1
        if k < 0:
            return t
        if t < starts[k] + len(inserts[k][1]) + 1:
            return inserts[k][0]
        return t - after[k]

    return to_str


def _build(body: str, inserts: list[tuple[int, str]], text: str, base: int, doc: Node, restore: dict) -> None:
    """The tree of pyromark's events for ``body`` (``text[base:]``), parsed with each line of
    ``inserts`` (offset, line without its break) put in before its offset; ``restore`` puts
    back the characters ``body`` has in place of the text's (see ``_symbols_as_letters``)."""
    if inserts:
        body = "".join(body[a:b] + line + "\n" for (a, _), (b, line) in zip([(0, ""), *inserts], inserts)) \
            + body[inserts[-1][0]:]
    offsets = _Offsets(body)
    events = list(pyromark.events_with_range(body, options=_OPTIONS))
    events = _footnote_calls(_one_column_tables(_excess_cells(events, offsets.data), offsets.data), offsets.data)
    to_str = offsets.prepare(events)
    if inserts:
        to_str = _skipping_inserts(to_str, inserts)

    stack = [doc]
    skip_depth = 0  # > 0 inside CodeBlock / HtmlBlock / MetadataBlock bodies
    body_end = -1  # where the text of the code block being read ends so far
    indented: set[int] = set()  # the ids of the indented code blocks (pyromark's End tells no kind)
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
                if isinstance(info, dict) and info.get("link_type") == "Collapsed" and text.startswith("[]", end):
                    end += 2  # "[text][]" whole, as in textlint (pulldown-cmark's range ends before "[]")
            else:
                _close_wrapper(stack, text)
                parent = stack[-1]
            if node_type not in _INLINE_CONTAINERS:
                end = _before_line_breaks(text, start, end)
                if node_type == "Paragraph":
                    end = _after_line_blanks(text, end)
                if name == "HtmlBlock" and text[end - 1] in " \t>":  # not the next line's prefix
                    end = _container_end(text, start, end)
                if node_type in _CONTAINER_BLOCKS and text[end - 1] in " \t>":
                    content_end = _container_end(text, start, end)
                    # a list or quote keeps the blank lines after its content that have
                    # white space or a ">" on them (textlint's parser tokenizes them inside it)
                    end = _prefix_lines_end(text, content_end, end) if node_type in _KEEPS_BLANK_PREFIXES \
                        else content_end
            if node_type in ("List", "ListItem"):  # at its marker, as in textlint (pulldown-cmark may start
                while start < end and text[start] in _ITEM_LEAD:  # at the line's indentation)
                    start += 1
            elif name == "HtmlBlock" or (name == "CodeBlock" and not isinstance(info, dict)):
                start = _after_prefixes(text, start, stack)
            node = Node(node_type, start, end, parent=parent, data=_block_data(name, info, restore))
            if name == "CodeBlock" and not isinstance(info, dict):
                indented.add(id(node))
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
            _close_wrapper(stack, text)
            node = stack.pop()
            if node.type in ("List", "ListItem") and node.children:
                _end_at_last_child(node, text)
            elif node.type == "Paragraph":
                _breaks_over_prefixes(node, text)
            elif node.type == "Image":  # its text is its alt text, as textlint's Image has no children
                node.data["alt"] = image_alt(node, text)
                node.children = []
            elif node.type == "TableRow":
                _cells_as_in_textlint(node, text)
            elif node.type in ("BlockQuote", "FootnoteDefinition") and node.children \
                    and node.children[-1].end > node.end:  # (a code block with no closing fence)
                node.end = node.children[-1].end
            if name in ("CodeBlock", "HtmlBlock", "MetadataBlock"):
                skip_depth -= 1
                fenced = name == "CodeBlock" and id(node) not in indented
                # no closing fence (text up to the end, or no line after the opening one): the block
                # runs to its container's end, blank lines and line break included, as in textlint
                if fenced and (body_end == end or body_end < 0 and text.find("\n", node.start, end - 1) < 0):
                    node.end = end
                node.data["value"] = _code_value(text, node, fenced) if name == "CodeBlock" \
                    else text[node.start:node.end]
                body_end = -1
            continue
        if skip_depth:
            body_end = end
            continue
        _add_inline(event, start, end, text, stack, restore)
    while len(stack) > 1:
        _close_wrapper(stack, text)
        stack.pop()


def _footnote_calls(events: list, data: bytes) -> list:
    """``events`` (of the text whose UTF-8 bytes are ``data``) with the inline links whose text starts with ``^`` read as
    micromark reads them; pulldown-cmark reads links:

    - ``注[^1](補足)``, a call of a defined footnote: that call, and the text after it;
    - any other (``[^x](y)``): no link; its brackets and destination are text.

    The text after the link's text is parsed again as inline Markdown.

    >>> text = "a[^1](b*c*)[^x](y)\\n\\n[^1]: d\\n"
    >>> ev = _footnote_calls(list(pyromark.events_with_range(text, options=_OPTIONS)), text.encode())
    >>> [next(iter(e)) if isinstance(e, dict) else e for e, _ in ev[:11]]
    ['Start', 'Text', 'FootnoteReference', 'Text', 'Start', 'Text', 'End', 'Text', 'Text', 'Text', 'Text']
    >>> "".join(e["Text"] for e, _ in ev[7:ev.index(({"End": "Paragraph"}, ev[0][1]))] if "Text" in e)
    ')[^x](y)'
    >>> [e for e, _ in ev[:3]] == [{'Start': 'Paragraph'}, {'Text': 'a'}, {'FootnoteReference': '1'}]
    True
    """
    if not any(isinstance(event, dict) and event.get("Text", "").startswith("^") for event, _ in events):
        return events
    labels = _footnote_labels(events)
    known = {label.casefold() for label in labels}
    out = []
    i = 0
    while i < len(events):
        event, rng = events[i]
        start_tag = event.get("Start") if isinstance(event, dict) else None
        link = start_tag.get("Link") if isinstance(start_tag, dict) else None
        text, text_rng = events[i + 1] if i + 1 < len(events) else (None, None)
        if link is None or link.get("link_type") != "Inline" or not isinstance(text, dict) \
                or not text.get("Text", "").startswith("^") or text_rng["start"] != rng["start"] + 1:
            out.append((event, rng))
            i += 1
            continue
        end = i + 1  # the link's End
        while events[end][0] != {"End": "Link"}:
            end += 1
        label = text["Text"][1:]
        if end == i + 2 and label.casefold() in known:
            tail = text_rng["end"] + 1  # after the "]"
            out.append(({"FootnoteReference": label}, {"start": rng["start"], "end": tail}))
        else:
            tail = events[end - 1][1]["end"]  # the "]" and the destination are text
            out.append(({"Text": "["}, {"start": rng["start"], "end": rng["start"] + 1}))
            out.extend(events[i + 1:end])
        out.extend(_inline_events(data[tail:rng["end"]].decode("utf-8"), tail, labels))
        i = end + 1
    return out


def _footnote_labels(events: list) -> list[str]:
    """The labels of the footnotes that ``events`` define."""
    return [tag["FootnoteDefinition"] for tag in
            (event["Start"] for event, _ in events if isinstance(event, dict) and "Start" in event)
            if isinstance(tag, dict) and "FootnoteDefinition" in tag]


# what a table's delimiter row has (``|---|:-:|``, ``--|--``): with none, no table and no row
# with more cells than its header
_DELIMITER_ROW = re.compile(rb"\|[ \t]*:?-|-:?[ \t]*\|")


def _excess_cells(events: list, data: bytes) -> list:
    """``events`` (of the text whose UTF-8 bytes are ``data``) with the cells of a table row
    past its header's columns, which pulldown-cmark drops and micromark keeps: each a
    TableCell of the text between its pipes, read as inline Markdown.

    >>> text = "|a|b|\\n|-|-|\\n|c|d| e *f* |\\n"
    >>> ev = _excess_cells(list(pyromark.events_with_range(text, options=_OPTIONS)), text.encode())
    >>> [e for e, _ in ev[-8:-2]]
    [{'Start': 'TableCell'}, {'Text': 'e '}, {'Start': 'Emphasis'}, {'Text': 'f'}, {'End': 'Emphasis'}, {'End': 'TableCell'}]
    """
    if _DELIMITER_ROW.search(data) is None:
        return events
    out = []
    labels = None
    cell_end = -1  # where the row's last cell ends (before its closing pipe)
    for event, rng in events:
        if event == {"End": "TableCell"}:
            cell_end = rng["end"]
        elif event == {"End": "TableRow"} and cell_end >= 0:
            row_end = rng["end"]
            while row_end > cell_end and data[row_end - 1] in b"\r\n":
                row_end -= 1
            if data.startswith(b"|", cell_end) and data[cell_end + 1:row_end].strip(b" \t"):
                if labels is None:
                    labels = _footnote_labels(events)
                out += _cells_between(data, cell_end + 1, row_end, labels)
            cell_end = -1
        out.append((event, rng))
    return out


# A one-column table's delimiter row as micromark reads it (up to three spaces, one run of
# dashes with its colons, a pipe on either side or none) and, for a quick look through a
# file, such a line anywhere.
_ONE_COLUMN_DELIMITER = re.compile(rb" {0,3}(?! )\|?[ \t]*:?-+:?[ \t]*\|?[ \t]*")
# (never the first line, and not a line of dashes alone; found from the line break before it)
_ONE_COLUMN_LIKE = re.compile(
    rb"\n {0,3}(?:\|[ \t]*:?-+:?[ \t]*\|?|:-+:?[ \t]*\|?|-+:[ \t]*\|?|-+[ \t]*\|)[ \t]*(?:\r?\n|$)")
_SETEXT_UNDERLINE = re.compile(rb"-+[ \t]*")
_CONTAINER_EVENTS = frozenset(("BlockQuote", "List", "Item", "FootnoteDefinition"))


def _is_one_column_head(header: bytes, delimiter: bytes) -> bool:
    """Whether micromark reads ``header`` over ``delimiter`` (lines) as the head of a table of
    one column that pulldown-cmark does not: a pipe is missing in one of the two lines, and
    the delimiter row is no setext underline (``---``, which micromark checks first).

    >>> _is_one_column_head(b"Heading", b":--"), _is_one_column_head(b"Heading", b"|--")
    (True, True)
    >>> _is_one_column_head(b"Heading", b"---"), _is_one_column_head(b"Heading |", b"--|")
    (False, False)
    """
    if b"|" in header.strip() and b"|" in delimiter:
        return False  # pulldown-cmark reads that table itself
    if _ONE_COLUMN_DELIMITER.fullmatch(delimiter) is None or _SETEXT_UNDERLINE.fullmatch(delimiter):
        return False
    return _header_cells(header.decode("utf-8", "replace").strip(" \t")) == 1


def _one_column_tables(events: list, data: bytes) -> list:
    """``events`` with each paragraph at the top level that micromark reads as a table of one
    column (see :func:`_is_one_column_head`) made a table: its first line the head, every
    other line a row, each line's cells read as in a table pulldown-cmark makes (a row
    keeps the cells past the head's column, as micromark keeps them).

    >>> [n.type for n in parse(Source.from_text("Heading\\n:--\\nfirst *row*\\n")).walk()]
    ['Document', 'Table', 'TableRow', 'TableCell', 'Str', 'TableRow', 'TableCell', 'Str', 'Emphasis', 'Str']
    """
    if _ONE_COLUMN_LIKE.search(data) is None:
        return events
    out: list = []
    depth = 0  # block quotes, lists, items and footnotes open
    labels = None
    i = 0
    while i < len(events):
        event, rng = events[i]
        if isinstance(event, dict):
            kind, tag = next(iter(event.items()))
            name = tag if isinstance(tag, str) else next(iter(tag))
            if name in _CONTAINER_EVENTS:
                depth += 1 if kind == "Start" else -1
            elif kind == "Start" and name == "Paragraph" and depth == 0:
                lines = data[rng["start"]:rng["end"]].split(b"\n")
                if len(lines) > 1 and _is_one_column_head(lines[0].removesuffix(b"\r"), lines[1].removesuffix(b"\r")):
                    if labels is None:
                        labels = _footnote_labels(events)
                    out += _table_events(data, rng["start"], lines, labels)
                    while events[i][0] != {"End": "Paragraph"}:  # (paragraphs nest in nothing)
                        i += 1
                    i += 1
                    continue
        out.append((event, rng))
        i += 1
    return out


def _table_events(data: bytes, start: int, lines: list[bytes], labels: list[str]) -> list:
    """The events of a table of one column whose lines (of ``data``, the first at ``start``)
    are ``lines`` (split at LF, a CR before it still on them): the first the head, the second
    the delimiter row, the rest rows."""
    rows = []
    at = start
    for n, raw in enumerate(lines):
        line = raw.removesuffix(b"\r")
        end = at + len(line)
        if n != 1 and line.strip(b" \t"):
            lead = len(line) - len(line.lstrip(b" \t"))
            first = at + lead + (1 if line[lead:lead + 1] == b"|" else 0)
            row = {"start": at + lead, "end": min(end + 1, len(data))}
            kind = "TableHead" if n == 0 else "TableRow"
            rows += [({"Start": kind}, row), *_cells_between(data, first, end, labels), ({"End": kind}, row)]
        at += len(raw) + 1
    table = {"start": start, "end": min(at, len(data))}
    return [({"Start": {"Table": ("None",)}}, table), *rows, ({"End": {"Table": ("None",)}}, table)]


def _cells_between(data: bytes, start: int, end: int, labels: list[str]) -> list:
    """The events of the cells that ``data[start:end]`` holds (each up to an unescaped pipe;
    white space after the last pipe is no cell)."""
    out = []
    cell = start
    while cell < end:
        stop = cell
        while stop < end and data[stop] != 0x7C:  # "|"
            stop += 2 if data[stop] == 0x5C else 1  # "\\" escapes the next byte
        stop = min(stop, end)
        if stop == end and not data[cell:end].strip(b" \t"):
            break
        rng = {"start": cell, "end": stop}
        content = data[cell:stop]
        lead = len(content) - len(content.lstrip(b" \t"))
        inner = _inline_events(content.strip(b" \t").decode("utf-8"), cell + lead, labels) if content.strip() else []
        out += [({"Start": "TableCell"}, rng), *inner, ({"End": "TableCell"}, rng)]
        cell = stop + 1
    return out


def _inline_events(text: str, base: int, footnote_labels: list[str]) -> list:
    """The inline events of ``text`` read as one paragraph (with the document's footnotes
    defined), their byte ranges moved by ``base``; one Text event where ``text`` would
    begin some other block (``# 見出し``, ``- 項目``), as it is text inside a paragraph.

    >>> [e for e, _ in _inline_events("a *b*", 10, [])]
    [{'Text': 'a '}, {'Start': 'Emphasis'}, {'Text': 'b'}, {'End': 'Emphasis'}]
    >>> _inline_events("# 見出し", 10, [])
    [({'Text': '# 見出し'}, {'start': 10, 'end': 21})]
    """
    definitions = "".join(f"\n\n[^{label}]: x" for label in footnote_labels)
    events = list(pyromark.events_with_range(text.replace("\n", " ") + definitions, options=_OPTIONS))
    if not events:
        return []
    if events[0][0] != {"Start": "Paragraph"}:
        return [({"Text": text}, {"start": base, "end": base + len(text.encode("utf-8"))})]
    inner = []
    for event, rng in events:
        if event in ({"Start": "Paragraph"}, {"End": "Paragraph"}):
            if inner or event == {"End": "Paragraph"}:
                break
            continue
        inner.append((event, {"start": rng["start"] + base, "end": rng["end"] + base}))
    return inner


_CONTAINER_BLOCKS = frozenset(("List", "ListItem", "BlockQuote", "FootnoteDefinition"))
_KEEPS_BLANK_PREFIXES = frozenset(("List", "BlockQuote"))


def _end_at_last_child(node: Node, text: str) -> None:
    """A list or item ends with its last child (an item around a list that keeps blank lines,
    see ``_prefix_lines_end``), and not past the line that child ends on with more than
    white space after it: pulldown-cmark's range takes in the link reference definitions
    after a list, which make no node.

    >>> text = "- a\\n\\n [1]: https://example.com\\n"
    >>> lst = Node("List", 0, 30, [Node("ListItem", 0, 30, [Node("Paragraph", 2, 3)])])
    >>> _end_at_last_child(lst.children[0], text); _end_at_last_child(lst, text); lst.end
    3
    """
    last = node.children[-1].end
    if last > node.end:
        node.end = last
        return
    if not text[last:node.end].strip(" \t\r\n>"):
        return  # only blank lines after it: ``_prefix_lines_end`` has kept what textlint keeps
    line_end = text.find("\n", last, node.end)
    end = (node.end if line_end < 0 else line_end)
    while end > last and text[end - 1] == "\r":
        end -= 1
    if text[last:end].strip(" \t"):
        return  # more content on the child's last line
    node.end = _prefix_lines_end(text, end, node.end) if node.type == "List" else end


def _prefix_lines_end(text: str, content_end: int, end: int) -> int:
    """The end of a list or quote in textlint's tree, whose content ends at ``content_end``
    and whose range in pulldown-cmark's ends at ``end``: after the last of the blank lines
    between them that has white space or a ``>`` on it (micromark tokenizes those as the
    container's prefix), else at ``content_end``.

    >>> text = "- a\\n\\n\\t\\n  \\n\\nx"
    >>> _prefix_lines_end(text, 3, 10), _prefix_lines_end("> a\\n> \\n", 3, 6)
    (9, 6)
    """
    found = content_end
    line = text.find("\n", content_end, end)
    while line >= 0:
        line += 1
        stop = text.find("\n", line)
        stop = len(text) if stop < 0 else stop
        body = text[line:stop].rstrip("\r")
        if body.strip(" \t>") or line + len(body) > end:
            break  # content, or past the container
        if body:
            found = line + len(body)
        line = text.find("\n", line, end)
    return found


def _container_end(text: str, start: int, end: int) -> int:
    """Where a list, item, quote or footnote ends in textlint's tree: after its last content,
    not after the blank lines, indentation or ``>`` that pulldown-cmark's range takes from
    the lines after it (white space at the end of its last line stays, as in textlint).

    >>> text = "- a\\n  - b\\n\\n  c"
    >>> text[2:_container_end(text, 6, 13)]
    'a\\n  - b'
    >>> _container_end("> x ->\\n> ", 0, 9)
    6
    """
    while True:
        end = _before_line_breaks(text, start, end)
        if text[end - 1] not in " \t>":
            return end  # its last line ends in content
        line = text.rfind("\n", start, end)
        if line < 0 or text[line + 1:end].strip(" \t>"):
            return end
        end = line


def _block_data(name: str, info, restore: dict) -> dict:
    if name == "Heading":
        level = info["level"] if isinstance(info, dict) else "H1"
        return {"depth": int(str(level)[1:])}
    if name == "List":
        return {"ordered": info is not None}
    if name == "CodeBlock":
        lang = info.get("Fenced") if isinstance(info, dict) else None
        return {"lang": lang or None}
    if name in ("Link", "Image") and isinstance(info, dict):
        url, title = info.get("dest_url", ""), info.get("title", "")
        return {"url": url.translate(restore), "title": title.translate(restore)} if restore else {"url": url, "title": title}
    return {}


def _code_value(text: str, node: Node, fenced: bool) -> str:
    """A code block's code: its lines without their containers' prefixes and, for an indented
    block, four columns of indentation; for a fenced block, without the fences and the
    columns the opening fence is indented by.  Which kind a block is comes from pyromark: an
    indented block may begin with a line of backticks.

    >>> text = "> 引用\\n>\\n>     a = 1\\n>       b\\n"
    >>> doc = Node("Document", 0, len(text))
    >>> quote = Node("BlockQuote", 0, len(text) - 1, parent=doc)
    >>> _code_value(text, Node("CodeBlock", text.index(">     a") + 2, len(text) - 1, parent=quote), False)
    'a = 1\\n  b'
    >>> text = "  ```\\n   a\\n  ```"
    >>> _code_value(text, Node("CodeBlock", 0, len(text), parent=doc), True)
    ' a'
    """
    return "\n".join(content for _, content in _code_lines(text, node, fenced))


def _code_lines(text: str, node: Node, fenced: bool) -> list[tuple[int, str]]:
    """The lines of a code block's code (see :func:`_code_value`), each with its offset."""
    containers = [_Container(a, text, 0) for a in reversed(list(node.ancestors())) if a.type in _CONTAINERS]
    lines = []  # (a line, where it continues past the containers' prefixes, that column, its offset)
    line = text.rfind("\n", 0, node.start) + 1
    while line < node.end:
        stop = text.find("\n", line, node.end)
        stop = node.end if stop < 0 else stop
        content = text[line:stop].rstrip("\r")
        pos, column, whole = _enter_all(containers, content)
        lines.append((content, pos, column, line) if whole else (content, 0, 0, line))
        line = stop + 1
    width = 4
    if fenced and lines:
        fence, pos, column, _ = lines.pop(0)
        width = _columns(fence, pos, len(fence) - len(fence[pos:].lstrip(" \t")), column) - column
        line_end = text.find("\n", node.start, node.end)  # (the block starts at its opening fence)
        opening = text[node.start:node.end if line_end < 0 else line_end].lstrip(" \t")
        marker = opening[:len(opening) - len(opening.lstrip(opening[:1]))]
        if lines and _closes(lines[-1][:3], marker):
            lines.pop()
    out = []
    for content, pos, column, offset in lines:
        indent = column + width
        while pos < len(content) and content[pos] in " \t" and column < indent:
            column = _columns(content, pos, pos + 1, column)
            pos += 1
        out.append((offset + pos, content[pos:]))
    return out


def _cells_as_in_textlint(row: Node, text: str) -> None:
    """``row``'s cells as textlint's tree has them: each from where the one before it ends (the
    first from the row's start) to just after its closing pipe, and none for a column the row
    lacks (pulldown-cmark adds an empty cell at the row's end).

    >>> text = "| あ |い|\\n"
    >>> row = Node("TableRow", 0, 8, [Node("TableCell", 1, 4), Node("TableCell", 5, 6), Node("TableCell", 9, 9)])
    >>> _cells_as_in_textlint(row, text)
    >>> [text[c.start:c.end] for c in row.children]
    ['| あ |', 'い|']
    """
    cells = row.children
    while cells and cells[-1].start == cells[-1].end >= row.end:
        cells.pop()
    start = row.start
    for cell in cells:
        cell.start = start
        if cell.end < row.end and text[cell.end] == "|":
            cell.end += 1
        start = cell.end


def _closes(line: tuple[str, int, int], marker: str) -> bool:
    """Whether ``line`` (a line of a fenced block: its text, where it continues past its
    containers' prefixes, that column) is a fence that closes a block opened by ``marker``:
    the same character at least as many times, indented less than four columns, and
    nothing after but white space.  An unclosed block runs to its container's end, and its
    last line is code even where it looks like a fence.

    >>> _closes(("```", 0, 0), "```"), _closes(("   ~~~~ ", 0, 0), "~~~")
    (True, True)
    >>> _closes(("```", 0, 0), "````"), _closes(("```js", 0, 0), "```"), _closes(("    ```", 0, 0), "```")
    (False, False, False)
    """
    content, pos, column = line
    rest = content[pos:]
    body = rest.lstrip(" \t")
    indent = _columns(rest, 0, len(rest) - len(body), column) - column
    fence = body.rstrip(" \t")
    return bool(marker) and indent < 4 and len(fence) >= len(marker) and fence == marker[0] * len(fence)


def _inline_parent(stack: list[Node]) -> Node:
    """The node inline content goes into, wrapping it in a Paragraph where textlint does."""
    top = stack[-1]
    if top.type in _WRAPS_INLINE:
        para = Node("Paragraph", -1, -1, parent=top, data={"implicit": True})
        top.children.append(para)
        stack.append(para)
        return para
    return top


def _after_prefixes(text: str, start: int, stack: list[Node]) -> int:
    """Where an HTML block or indented code block that pulldown-cmark starts at ``start`` starts
    in textlint's tree: right after the prefixes of the containers around it (``stack``: a
    quote's ``>`` and a space, a list item's indentation), its own indentation included.

    >>> text = "> 引用\\n>\\n>     コード\\n"
    >>> quote = Node("BlockQuote", 0, 17)
    >>> _after_prefixes(text, text.index("コ"), [Node("Document", 0, 17), quote]) - text.index(">     ")
    2
    """
    line = text.rfind("\n", 0, start) + 1
    line_text = text[line:start]
    pos, _column, whole = _enter_all([_Container(node, text, 0) for node in stack if node.type in _CONTAINERS],
                                     line_text)
    if not whole or line_text[pos:].strip(" \t"):
        return start  # the block starts on its container's first line
    return min(start, line + pos)


def _enter_all(containers: list[_Container], line: str) -> tuple[int, int, bool]:
    """Where ``line`` continues past the prefixes of ``containers`` (outermost first), as far
    as it has them: (position, column, whether it has every one)."""
    pos, column = 0, 0
    for container in containers:
        entered = container.enter(line, pos, column)
        if entered is None:
            return pos, column, False
        pos, column = entered
    return pos, column, True


def _before_line_breaks(text: str, start: int, end: int) -> int:
    """``end`` moved back over the line breaks before it (not past ``start``): a block ends
    before the line breaks that pulldown-cmark's range takes in."""
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    return end


def _after_line_blanks(text: str, end: int) -> int:
    """``end``, or past the spaces and tabs after it when they end its line: a paragraph ends
    after the blanks of its last line in textlint's tree (pulldown-cmark's range, before).

    >>> _after_line_blanks("段落  \\n次", 2), _after_line_blanks("段落  x", 2)
    (4, 2)
    """
    blank = end
    while blank < len(text) and text[blank] in " \t":
        blank += 1
    return blank if blank == len(text) or text[blank] in "\r\n" else end


def _close_wrapper(stack: list[Node], text: str) -> None:
    top = stack[-1]
    if top.type == "Paragraph" and top.data.get("implicit"):
        stack.pop()
        if top.children:
            top.start, top.end = top.children[0].start, _after_line_blanks(text, top.children[-1].end)
            _breaks_over_prefixes(top, text)
        else:
            top.parent.children.remove(top)


def _start_as_after_a_box(paragraph: Node, text: str) -> None:
    """Where a task list item's paragraph and its first text start in textlint's tree: its
    parser reads the box and what follows it as one paragraph, then cuts one character, the
    white space after the box, off the paragraph's first text node, and starts the paragraph
    where that text then starts; where nothing is left of that text (one space, then code, a
    link, emphasis...), the paragraph keeps its start, at the box.

    >>> text = "- [ ] `c` d"
    >>> para = Node("Paragraph", 6, 11, [Node("Code", 6, 9), Node("Str", 9, 11)], data={"box": 2})
    >>> _start_as_after_a_box(para, text); text[para.start:para.end]
    '[ ] `c` d'
    >>> text = "- [ ]  task"
    >>> para = Node("Paragraph", 7, 11, [Node("Str", 7, 11)], data={"box": 2})
    >>> _start_as_after_a_box(para, text); text[para.start:para.end]
    ' task'
    """
    after = paragraph.data.pop("box") + 3  # right after "[ ]"
    if not paragraph.children:
        return
    first = paragraph.children[0]
    if first.type == "Str" and not _starts_with_bare_link(first, text, after):
        first.start = paragraph.start = after + 1
    elif first.start - after > 1:  # white space is left of the text cut: a text node of its own
        paragraph.children.insert(0, Node("Str", after + 1, first.start, parent=paragraph))
        paragraph.start = after + 1
    else:
        paragraph.start = after - 3


def _starts_with_bare_link(node: Node, text: str, lo: int) -> bool:
    """Whether the text node ``node`` starts with a bare URL or email address, a Link in
    textlint's tree (``lo``: where the text before it that counts begins).

    >>> text = "- [ ] https://example.com を見る"
    >>> _starts_with_bare_link(Node("Str", 6, len(text)), text, 5), _starts_with_bare_link(Node("Str", 25, 29), text, 5)
    (True, False)
    """
    pieces = _split_autolinks([_Segment("Str", node.start, node.end)], text, lo, node.parent)
    return pieces[0].kind == "Link" and pieces[0].start == node.start


# the start of an HTML tag that a line break may still continue: ``<a`` or ``</a``, then
# attributes and white space (micromark tries the tag across the line)
_OPEN_TAG = re.compile(r"""</?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*""")


def _breaks_over_prefixes(paragraph: Node, text: str) -> None:
    """A line ending in ``paragraph`` (in a quote, list item or footnote) takes the next line's
    container prefixes (its ``>``, the item's indentation) into the node it ends, a hard break
    or text, where micromark has read that line inside an attempt that failed: a code span
    whose closing backticks never come, an HTML tag still open at the line's end, or a
    footnote call's label not closed (``[^注``).
    textlint's sentence splitter then reads on past the line; after any other line ending it
    stops at the prefix, which no node covers.

    >>> text = "> `a  \\n> (b\\n"
    >>> doc = Node("Document", 0, 13)
    >>> quote = Node("BlockQuote", 0, 12, parent=doc)
    >>> para = Node("Paragraph", 2, 12, [Node("Str", 2, 4), Node("Break", 4, 7), Node("Str", 9, 12)], parent=quote)
    >>> _breaks_over_prefixes(para, text); para.children[1].end
    9
    """
    raw = text[paragraph.start:paragraph.end]
    if "\n" not in raw or ("`" not in raw and "<" not in raw and "[^" not in raw) or paragraph.parent is None \
            or paragraph.parent.type not in _CONTAINERS:
        return  # one line, nothing that starts an attempt, or no prefixes
    leaves = [n for n in paragraph.walk() if not n.children and n is not paragraph]
    containers = None
    seen: list[str] = []  # the paragraph's text up to here, prefixes left out, code and HTML as "x"
    backtick = False  # an unclosed backtick run so far
    for i, leaf in enumerate(leaves):
        if i:
            gap = text[leaves[i - 1].end:leaf.start]
            if "\n" in gap:
                gap = "\n"
            elif text[leaves[i - 1].end - 1] == "\n" and not gap.strip(" \t>"):
                gap = ""  # the prefix of the line a text node's line break leads to
            seen.append(gap)
        piece = text[leaf.start:leaf.end]
        if leaf.type == "Str":
            backtick = backtick or any(c == "`" and not escaped(text, leaf.start + j) for j, c in enumerate(piece))
        elif leaf.type != "Break":
            seen.append("x")
            continue
        seen.append(piece)
        after = leaves[i + 1] if i + 1 < len(leaves) else None
        # (a text node in a list item may hold the next line's indentation already)
        body = piece.rstrip(" \t") if leaf.type == "Str" else piece
        if not body.endswith("\n") or after is None \
                or (leaf.type == after.type == "Str" and after.parent is leaf.parent) \
                or not (backtick or _attempt_open("".join(seen))):
            continue
        if containers is None:
            containers = [_Container(a, text, 0) for a in reversed(list(paragraph.ancestors()))
                          if a.type in _CONTAINERS]
        line = leaf.start + len(body)
        line_end = text.find("\n", line)
        pos, _column, whole = _enter_all(containers, text[line:len(text) if line_end < 0 else line_end])
        if whole and pos:
            leaf.end = max(leaf.end, min(line + pos, after.start))
            if leaf.type == "Str":
                leaf.data["over_prefix"] = True  # (the sentence splitter reads on: see text._segments)


def _attempt_open(seen: str) -> bool:
    """Whether ``seen`` ends inside an HTML tag's start (see ``_OPEN_TAG``) or a footnote
    call's label that no ``]`` has closed (``[^注``)."""
    at = seen.rfind("<")
    if at >= 0 and _OPEN_TAG.fullmatch(seen, at) is not None:
        return True
    at = seen.rfind("[^")
    return at >= 0 and "]" not in seen[at:]


def _escaping(text: str, at: int) -> bool:
    """Whether the backslash at ``at`` escapes the character after it (it is not escaped
    itself, and an ASCII punctuation character follows).

    >>> _escaping("a\\\\[", 1), _escaping("a\\\\\\\\[", 2), _escaping("a\\\\b", 1)
    (True, False, False)
    """
    return at + 1 < len(text) and text[at + 1] in _ASCII_PUNCT and not escaped(text, at)


_TEXT_AFTER_BOX = re.compile(r"[ \t]+[^ \t\r\n]")  # what makes a task list item's box one


def _add_inline(event, start: int, end: int, text: str, stack: list[Node], restore: dict) -> None:
    if isinstance(event, str):
        kind, value = event, None
    else:
        kind, value = next(iter(event.items()))
        if restore and isinstance(value, str):
            value = value.translate(restore)
    if kind == "TaskListMarker":
        if _TEXT_AFTER_BOX.match(text, end):
            paragraph = stack[-1] if stack[-1].type == "Paragraph" else _inline_parent(stack)
            paragraph.data["box"] = start  # its start is set when the tree is whole: _start_as_after_a_box
            stack[0].data.setdefault("boxes", []).append(paragraph)
            return
        # a box with nothing after it on its line is no task list item to micromark (textlint's
        # parser) but the item's text, "[ ]" (here only where _lone_task_boxes_as_text found
        # no stand-in character for it)
        kind, value = "Text", text[start:end]
    parent = stack[-1]
    if parent.type in _WRAPS_INLINE:
        parent = _inline_parent(stack)
    elif parent.type not in ("Paragraph", "Header", "TableCell") and parent.type not in _INLINE_CONTAINERS:
        if kind in ("Text", "SoftBreak") and not text[start:end].strip():
            return
    if kind in ("Text", "SoftBreak"):
        if kind == "Text" and start > 0 and text[start - 1] == "\\" and _escaping(text, start - 1):
            start -= 1  # an escaped character's text starts at its backslash, as in mdast
        last = parent.children[-1] if parent.children else None
        if last is not None and last.type == "Str" and not text[last.end:start].strip(_BLANKS):
            last.end = end  # one text node across what pulldown-cmark's text events leave out
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
        end = _before_line_breaks(text, start, end)  # (a block, though an event here)
        parent.children.append(Node("HorizontalRule", start, end, parent=parent))

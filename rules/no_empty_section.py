"""見出しだけで本文のない節を報告する（textlint-rule-no-empty-section 1.1.0 互換）。

A heading followed straight by another heading of the same level (or by nothing) makes
a section with nothing in it: write its text, or remove the heading.

Sections as the original's section splitter (select-section 0.4.6) makes them: a
heading opens a section of its depth and closes the open one of the same depth; the
nodes that lie at the tree level of the last heading seen (whatever their parent) go
into every open section, headings of any depth included.  A section whose nodes are
all headings is reported at its heading.  So ``## A`` followed by ``### B`` and then
``## C`` is empty; a heading of a higher level does not close a lower one.

Options: none.

    OK:  ## 準備\n\n道具をそろえる。\n\n## 手順
         (the last section: reported too when nothing follows it)
    NG:  ## 準備\n\n## 手順\n\n順に進める。
"""

from __future__ import annotations

import re

from postlint.rules._textlint import autolinks

ID = "no-empty-section"
NODES = ("Header",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_CONTAINERS = frozenset(("Document", "BlockQuote", "ListItem", "FootnoteDefinition"))
# a link reference definition ("[id]: url"): a Definition node in textlint's tree, none in postlint's
_DEFINITION = re.compile(r"^[ \t>]*\[[^\]\n]+\]:", re.M)
_DEFINITION_NODE = "Definition"


def check(node, opts, ctx):
    first, problems = ctx.memo(ID, lambda: _empty_sections(ctx))
    return problems if node is first else ()  # all the file's problems, once: at its first heading


def _empty_sections(ctx):
    text = ctx.text
    root: list = []
    open_sections = {0: root}  # depth -> the nodes of the open section of that depth
    closed = [root]
    heading_level = None
    first = None
    for level, node in _nodes_with_levels(ctx.doc, text):
        if node is not _DEFINITION_NODE and node.type == "Header":
            if first is None:
                first = node
            depth = node.data.get("depth")
            if depth in open_sections:
                closed.append(open_sections.pop(depth))
            open_sections[depth] = []
            heading_level = level
        if level == heading_level or (level + 1 == heading_level and _has_autolink(node, ctx)):
            for section in open_sections.values():
                section.append(node)  # (for an autolink: its Str, in place of the link's Str)
    closed += [section for section in open_sections.values() if not any(section is c for c in closed)]
    problems = []
    for section in closed:
        if section and all(n is not _DEFINITION_NODE and n.type == "Header" for n in section):
            heading = section[0]
            title = text[heading.start:heading.end].split("\n", 1)[0].strip()  # (a setext heading: its text line)
            problems.append(ctx.report(heading.start, heading.start,
                                       f"見出し「{title}」の節に本文がありません。"
                                       "本文を書くか、見出しを消してください。"))
    return first, problems


def _has_autolink(node, ctx) -> bool:
    """Whether ``node`` is a Str holding a bare URL: a Link in textlint's tree, whose Str is
    one level down."""
    return node is not _DEFINITION_NODE and node.type == "Str" and bool(autolinks(node, ctx))


def _nodes_with_levels(doc, text: str):
    """(tree level, node) of every node in document order, the Document at level 0; a link
    reference definition, which postlint's tree has no node for, as ``_DEFINITION_NODE``
    where textlint's tree has its ``Definition``."""
    stack = [(0, doc)]
    while stack:
        level, node = stack.pop()
        yield level, node
        if node is _DEFINITION_NODE or not node.children:
            continue
        children = [(level + 1, child) for child in node.children]
        if node.type in _CONTAINERS:
            children = _with_definitions(node, children, text)
        stack.extend(reversed(children))


def _with_definitions(node, children: list, text: str) -> list:
    """``children`` with a definition put in each gap between them (and after the last one)
    whose text holds one."""
    out = [children[0]]
    level = children[0][0]
    for at, (_, child) in enumerate(children):
        gap_end = children[at + 1][1].start if at + 1 < len(children) else node.end
        if at:
            out.append(children[at])
        if child.end < gap_end and _DEFINITION.search(text, child.end, gap_end):
            out.append((level, _DEFINITION_NODE))
    return out

"""Front matter: find the block, parse it with PyYAML, remember where each key is.

The result is the tree's ``Yaml`` node.  Its ``data`` holds:

- ``value``: the parsed mapping (or whatever YAML gave; ``None`` when broken),
- ``keys``: key -> (start, end) offsets of the key in the file,
- ``error``: ``(message, offset)`` for a syntax error or an unterminated block,
- ``content_start`` / ``content_end``: offsets of the YAML text itself,
- ``format``: ``"yaml"`` or ``"toml"`` (Hugo's ``+++``; parsed when tomllib exists).

>>> from postlint.frontmatter import find_front_matter, parse_front_matter
>>> text = "---\\ntitle: 題\\ndate: 2025-01-02\\n---\\n本文"
>>> node = parse_front_matter(text, find_front_matter(text))
>>> node.data["value"]["title"], node.data["keys"]["date"]
('題', (13, 17))
"""

from __future__ import annotations

import re

import yaml

from postlint.nodes import Node
from postlint.record import Record


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A safe loader that keeps an impossible timestamp (``2025-02-30``) as its text,
    so the front-matter rule can report it instead of the whole post failing to parse."""


def _timestamp(loader, node):
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_OPEN = re.compile(r"(---|\+\+\+)[ \t]*(\r\n|\r|\n)")


class FrontMatterSpan(Record):
    """A front matter block: ``[start, end)`` with its delimiters, ``[content_start,
    content_end)`` between them; ``delimiter``: ``---`` (YAML) or ``+++``."""

    _fields = ("start", "content_start", "content_end", "end", "closed", "delimiter")

    def __init__(self, start: int, content_start: int, content_end: int, end: int, closed: bool,
                 delimiter: str) -> None:
        self.start = start
        self.content_start = content_start
        self.content_end = content_end
        self.end = end
        self.closed = closed
        self.delimiter = delimiter


def find_front_matter(text: str) -> FrontMatterSpan | None:
    """Locate a front matter block opening on the first line, closed or not."""
    match = _OPEN.match(text)
    if not match:
        return None
    delimiter = match.group(1)
    closers = ("---", "...") if delimiter == "---" else ("+++",)
    pos = match.end()
    while pos <= len(text):
        nl = re.compile(r"\r\n|\r|\n").search(text, pos)
        line_end = nl.start() if nl else len(text)
        if text[pos:line_end].rstrip() in closers:
            return FrontMatterSpan(0, match.end(), pos, line_end, True, delimiter)
        if not nl:
            break
        pos = nl.end()
    if delimiter == "---" and _looks_like_thematic_break(text, match.end()):
        return None
    return FrontMatterSpan(0, match.end(), len(text), len(text), False, delimiter)


def _looks_like_thematic_break(text: str, after: int) -> bool:
    """A leading ``---`` followed by prose (no ``key:`` line) is a rule, not front matter."""
    first = text[after:].split("\n", 1)[0]
    return not re.match(r"\s*[\w\"'-][^:]*:(\s|$)", first)


def parse_front_matter(text: str, span: FrontMatterSpan) -> Node:
    content = text[span.content_start:span.content_end]
    data: dict = {
        "value": None,
        "keys": {},
        "error": None,
        "content_start": span.content_start,
        "content_end": span.content_end,
        "format": "toml" if span.delimiter == "+++" else "yaml",
        "closed": span.closed,
    }
    node = Node("Yaml", span.start, span.end, data=data)
    if not span.closed:
        data["error"] = (
            f"front matter opened with '{span.delimiter}' on line 1 is never closed",
            span.start,
        )
        return node
    if data["format"] == "toml":
        _parse_toml(content, span.content_start, data)
        return node
    loader = _Loader(content)
    try:  # parsed once: the node tree gives the keys' places, then the value is built from it
        root = loader.get_single_node()
        if isinstance(root, yaml.MappingNode):  # before building: merge keys (<<) rewrite the node
            _note_keys(root, span.content_start, data)
        data["value"] = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        offset = span.content_start + (mark.index if mark is not None else 0)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        message = f"front matter is not valid YAML: {problem}" + (f" ({context})" if context else "")
        data["error"] = (message, min(offset, span.content_end))
        data["keys"].clear()
        data.pop("duplicates", None)
    finally:
        loader.dispose()
    return node


def _note_keys(root, base: int, data: dict) -> None:
    """The place of each top-level key, and the keys given twice."""
    for key_node, _ in root.value:
        if isinstance(key_node, yaml.ScalarNode):
            where = (base + key_node.start_mark.index, base + key_node.end_mark.index)
            if key_node.value in data["keys"]:  # YAML keeps the last value; some generators refuse the file
                data.setdefault("duplicates", []).append((key_node.value, where))
            else:
                data["keys"][key_node.value] = where


def _parse_toml(content: str, base: int, data: dict) -> None:
    import tomllib

    try:
        data["value"] = tomllib.loads(content)
    except tomllib.TOMLDecodeError as exc:
        data["error"] = (f"front matter is not valid TOML: {exc}", base)
        return
    for match in re.finditer(r"^([A-Za-z_][\w-]*)\s*=", content, re.M):
        data["keys"].setdefault(match.group(1), (base + match.start(1), base + match.end(1)))

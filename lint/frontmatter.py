"""Front matter: find the block, parse it with PyYAML, remember where each key is.

The result is the tree's ``Yaml`` node.  Its ``data`` holds:

- ``value``: the parsed mapping (or whatever YAML gave; ``None`` when broken),
- ``keys``: key -> (start, end) offsets of the key in the file,
- ``error``: ``(message, offset)`` for a syntax error or an unterminated block,
- ``content_start`` / ``content_end``: offsets of the YAML text itself,
- ``format``: ``"yaml"``, ``"toml"`` (Hugo's ``+++``) or ``"json"`` (Hugo's ``{ ... }`` object,
  Hexo's members between ``;;;`` lines or above one);
- ``value_spans`` (JSON only): key -> (start, end) offsets of each top-level value.

YAML and TOML blocks sit between two delimiter lines (``---``/``...``, ``+++``).  JSON front
matter comes in the two shapes the generators read: Hugo's object opening the file with a
line that holds only ``{`` and closing with a line that holds only ``}``; Hexo's members
with no braces, between two ``;;;`` lines or above the first ``;;;`` line (then the file
must start with a ``"key":``, so prose is never taken for front matter).  Hexo also reads
YAML above a first ``---`` line with no opener, as its 2.x scaffold wrote posts
(``title: 題\\ndate: 2014-05-01\\n---\\n本文``); postlint takes such lines for front matter
only when each is YAML's (a ``key:`` line, an indented or ``- `` line) and they make a
mapping of two keys or more, or of one key that front matter has (``title``, ``date``…), so
a Markdown heading underlined with ``---`` stays a heading.

>>> from postlint.frontmatter import find_front_matter, parse_front_matter
>>> text = "---\\ntitle: 題\\ndate: 2025-01-02\\n---\\n本文"
>>> node = parse_front_matter(text, find_front_matter(text))
>>> node.data["value"]["title"], node.data["keys"]["date"]
('題', (13, 17))
"""

from __future__ import annotations

import json
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
_OPEN = re.compile(r"(---|\+\+\+|;;;|\{)[ \t]*(\r\n|\r|\n)")
_CLOSERS = {"---": ("---", "..."), "+++": ("+++",), ";;;": (";;;",), "{": ("}",)}
_FORMATS = {"---": "yaml", "+++": "toml", ";;;": "json", "{": "json"}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_HEXO_KEY_FIRST = re.compile(r'"(?:[^"\\\r\n]|\\.)*"[ \t]*:')


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
    """Locate a front matter block opening on the first line, closed or not.

    >>> [find_front_matter(t).delimiter for t in ("+++\\n+++\\n", "{\\n}\\n", '"a": 1\\n;;;\\n本文')]
    ['+++', '{', ';;;']
    """
    match = _OPEN.match(text)
    if not match:
        return _hexo_json_without_opener(text) or _hexo_yaml_without_opener(text)
    delimiter = match.group(1)
    closers = _CLOSERS[delimiter]
    pos = match.end()
    while pos <= len(text):
        nl = _LINE_BREAK.search(text, pos)
        line_end = nl.start() if nl else len(text)
        if text[pos:line_end].rstrip() in closers:
            if delimiter == "{":  # the braces are the object's own: they belong to the JSON text
                return FrontMatterSpan(0, 0, line_end, line_end, True, delimiter)
            return FrontMatterSpan(0, match.end(), pos, line_end, True, delimiter)
        if not nl:
            break
        pos = nl.end()
    if delimiter == "---" and _looks_like_thematic_break(text, match.end()):
        return None
    return FrontMatterSpan(0, match.end(), len(text), len(text), False, delimiter)


def _hexo_json_without_opener(text: str) -> FrontMatterSpan | None:
    """Hexo's JSON members above a ``;;;`` line, the file starting with ``"key":``."""
    if not _HEXO_KEY_FIRST.match(text):
        return None
    for closer in re.finditer(r"^;;;[ \t]*(?=\r?$)", text, re.M):
        if closer.start() > 0 and text[closer.start() - 1] in "\r\n":
            return FrontMatterSpan(0, 0, closer.start(), closer.end(), True, ";;;")
    return None


_HEXO_YAML_FIRST = re.compile(r"[A-Za-z_][\w-]*:(?:[ \t]|\r?\n|\r|$)")
# the line that closes Hexo's YAML: the first of three dashes or more, within this many
# characters (Hexo takes the text above it, whatever it holds, and YAML decides)
_DASHES_LINE = re.compile(r"^(-{3,})[ \t]*(?=\r\n|\r|\n|$)", re.M)
_HEXO_YAML_MAX = 65536
# keys that say a mapping of one key is front matter, not a heading's text ("Update: 2024")
_FRONT_MATTER_KEYS = frozenset(("title", "date", "layout", "tags", "categories", "category", "updated",
                                "permalink", "comments", "excerpt", "description", "author", "draft", "slug"))


def _hexo_yaml_without_opener(text: str) -> FrontMatterSpan | None:
    """Hexo's YAML above a ``---`` line, the file starting with a ``key:`` line: the text
    above the first such line, when it is YAML (a quoted value may go on over lines)
    of a mapping that front matter would hold.

    >>> span = find_front_matter("title: 題\\ndate: 2014-05-01\\n---\\n本文")
    >>> span.delimiter, span.content_start, span.content_end, span.end
    ('---', 0, 26, 29)
    >>> find_front_matter('title: 題\\nlede: "一行目。\\n二行目。"\\n---\\n本文').content_end
    27
    >>> find_front_matter("Update: 二〇二四年版\\n---\\n本文") is None  # a Markdown heading
    True
    """
    if not _HEXO_YAML_FIRST.match(text):
        return None
    block = _DASHES_LINE.search(text, 0, _HEXO_YAML_MAX)
    if block is None:
        return None
    try:
        value = yaml.load(text[:block.start(1)], Loader=_Loader)
    except yaml.YAMLError:
        return None
    if not isinstance(value, dict) or not (len(value) >= 2 or set(map(str, value)) & _FRONT_MATTER_KEYS):
        return None
    return FrontMatterSpan(0, 0, block.start(1), block.end(), True, "---")


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
        "format": _FORMATS[span.delimiter],
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
    if data["format"] == "json":
        _parse_json(content, span.content_start, span.delimiter == ";;;", data)
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
        message = str(exc)
        where = re.search(r" \(at line (\d+), column (\d+)\)$", message)
        at = base
        if where:  # tomllib names the line and column in its message
            message = message[:where.start()]
            at = _offset_of(content, int(where.group(1)), int(where.group(2))) + base
        elif message.endswith(" (at end of document)"):
            message, at = message[:-len(" (at end of document)")], base + len(content.rstrip())
        data["error"] = (f"front matter is not valid TOML: {message}", at)
        return
    for match in re.finditer(r"^([A-Za-z_][\w-]*)\s*=", content, re.M):
        data["keys"].setdefault(match.group(1), (base + match.start(1), base + match.end(1)))


def _offset_of(content: str, line: int, column: int) -> int:
    """The offset of a 1-based line and column in ``content``.

    >>> _offset_of("a = 1\\nbad\\n", 2, 4)
    9
    """
    start = 0
    for _ in range(line - 1):
        nl = _LINE_BREAK.search(content, start)
        if not nl:
            break
        start = nl.end()
    return min(start + column - 1, len(content))


def _parse_json(content: str, base: int, members_only: bool, data: dict) -> None:
    """Parse JSON front matter: Hugo's whole object, or Hexo's members (``members_only``),
    which Hexo reads as if braces stood around them.  Keys and values keep their places.

    >>> data = {"keys": {}}
    >>> _parse_json('"title": "題",\\n"tags": ["a", "b"]\\n', 10, True, data)
    >>> data["value"], data["keys"]["tags"], data["value_spans"]["tags"]
    ({'title': '題', 'tags': ['a', 'b']}, (24, 30), (32, 42))
    """
    shift = 1 if members_only else 0  # the "{" put before Hexo's members
    document = "{" + content + "\n}" if members_only else content
    decoder = json.JSONDecoder()
    try:
        data["value"] = json.loads(document)
    except json.JSONDecodeError as exc:
        at = min(max(exc.pos - shift, 0), len(content))
        data["error"] = (f"front matter is not valid JSON: {exc.msg}", base + at)
        return
    if not isinstance(data["value"], dict):
        return
    spans: dict = {}
    pos = _skip_space(document, 1)  # just past the opening brace
    while pos < len(document) and document[pos] == '"':
        key, key_end = decoder.raw_decode(document, pos)
        value_start = _skip_space(document, _skip_space(document, key_end) + 1)  # past the colon
        _, value_end = decoder.raw_decode(document, value_start)
        where = (base + pos - shift, base + key_end - shift)
        if key in data["keys"]:  # JSON parsers keep the last value; some refuse the file
            data.setdefault("duplicates", []).append((key, where))
        else:
            data["keys"][key] = where
        spans[key] = (base + value_start - shift, base + value_end - shift)
        pos = _skip_space(document, value_end)
        pos = _skip_space(document, pos + 1) if document.startswith(",", pos) else pos
    data["value_spans"] = spans


def _skip_space(document: str, pos: int) -> int:
    while pos < len(document) and document[pos] in " \t\r\n":
        pos += 1
    return pos

"""ひとまとまりの箇条書きで文体と文末の句点をそろえる（JTF 1.1.3; textlint-rule-preset-jtf-style 3.0.3「1.1.3.箇条書き」互換）。

Within one list, items should all end with 「。」 or all without it, and use
one style, 敬体 or 常体.  When they are mixed, the items of the minority are
reported (a tie: those without 「。」, and the 常体 hits).  An item's text is
its whole source, marker and nested lists included; the styles are found as
in jtf-1-1-1.  As in textlint, a nested list restarts the count: the items
of the enclosing list before it are forgotten, and the nested items are
counted again with the enclosing list's later items.

Options: none.

    OK:  - 設定を開く
         - 保存する
    NG:  - 設定を開く。
         - 保存する
"""

import re

from postlint.rules._jtf_structure import OTHER, STYLE_NAMES, TRIGGER, StyleTally
from postlint.rules._textlint import JS_SPACE

ID = "jtf-1-1-3"
NODES = ("Document",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_SPACE = "".join(JS_SPACE)


def _style_message(found: str, value: str) -> str:
    return (f"箇条書きの中で敬体と常体が混在しています。「{value}」は{STYLE_NAMES[found]}です。"
            f"多い方の{STYLE_NAMES[OTHER[found]]}にそろえてください。")


_ADD_PERIOD = "この箇条書きは文末に句点「。」を付ける項目が多数です。この項目の文末にも「。」を付けてください。"
_DROP_PERIOD = "この箇条書きは文末に句点「。」を付けない項目が多数です。この項目の文末の「。」を外してください。"


class _ListState:
    """What textlint's rule remembers between entering a list and leaving one."""

    def __init__(self) -> None:
        self.with_period: list = []  # (start, end) of the items
        self.without_period: list = []
        self.styles = StyleTally()

    def add_item(self, start: int, end: int, text: str) -> None:
        source = text[start:end]
        ends_with_period = source.rstrip(_SPACE).endswith("。")
        (self.with_period if ends_with_period else self.without_period).append((start, end))
        self.styles.add(source, start)

    def problems(self, ctx, seen: set):
        if self.with_period and self.without_period:
            if len(self.with_period) >= len(self.without_period):
                reported, message = self.without_period, _ADD_PERIOD
            else:
                reported, message = self.with_period, _DROP_PERIOD
            for start, end in reported:
                if (start, end, message) not in seen:
                    seen.add((start, end, message))
                    yield ctx.report(start, end, message)
        yield from self.styles.problems(ctx, _style_message, seen)


_MARKER = re.compile(r"(?:[-+*]|[0-9]{1,9}[.)])( *)")
_INDENT = re.compile("[ \t]*")


def _indent_width(text: str, line_start: int, end: int) -> int:
    """The width of ``text[line_start:end]`` (white space), tabs to the next multiple of 4."""
    return len(text[line_start:end].expandtabs(4))


def _lazy_line(item, start: int, text: str):
    """The offset of the first lazy continuation line of the item's paragraphs (a line
    indented less than the item's content), or None.  textlint's parser does not
    continue an item there: the item and its list end before the line."""
    marker = _MARKER.match(text, start)
    if marker is None or item.inside("BlockQuote"):
        return None
    spaces = len(marker.group(1))
    if spaces > 4 or text[marker.end():marker.end() + 1] in ("\n", "\r", ""):
        spaces = 1
    marker_column = _indent_width(text, text.rfind("\n", 0, start) + 1, start)
    content_column = marker_column + marker.start(1) - start + spaces
    for child in item.children:
        if child.type != "Paragraph":
            continue
        line = text.find("\n", child.start, child.end)
        while line >= 0:
            line += 1
            if _indent_width(text, line, _INDENT.match(text, line).end()) < content_column:
                return line
            line = text.find("\n", line, child.end)
    return None


def check(node, opts, ctx):
    text = ctx.text
    if not TRIGGER.search(text):
        return
    state = _ListState()
    seen: set = set()

    def visit(current):
        # textlint's rule starts afresh on entering any list and reports on leaving one
        nonlocal state
        if current.type != "List":
            for child in current.children:
                yield from visit(child)
            return
        state = _ListState()
        items = current.children
        for index, item in enumerate(items):
            start = item.start  # at the marker, as in textlint
            lazy = _lazy_line(item, start, text)
            end = item.end if lazy is None else text.rindex("\n", 0, lazy) - (text[lazy - 2:lazy] == "\r\n")
            state.add_item(start, end, text)
            for child in item.children:
                if child.start < end:
                    yield from visit(child)
            if lazy is not None and index + 1 < len(items):
                yield from state.problems(ctx, seen)  # the list ends; the next items make another
                state = _ListState()
        yield from state.problems(ctx, seen)

    yield from visit(node)

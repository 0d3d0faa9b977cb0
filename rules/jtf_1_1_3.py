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

from postlint.rules._jtf_structure import OTHER, STYLE_NAMES, TRIGGER, StyleTally
from postlint.rules._textlint import JS_SPACE, report_node

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
                    yield report_node(ctx, start, end, message)  # a report of the item node
        yield from self.styles.problems(ctx, _style_message, seen)


def check(node, opts, ctx):
    if not TRIGGER.search(ctx.text):
        return
    yield from _visit(node, ctx, [_ListState()], set())


def _visit(current, ctx, state: list, seen: set):
    """The problems of the lists in ``current``.  textlint's rule starts afresh on entering
    any list and reports on leaving one: ``state`` holds the one state they all share (a
    nested list's replaces its parent's, which then goes on with it).  A function of the
    module, not a closure that calls itself: that would be a reference cycle holding the
    lint's context until the next full garbage collection."""
    if current.type != "List":
        for child in current.children:
            yield from _visit(child, ctx, state, seen)
        return
    state[0] = _ListState()
    for item in current.children:
        state[0].add_item(item.start, item.end, ctx.text)  # from the marker, as in textlint
        yield from _visit(item, ctx, state, seen)
    yield from state[0].problems(ctx, seen)

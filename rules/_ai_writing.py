"""What the rules of @textlint-ja/textlint-rule-preset-ai-writing 1.7.0 share.

Each rule of the preset takes an ``allows`` option: RegExp-like strings
(@textlint/regexp-string-matcher 2.x, :func:`postlint.jsregex.match_patterns`); a node whose
source any of them matches is not checked at all.

>>> from postlint.nodes import Node
>>> allowed(Node("Paragraph", 0, 9), "**注意**: 本文", ["/注意/"]), allowed(Node("Paragraph", 0, 9), "**注意**: 本文", [])
(True, False)
"""

from __future__ import annotations

from postlint.jsregex import match_patterns


def check_allows(opts) -> None:
    """Refuse, when the config loads, an ``allows`` entry that cannot compile."""
    match_patterns("", opts["allows"], matcher=2)


def allowed(node, text: str, allows) -> bool:
    """Whether an ``allows`` pattern matches somewhere in ``node``'s source."""
    return allowed_text(text[node.start:node.end], allows)


def allowed_text(text: str, allows) -> bool:
    """Whether an ``allows`` pattern matches somewhere in ``text`` (the rules then skip it)."""
    return bool(allows) and bool(match_patterns(text, allows, matcher=2))


class AnyOf:
    """A ``TRIGGER`` that finds any of some strings, for sets of rare characters such as emoji:
    ``str.find`` per string, where ``re`` walks a non-ASCII text at a few MB/s.

    >>> AnyOf("**", "✅").search("完了 ✅"), AnyOf("**", "✅").search("完了")
    ('✅', None)
    """

    def __init__(self, *words: str):
        self.words = words

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        return next((w for w in self.words if text.find(w, pos, end) >= 0), None)

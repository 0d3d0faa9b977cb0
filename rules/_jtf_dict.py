"""What the JTF-style word and character rules (jtf-2-1-2, -2-1-5, -2-1-6, -2-2-1, -2-2-3) share.

textlint-rule-preset-jtf-style checks spellings with textlint-rule-prh and a
dictionary of its own (here ``rules/dict/jtf-*.yml``, run by :mod:`postlint.prh`).
:class:`Dictionary` does what that rule does with one ``Str`` node: every text
outside links, images, block quotes and emphasis is checked (headings, lists and
table cells included), each change reported at its first character with the
dictionary's replacement as the fix.

Character checks see fewer nodes: :func:`postlint.rules._textlint.is_plain_str` is textlint-rule-helper's
``isPlainStrNode`` (text directly in a paragraph, not in a block quote).

In both, a bare URL in the text is a link of its own in textlint's tree, so it is
left out and the text on each side is a ``Str`` of its own (:func:`postlint.rules._textlint.text_spans`).
"""

from __future__ import annotations

import functools

from postlint.prh import Engine
from postlint.rules import data_text
from postlint.rules._textlint import inside, text_spans

_NOT_CHECKED_BY_PRH = ("Link", "Image", "BlockQuote", "Emphasis")


class Dictionary:
    """A prh dictionary of ``rules/dict/<name>.yml``, checked the way textlint-rule-prh does."""

    def __init__(self, name: str) -> None:
        self.engine = Engine.from_yaml(data_text("dict", f"{name}.yml"), f"dict/{name}.yml")
        self.name = name

    def problems(self, node, ctx, message):
        """Problems in the ``Str`` ``node``; ``message(actual, expected)`` words each one."""
        # the rules that may match somewhere in the file (see postlint.prh.Engine.candidates)
        rules = ctx.memo(("jtf-dictionary", self.name), lambda: self.engine.candidates(ctx.text))
        if not rules or inside(node, ctx.text, *_NOT_CHECKED_BY_PRH):
            return
        for start, end in text_spans(node, ctx):
            for change in self.engine.changes(ctx.text[start:end], rules=rules):
                text = message(change.actual, change.expected)
                if change.note:
                    text = f"{text}\n{change.note}"
                at = start + change.start
                yield ctx.report(at, at + 1, text, fix=ctx.fix(at, start + change.end, change.expected))


@functools.cache
def dictionary(name: str) -> Dictionary:
    """The dictionary ``rules/dict/<name>.yml`` (loaded once)."""
    return Dictionary(name)

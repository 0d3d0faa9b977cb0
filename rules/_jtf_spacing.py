"""What the JTF spacing rules (jtf-3-1-1, jtf-3-1-2, jtf-3-2, jtf-3-3) share.

textlint-rule-preset-jtf-style checks only text the author wrote as plain
paragraph text: a ``Str`` directly in a ``Paragraph`` (list items included),
not in a block quote, heading, link, emphasis or table.  It reads the node's
raw source, so :func:`user_texts` gives those pieces of the file:

* textlint's parser turns bare URLs into links: they are cut out (an escape's
  backslash is part of the text, as in textlint's ``Str``).

>>> from postlint.rule import Context
>>> from postlint.source import Source
>>> from postlint.markdown import parse
>>> src = Source.from_text("前 \\\\[注] 後 https://example.com です\\n\\n> 引用 です")
>>> doc = parse(src)
>>> ctx = Context(src, doc)
>>> [t for n in doc.find("Str") for _, t in user_texts(n, ctx)]
['前 \\\\[注] 後 ', ' です']
"""

from __future__ import annotations

import re

from postlint.rules._textlint import is_plain_str, text_spans

ASTRAL = "\U00010000-\U0010FFFF"  # one JavaScript [^...] cannot match these (two code units)


def user_spans(node, ctx, wanted: re.Pattern | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of the text textlint checks for the ``Str`` ``node``: plain paragraph
    text, bare URLs left out (empty for a node it does not check, or -- a shortcut -- with no
    match of ``wanted``)."""
    if not is_plain_str(node):
        return []
    spans = text_spans(node, ctx)
    if not spans or (wanted is not None and not wanted.search(ctx.text, spans[0][0], spans[-1][1])):
        return []
    return spans


def user_texts(node, ctx, wanted: re.Pattern | None = None) -> list[tuple[int, str]]:
    """``(offset, raw text)`` of the pieces of :func:`user_spans`."""
    return [(start, ctx.text[start:end]) for start, end in user_spans(node, ctx, wanted)]


def delete_spaces(ctx, pieces, regex: re.Pattern, message: str):
    """Report group 1 (one space character) of each match of ``regex`` in the ``pieces``
    of :func:`user_texts`; the fix deletes it.  Matches do not overlap, as with
    JavaScript's ``g`` flag."""
    for offset, text in pieces:
        for match in regex.finditer(text):
            at = offset + match.start(1)
            yield ctx.report(at, at + 1, message, fix=ctx.fix(at, at + 1, ""))

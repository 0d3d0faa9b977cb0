"""Shared pieces of the JTF number/alphabet rules (jtf-2-1-8, jtf-2-1-9, jtf-2-1-10).

textlint-rule-preset-jtf-style checks only text the author wrote as plain
prose: a ``Str`` whose parent is a ``Paragraph`` (so not headings, table cells,
links, emphasis or strong text) and that is not inside a block quote.  Bare
URLs, which textlint's parser turns into links, are left out too.
"""

from __future__ import annotations

from postlint.rules._textlint import is_plain_str, text_spans

# Full-width ASCII (U+FF01-U+FF5E) sits at a fixed distance from ASCII.
_FULLWIDTH_OFFSET = 0xFEE0


def prose_spans(node, ctx) -> list[tuple[int, int]]:
    """(start, end) of the checked text of ``node``: none if it is not plain paragraph
    text, else the node's text without bare URLs."""
    return text_spans(node, ctx) if is_plain_str(node) else []


def to_halfwidth(text: str) -> str:
    """Full-width ASCII letters and digits to ASCII.

    >>> to_halfwidth("ＡＢ１２")
    'AB12'
    """
    return "".join(chr(ord(ch) - _FULLWIDTH_OFFSET) if "\uff01" <= ch <= "\uff5e" else ch for ch in text)


def report_fullwidth_runs(node, ctx, run_pattern, what: str):
    """Report each run of ``run_pattern`` (full-width characters) in the prose of ``node``
    at its first character, with a fix writing the run half-width."""
    text = ctx.text
    for start, end in prose_spans(node, ctx):
        for m in run_pattern.finditer(text, start, end):
            found = m.group()
            expected = to_halfwidth(found)
            yield ctx.report(m.start(), m.start() + 1,
                             f"{what}は半角で書いてください: 「{found}」→「{expected}」",
                             fix=ctx.fix(m.start(), m.end(), expected))

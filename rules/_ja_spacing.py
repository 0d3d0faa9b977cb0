"""What the rules ported from textlint-rule-preset-ja-spacing share.

Most of them look at plain paragraph text only (textlint-rule-helper's
``isPlainStrNode``: a Str right in a paragraph, not in a heading, link, emphasis or
table cell, nor in a block quote) and take no options: :data:`PLAIN_STR_DECLARATIONS`,
:func:`plain_str_matches`, :func:`match_checker`.

ja-space-after-exclamation and ja-space-after-question are the same rule for two marks:
a full-width ``！``/``？``, a half-width space, and more text on the same line; the space
is reported and replaced by a full-width one (:func:`space_after_mark`).

>>> trigger, check = space_after_mark("！", "m")
>>> [m.start(1) for m in trigger.finditer("すごい！ 次へ。すごい！\\u3000次へ。すごい！ \\n次へ")]
[4]
"""

import re

from postlint.rules._jtf_spacing import user_spans

# NODES, OPTIONS, DEFAULTS of a rule that checks plain Str text and takes no options
PLAIN_STR_DECLARATIONS = (("Str",), {}, {})


def plain_str_matches(node, ctx, pattern: "re.Pattern"):
    """The matches of ``pattern`` in the ``Str`` ``node`` if it is plain paragraph text
    (nothing otherwise), found as textlint's ``matchAll`` finds them: without overlap, in
    each piece of the Str on its own (a bare URL is a link of its own in textlint's tree,
    so the text on each side of it is a Str of its own, and the URL is skipped): the
    spans of :func:`postlint.rules._jtf_spacing.user_spans`."""
    for start, end in user_spans(node, ctx):
        yield from pattern.finditer(ctx.text, start, end)


def match_checker(pattern: "re.Pattern", problem):
    """``check(node, opts, ctx)`` of a rule that reports, for each match of ``pattern`` in
    plain Str text (:func:`plain_str_matches`), ``problem(ctx, match)`` unless that is None."""

    def check(node, opts, ctx):
        for m in plain_str_matches(node, ctx, pattern):
            found = problem(ctx, m)
            if found is not None:
                yield found

    return check


def space_after_mark(mark: str, message: str):
    """``(TRIGGER, check)`` of the rule that reports a half-width space after ``mark`` when
    more text follows on the line (textlint's ``/！( )[^\\n]/g``), with a fix that makes
    it a full-width space."""
    pattern = re.compile(re.escape(mark) + "( )[^\n]")

    def full_width(ctx, m):
        space = m.start(1)
        return ctx.report(space, space + 1, message, fix=ctx.fix(space, space + 1, "\u3000"))

    return pattern, match_checker(pattern, full_width)

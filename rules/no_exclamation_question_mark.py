"""感嘆符・疑問符（! ? ！ ？）を使わない（textlint-rule-no-exclamation-question-mark 互換）。

Technical writing states facts; exclamation and question marks make it sound
excited or unsure.  Every ``!``, ``?``, ``！`` and ``？`` in a text node is
reported, except inside words listed in ``allow`` (``Yahoo!`` is always
allowed).  Links, images, block quotes and emphasis are not checked, as in
textlint.

Options: ``allow`` (words or ``/regexp/`` strings; default ``[]``),
``allowHalfWidthExclamation``, ``allowFullWidthExclamation``,
``allowHalfWidthQuestion``, ``allowFullWidthQuestion`` (each false).

    OK:  設定を確認してください。
    NG:  設定を確認しましたか？
"""

import functools
import re

from postlint.rules._textlint import autolinks, in_spans, inside

from postlint.jsregex import match_patterns, quiet_patterns_check

ID = "no-exclamation-question-mark"
NODES = ("Str",)
OPTIONS = {"allow": [str], "allowHalfWidthExclamation": bool, "allowFullWidthExclamation": bool,
           "allowHalfWidthQuestion": bool, "allowFullWidthQuestion": bool}
DEFAULTS = {"allow": [], "allowHalfWidthExclamation": False, "allowFullWidthExclamation": False,
            "allowHalfWidthQuestion": False, "allowFullWidthQuestion": False}
FIXABLE = False

ALWAYS_ALLOWED = ("Yahoo!",)
# textlint checks the marks in this order; problems come out sorted anyway.
_MARKS = (("!", "allowHalfWidthExclamation", "感嘆符"), ("?", "allowHalfWidthQuestion", "疑問符"),
          ("！", "allowFullWidthExclamation", "感嘆符"), ("？", "allowFullWidthQuestion", "疑問符"))
_SKIP_INSIDE = ("Link", "Image", "BlockQuote", "Emphasis")


@functools.lru_cache(maxsize=16)
def _any_mark(marks: tuple):
    """One search for any of the marks checked (instead of one per mark)."""
    return re.compile("[" + re.escape("".join(mark for mark, _ in marks)) + "]").search


check_options = quiet_patterns_check("allow")


def check(node, opts, ctx):
    if inside(node, ctx.text, *_SKIP_INSIDE):
        return
    text = ctx.text
    marks = tuple((mark, name) for mark, option, name in _MARKS if not opts[option])
    if not marks or not _any_mark(marks)(text, node.start, node.end):
        return
    urls = autolinks(node, ctx)  # textlint's parser makes links of bare URLs
    allowed = [(node.start + m.start, node.start + m.end)
               for m in match_patterns(text[node.start:node.end], [*opts["allow"], *ALWAYS_ALLOWED], matcher=1)]
    for mark, name in marks:
        pos = text.find(mark, node.start, node.end)
        while pos >= 0:
            # as textlint: a mark touching an allowed word's end still counts as inside it
            if not any(a <= pos <= b for a, b in allowed) and not in_spans(pos, urls):
                yield ctx.report(pos, pos + 1, f"{name}「{mark}」は使わず、平叙文で書いてください。")
            pos = text.find(mark, pos + 1, node.end)

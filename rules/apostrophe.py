"""Write an English apostrophe as ’, not ' or ‘ (textlint-rule-apostrophe 3.0.0 compatible).

A word with a straight or left quote as its apostrophe (``don't``, ``it‘s``, ``'til``) is
reported where the word starts, with a fix that puts ’ in: the original's pattern, a run of
ASCII letters (or a place after white space) followed by ' or ‘, then letters.  Every text
node is searched (also in links, headings and quotes).

Options: none.

    OK:  Don’t panic.
    NG:  Don't panic.   -> Don’t
"""

from postlint.jsregex import compile_js
from postlint.rules._textlint import str_pieces

ID = "apostrophe"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_EVIL = compile_js(r"(?:(?<=\s)|[^\d\W])+['‘](?:\w['‘])?\w*", "")


def check(node, opts, ctx):
    for start, end, _is_url in str_pieces(node, ctx):  # (each of textlint's text nodes is a text of its own)
        for found in _EVIL.finditer(ctx.text[start:end]):
            matched = found.group()
            good = matched.replace("'", "’").replace("‘", "’")
            at = start + found.start()
            yield ctx.report(at, at + 1, f"Write the apostrophe of “{matched}” as ’: “{good}”",
                             fix=ctx.fix(at, start + found.end(), good))

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

ID = "apostrophe"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_EVIL = compile_js(r"(?:(?<=\s)|[^\d\W])+['‘](?:\w['‘])?\w*", "")


def check(node, opts, ctx):
    for found in _EVIL.finditer(ctx.text, node.start, node.end):
        matched = found.group()
        good = matched.replace("'", "’").replace("‘", "’")
        yield ctx.report(found.start(), found.start() + 1,
                         f"Write the apostrophe of “{matched}” as ’: “{good}”",
                         fix=ctx.fix(found.start(), found.end(), good))

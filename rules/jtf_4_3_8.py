"""一重引用符 ' （textlint-rule-preset-jtf-style 4.3.8 互換：既定では何も報告しない）。

JTF style 4.3.8: single quotes are not used in Japanese text except where
the original has them.  textlint's rule checks nothing, and neither does this
one by default.  With ``checkPair: true`` a paragraph (outside block quotes,
read across links, strong and emphasized text) holding an odd number of
``'`` has its last one reported -- beware of apostrophes (``don't``).

Options: ``checkPair`` (false).

    OK:  'Hello' と表示される。            (checkPair: true)
    NG:  'Hello と表示される。             (checkPair: true)
"""

import re

from postlint.rules._jtf_brackets import check_pair

ID = "jtf-4-3-8"
NODES = ("Paragraph",)
OPTIONS = {"checkPair": bool}
DEFAULTS = {"checkPair": False}
FIXABLE = False
TRIGGER = re.compile("'")


def check(node, opts, ctx):
    if not opts["checkPair"]:
        return ()
    return check_pair(node, ctx, "一重引用符", "'", "'")

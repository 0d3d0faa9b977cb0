"""不要な制御文字を使わない（@textlint-rule/textlint-rule-no-invalid-control-character 互換）。

Control characters other than line feed, carriage return and tab never belong
in prose: a stray backspace or vertical tab pasted from a terminal or a PDF
is invisible but breaks rendering and search.  Reported: C0 controls (U+0000–
U+001F except tab, LF, CR), DEL (U+007F), C1 controls (U+0080–U+009F) and the
bidi embedding/override marks (U+202A–U+202E).  ``--fix`` deletes them.

Checked: text nodes, and image markup (alt text and title) unless
``checkImage`` is false; inline code and code blocks only when ``checkCode``.

Options: ``allow`` (characters to accept, e.g. ``["\\u000b"]``; default
``[]``), ``checkCode`` (false), ``checkImage`` (true).

    OK:  改行やタブだけを含む文
    NG:  垂直タブ\\u000bを含む文
"""

import re

ID = "no-invalid-control-character"
NODES = ("Str", "Code", "CodeBlock", "Image")
OPTIONS = {"allow": list, "checkCode": bool, "checkImage": bool}
DEFAULTS = {"allow": [], "checkCode": False, "checkImage": True}
FIXABLE = True

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u202a-\u202e]")
TRIGGER = _CONTROL  # a file without control characters is skipped
_C0 = ("NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI "
       "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US").split()
_C1 = ("PAD HOP BPH NBH IND NEL SSA ESA HTS HTJ VTS PLD PLU RI SS2 SS3 "
       "DCS PU1 PU2 STS CCH MW SPA EPA SOS SGC SCI CSI ST OSC PM APC").split()
_BIDI = ("LRE", "RLE", "PDF", "LRO", "RLO")


def abbreviation(char: str) -> str:
    """The usual abbreviation of a control character.

    >>> abbreviation("\\x0b"), abbreviation("\\x85"), abbreviation("\\u202e")
    ('VT', 'NEL', 'RLO')
    """
    code = ord(char)
    if code < 0x20:
        return _C0[code]
    if code == 0x7F:
        return "DEL"
    if 0x80 <= code <= 0x9F:
        return _C1[code - 0x80]
    return _BIDI[code - 0x202A]


def _end(node) -> int:
    """Where to stop scanning: the parser drops trailing VT/FF from the last text
    of a paragraph, which textlint keeps in it, so scan to the paragraph's end."""
    parent = node.parent
    if node.type == "Str" and parent is not None and parent.type in ("Paragraph", "Header") \
            and parent.children[-1] is node:
        return max(node.end, parent.end)
    return node.end


def check(node, opts, ctx):
    kind = node.type
    if kind in ("Code", "CodeBlock") and not opts["checkCode"]:
        return
    if kind == "Image" and not opts["checkImage"]:
        return
    allow = set(opts["allow"])
    for match in _CONTROL.finditer(ctx.text, node.start, _end(node)):
        char = match.group()
        if char in allow:
            continue
        yield ctx.report(match.start(), match.end(),
                         f"制御文字 U+{ord(char):04X} ({abbreviation(char)}) が含まれています。削除してください。",
                         fix=ctx.fix(match.start(), match.end(), ""))

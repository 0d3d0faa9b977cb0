"""見出しの長さを見出しの深さごとに制限する（textlint-rule-max-length-of-title 1.0.1 互換）。

An ATX heading (``## 題``) is reported, as a whole, when its text is longer than the
limit set for its depth: option ``"#"`` (32 by default) for ``#`` headings, ``"##"`` for
``##`` and so on (a depth without a limit is not checked).  The text is the heading as
written after its ``#`` marks and the spaces after them, trailing spaces included, counted
in UTF-16 units; with ``zenkakuBase`` two half-width characters (printable ASCII) count as one.

The original reads the heading with ``/^(#+)([^#]*)$/``: a setext heading (``題\\n===``), a
heading with ``#`` in its text (``## C# の話``) or closing ``#`` marks fails there (the
rule stops with an error); postlint does not check them.

Options: ``"#"`` … ``"######"`` (limits; ``"#"``: 32), ``zenkakuBase`` (false), ``lang``
(the original's message language; postlint's message is its own).

    OK:  ## 設定の手順
    NG:  # 初めての人のための、設定ファイルの書き方と読み方を一から順に説明する長い見出し
"""

import re

from postlint.jsregex import JS_SPACE
from postlint.rules._textlint import report_node
from postlint.source import utf16_len

ID = "max-length-of-title"
NODES = ("Header",)
OPTIONS = {"#": int, "##": int, "###": int, "####": int, "#####": int, "######": int, "zenkakuBase": bool, "lang": str}
DEFAULTS = {"#": 32, "zenkakuBase": False, "lang": "en"}
FIXABLE = False

_ATX = re.compile(r"(#+)([^#]*)\Z")
_HALF_WIDTH = re.compile(r"[\x20-\x7e]")


def title_length(title: str, zenkaku_base: bool) -> int:
    """The length the original compares: UTF-16 units, or with ``zenkaku_base`` the
    characters other than printable ASCII plus half the ASCII ones, rounded up.

    >>> title_length("設定 abc", False), title_length("設定 abc", True)
    (6, 4)
    """
    if not zenkaku_base:
        return utf16_len(title)
    half = len(_HALF_WIDTH.findall(title))
    return utf16_len(title) - half + (half + 1) // 2


def check(node, opts, ctx):
    found = _ATX.match(ctx.text[node.start:node.end].lstrip(JS_SPACE))
    if found is None:
        return
    limit = opts.get(found.group(1))
    if not isinstance(limit, int):
        return
    title = found.group(2).lstrip(JS_SPACE)
    length = title_length(title, opts["zenkakuBase"])
    if limit < length:
        yield report_node(ctx, node.start, node.end,
                          f"見出し「{title.strip()}」が {length} 文字あります（この深さの上限 {limit} 文字）。短くしてください。")

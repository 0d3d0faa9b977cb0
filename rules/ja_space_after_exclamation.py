"""文中で文を区切る感嘆符（！）の後ろは半角スペースでなく全角スペースにする（textlint-rule-ja-space-after-exclamation 3.0.3 互換）。

A full-width ``！`` followed by a half-width space and more text on the same line is
reported at the space, which the fix turns into a full-width space.  Only plain
paragraph text is checked (not headings, links, emphasis, tables, block quotes).

Options: none.

    OK:  やった！　次の話に進もう。
    NG:  やった！ 次の話に進もう。
"""

from postlint.rules._ja_spacing import PLAIN_STR_DECLARATIONS, space_after_mark

ID = "ja-space-after-exclamation"
NODES, OPTIONS, DEFAULTS = PLAIN_STR_DECLARATIONS  # ("Str",), no options
FIXABLE = True
# TRIGGER: the pattern itself (a file without a match has nothing to report)
TRIGGER, check = space_after_mark("！", "感嘆符（！）の後ろに文が続くときは、半角スペースではなく全角スペース（　）を入れてください。")

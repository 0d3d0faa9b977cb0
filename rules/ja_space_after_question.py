"""文中で文を区切る疑問符（？）の後ろは半角スペースでなく全角スペースにする（textlint-rule-ja-space-after-question 3.0.3 互換）。

A full-width ``？`` followed by a half-width space and more text on the same line is
reported at the space, which the fix turns into a full-width space.  Only plain
paragraph text is checked (not headings, links, emphasis, tables, block quotes).

Options: none.

    OK:  本当に動くのか？　試してみよう。
    NG:  本当に動くのか？ 試してみよう。
"""

from postlint.rules._ja_spacing import PLAIN_STR_DECLARATIONS, space_after_mark

ID = "ja-space-after-question"
NODES, OPTIONS, DEFAULTS = PLAIN_STR_DECLARATIONS  # ("Str",), no options
FIXABLE = True
# TRIGGER: the pattern itself (a file without a match has nothing to report)
TRIGGER, check = space_after_mark("？", "疑問符（？）の後ろに文が続くときは、半角スペースではなく全角スペース（　）を入れてください。")

"""算用数字と漢数字を使い分ける（JTF 2.2.2; textlint-rule-preset-jtf-style 3.0.3
「2.2.2.算用数字と漢数字の使い分け」互換）。

The same rule as ``arabic-kanji-numbers`` (ja-technical-writing takes it from
this preset), under the preset's id: countable quantities in Arabic numerals
(「二十回」→「20回」, 「第三章」→「第3章」), idioms and round numbers in kanji
(「世界1」→「世界一」, 「数10倍」→「数十倍」).  Each pattern is reported once
per text node, at its first character, with a fix.  Paragraph text only, not
block quotes.

Options: none.

    OK:  第3章を20回読んだ。
    NG:  第三章を二十回読んだ。   (fix: 第3章を20回読んだ。)
"""

from postlint.rules.arabic_kanji_numbers import check  # noqa: F401 (the rule itself)

ID = "jtf-2-2-2"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

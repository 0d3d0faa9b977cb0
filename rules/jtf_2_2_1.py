"""ひらがなと漢字を JTF スタイルガイドの表のとおりに使い分ける（JTF スタイルガイド 2.2.1、textlint-rule-preset-jtf-style 互換）。

JTF style 2.2.1 (ひらがなと漢字の使い分け): words that are written in hiragana
(下さい → ください, 出来る → できる, 以下の通り → 以下のとおり, 従って（接続詞）→
したがって) and words that are written in kanji (にしたがって → に従って, なにも →
何も), from the dictionary rules/dict/jtf-2-2-1.yml.  Checked in the text
textlint-rule-prh checks (not in links, block quotes or emphasis); ``--fix``
writes the dictionary's spelling.  Off in the jtf-style preset.  No options.

    OK:  設定は以下のとおりです。
    NG:  設定は以下の通りです。
"""

from postlint.rules._jtf_dict import dictionary

ID = "jtf-2-2-1"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
FIX_ONCE = True  # a dictionary replacement: its output is not replaced again in the same run


def _message(actual: str, expected: str) -> str:
    return f"ひらがなと漢字の使い分け: 「{actual}」は「{expected}」と書いてください。"


def check(node, opts, ctx):
    return dictionary(ID).problems(node, ctx, _message)

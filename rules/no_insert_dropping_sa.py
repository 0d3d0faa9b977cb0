"""さ入れ言葉（「美味しさそう」「帰りたさそう」）とさ抜け言葉（「良そう」「無そう」）を見つける（@textlint-ja/textlint-rule-no-insert-dropping-sa 2.0.1 互換）。

「〜そう」の前に要らない「さ」を入れた形と、要る「さ」を抜いた形を、IPADIC のトークン並び
（rules/dict/no-insert-dropping-sa.yml）で Str ごとに探し、「さ」の位置（さ抜けは語の頭）に
報告して直します。configured as ``@textlint-ja/no-insert-dropping-sa`` (the id textlint
reports then) or ``no-insert-dropping-sa``.  Options: none.

    OK:  とても美味しそうだ。問題は無さそうだ。
    NG:  とても美味しさそうだ。問題は無そうだ。
"""

from postlint import wordlist

ID = "no-insert-dropping-sa"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True


def check(node, opts, ctx):
    return wordlist.check_str(node, ctx, [wordlist.builtin(ID)], fixable=True, carry=True)

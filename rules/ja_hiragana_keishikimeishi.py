"""形式名詞（事・時・物・為・訳など）をひらがなで書く（textlint-rule-ja-hiragana-keishikimeishi 1.1.0 互換）。

A formal noun (形式名詞) carries grammar, not meaning: 「読む事ができる」 reads better as
「読むことができる」.  The word list (rules/dict/ja-hiragana-keishikimeishi.yml) finds the noun
by the word before it (a verb, an adjective, an auxiliary…), in each Str; the noun is reported
and replaced by its hiragana spelling.  Options: none.

    OK:  読むことができる。
    NG:  読む事ができる。
"""

from postlint.rules._hiragana import checker, same_formal_noun

ID = "ja-hiragana-keishikimeishi"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_check = checker(ID, utf16_index=False)  # the original reports at kuromoji's word_position


def check(node, opts, ctx):
    """Run the word list over one Str node (a problem ja-keishikimeishi repeats is kept once)."""
    return same_formal_noun(_check(node, opts, ctx), ctx)

"""代名詞（何処・貴方・何時・之など）をひらがなで書く（textlint-rule-ja-hiragana-daimeishi 1.0.0 互換）。

Pronouns written in kanji read more easily in hiragana: 「何処」→「どこ」, 「貴方」→「あなた」,
「何時も」→「いつも」.  The word list is rules/dict/ja-hiragana-daimeishi.yml (IPADIC token
sequences, told apart by their reading: 何処 read ドコ becomes どこ, read イズコ いずこ), run over
each Str; each match is reported and replaced.  Options: none.

    OK:  どこにあるか分からない。
    NG:  何処にあるか分からない。
"""

from postlint.rules._hiragana import checker

ID = "ja-hiragana-daimeishi"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

check = checker(ID, utf16_index=True)  # the original adds up the surfaces' lengths

"""補助動詞（〜て頂く・〜て下さい・〜て来るなど）をひらがなで書く（textlint-rule-ja-hiragana-hojodoushi 1.1.0 互換）。

A verb that follows 〜て as a helper has lost its own meaning and reads better in hiragana:
「教えて頂く」→「教えていただく」, 「増えて来る」→「増えてくる」.  The word list is
rules/dict/ja-hiragana-hojodoushi.yml (IPADIC token sequences: the helper verb as MeCab tags
it, 非自立), run over each Str; each match is reported and replaced.

Options: ``rulePath`` — a word list of your own in the original's format (``message`` and a
``dict`` of ``expected`` + ``tokens``), relative to the config file's folder; it replaces the
built-in list.

    OK:  教えていただく。
    NG:  教えて頂く。
"""

from postlint.rules._hiragana import RULE_PATH_DECLARATIONS, checker

ID = "ja-hiragana-hojodoushi"
# NODES ("Str",), OPTIONS and DEFAULTS {"rulePath": None}, FILE_OPTIONS ("rulePath",), FIXABLE, check_options
NODES, OPTIONS, DEFAULTS, FILE_OPTIONS, FIXABLE, check_options = RULE_PATH_DECLARATIONS
check = checker(ID, utf16_index=True)  # the original adds up the surfaces' lengths

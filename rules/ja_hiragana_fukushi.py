"""副詞（敢えて・殆ど・予めなど）をひらがなで書く（textlint-rule-ja-hiragana-fukushi 1.3.0 互換）。

Many adverbs read more easily in hiragana: 「殆ど」→「ほとんど」, 「予め」→「あらかじめ」.
The word list is rules/dict/ja-hiragana-fukushi.yml (IPADIC token sequences), run over each
Str; each match is reported and replaced.

Options: ``rulePath`` — a word list of your own in the original's format (``message`` and a
``dict`` of ``expected`` + ``tokens``), relative to the config file's folder; it replaces the
built-in list.

    OK:  ほとんど終わった。
    NG:  殆ど終わった。
"""

from postlint.rules._hiragana import RULE_PATH_DECLARATIONS, checker

ID = "ja-hiragana-fukushi"
# NODES ("Str",), OPTIONS and DEFAULTS {"rulePath": None}, FILE_OPTIONS ("rulePath",), FIXABLE, check_options
NODES, OPTIONS, DEFAULTS, FILE_OPTIONS, FIXABLE, check_options = RULE_PATH_DECLARATIONS
check = checker(ID, utf16_index=True)  # the original adds up the surfaces' lengths

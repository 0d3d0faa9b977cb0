"""弱い表現（「かもしれない」「思う」など）を見つける（textlint-rule-ja-no-weak-phrase 互換）。

Hedging phrases make a technical text sound unsure.  The phrases are a word
list (rules/dict/ja-no-weak-phrase.yml: IPADIC token patterns) run by
postlint.wordlist over each Str node; no fix is offered.  Option
``dictionaries``: extra word lists in the same format (paths relative to the
config file's folder).

    OK:  この方法で解決できます。
    NG:  この方法で解決できるかもしれない。
"""

from postlint import wordlist

ID = "ja-no-weak-phrase"
NODES = ("Str",)
OPTIONS = {"dictionaries": list}
DEFAULTS = {"dictionaries": []}
FILE_LIST_OPTIONS = ("dictionaries",)  # word list paths, from the config file's folder
check_options = wordlist.check_dictionaries
FIXABLE = False

check = wordlist.str_check(ID, FIXABLE)

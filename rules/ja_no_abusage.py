"""よくある誤用（「適応する」「読みずらい」「値を返却する」など）を見つける（textlint-rule-ja-no-abusage 互換）。

Misused words and idioms, from a word list (rules/dict/ja-no-abusage.yml):
IPADIC token patterns checked in every Str node, and prh phrases checked in
Str nodes outside links, block quotes and emphasis.  Fixable where the list
gives the right form.  Option ``dictionaries``: extra word lists in the same
format (paths relative to the config file's folder).

    OK:  規則を適用する。読みづらい文章。
    NG:  規則を適応する。読みずらい文章。
"""

from postlint import wordlist

ID = "ja-no-abusage"
NODES = ("Str",)
OPTIONS = {"dictionaries": list}
DEFAULTS = {"dictionaries": []}
FILE_LIST_OPTIONS = ("dictionaries",)  # word list paths, from the config file's folder
check_options = wordlist.check_dictionaries
FIXABLE = True
FIX_ONCE = True  # dictionary replacements applied to their own output would chain (大抵 → たいてい → と方いてい)

check = wordlist.str_check(ID, FIXABLE)

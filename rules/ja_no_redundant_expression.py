"""冗長な表現（「することができる」「を行う」など）を見つける（textlint-rule-ja-no-redundant-expression 互換）。

Wordy constructions that say the same thing twice.  The list is
rules/dict/ja-no-redundant-expression.yml (IPADIC token patterns, ids
dict1..dict6), matched over each paragraph's plain text.  Some entries carry
a fix (「解析することができます」 -> 「解析できます」).

Options:
    dictOptions: {dictN: {disabled: bool, allows: [RegExp-like strings]}}
    allowNodeTypes: node types whose text is not reported
                    (default BlockQuote, Link, ReferenceDef, Code)
    dictionaries: extra word lists in the same format

    OK:  データを解析できます。
    NG:  データを解析することができます。
"""

from postlint import wordlist

ID = "ja-no-redundant-expression"
NODES = ("Paragraph",)
OPTIONS = {"dictOptions": dict, "allowNodeTypes": list, "dictionaries": list}
DEFAULTS = {"dictOptions": {}, "allowNodeTypes": ["BlockQuote", "Link", "ReferenceDef", "Code"], "dictionaries": []}
FILE_LIST_OPTIONS = ("dictionaries",)  # word list paths, from the config file's folder
check_options = wordlist.check_dictionaries
FIXABLE = True


def check(node, opts, ctx):
    try:
        dictionaries = wordlist.dictionaries_for(ID, ctx, opts["dictionaries"])
    except wordlist.WordListError as exc:
        return list(wordlist.report_once(ctx, ID, str(exc)))
    return wordlist.check_paragraph(
        node, ctx, dictionaries,
        dict_options=opts["dictOptions"], ignore_types=opts["allowNodeTypes"], fixable=True)

"""形式名詞（事・時・物・為・訳・方・上など）をひらがなで書く（textlint-rule-ja-keishikimeishi 1.0.5 互換）。

A formal noun (形式名詞) carries grammar, not meaning: 「読む事ができる」 reads better as
「読むことができる」.  The word list (rules/dict/ja-keishikimeishi.yml) finds the noun by the
word before it (a verb, an adjective, an auxiliary, or 名詞+の for 所), in each Str; the noun
is reported and replaced by its hiragana spelling.  Same list as ja-hiragana-keishikimeishi,
but tokenized as kuromoji 0.1.2 reads IPADIC (this package runs kuromojin 3), and with two
options.  As in the original, whose matchers are made once, a match may begin in one Str
and end in the next.

Options (as in the original, any option given, even ``severity``, turns both checks below off
unless they are set to true; with none, both run):

- ``detection_hou_kata`` (bool): report 方 → ほう (「走る方が速い」).
- ``detection_ue`` (bool): report 上 → うえ (「考える上で」).

    OK:  読むことができる。
    NG:  読む事ができる。
"""

from __future__ import annotations

import functools
import re

from postlint import wordlist
from postlint.rules._hiragana import same_formal_noun

ID = "ja-keishikimeishi"
NODES = ("Str",)
OPTIONS = {"detection_hou_kata": (bool, type(None)), "detection_ue": (bool, type(None))}
DEFAULTS = {"detection_hou_kata": None, "detection_ue": None}  # None: not given
FIXABLE = True

# every entry ends in one of these nouns
TRIGGER = re.compile("[上事毎度為時所方訳物]|通り")


@functools.lru_cache(maxsize=4)
def _dictionary(hou: bool, ue: bool) -> wordlist.Dictionary:
    """The word list with the 方 (``hou``) and 上 (``ue``) entries on or off."""
    full = wordlist.builtin(ID)
    if hou and ue:
        return full
    off = {"hou": {"disabled": not hou}, "ue": {"disabled": not ue}}
    return wordlist.Dictionary(full.enabled(off), None, full.name)


def check(node, opts, ctx):
    """Run the word list over one Str node."""
    hou, ue = opts["detection_hou_kata"], opts["detection_ue"]
    if hou is None and ue is None:  # no options: the original checks everything
        dictionary = _dictionary(True, True)
    else:  # some option given: only what is set to true
        dictionary = _dictionary(bool(hou), bool(ue))
    # kuromojin 3: kuromoji 0.1.2's reading of IPADIC; reported at the noun's word_position
    # (code points), as ja-hiragana-keishikimeishi; the original's matchers, made once, go on
    # from one Str to the next (carry); a problem ja-hiragana-keishikimeishi repeats is kept once
    return same_formal_noun(wordlist.check_str(node, ctx, [dictionary], fixable=True, dic="ipadic", carry=True), ctx)

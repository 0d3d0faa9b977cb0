"""不適切な表現（差別語・侮辱語・性的な語とその伏せ字）を見つける（textlint-rule-ja-no-inappropriate-words 2.0.0 互換）。

Every Str node is tokenized with IPADIC (what kuromoji gives) and each token
whose surface is a word of the list (rules/dict/ja-no-inappropriate-words.yml,
run by postlint.wordlist) is reported at its first character.  Only whole
tokens count: 「カス」 is found in 「あいつはカスだ」 but not in 「カスタム」, and a
list word that the tokenizer cuts in two is never found.  No fix, no options.

    OK:  このやり方はうまくいかない。
    NG:  こんなやり方はバカげている。
"""

import bisect

from postlint import wordlist
from postlint.rules._word_screen import trie_regex

ID = "ja-no-inappropriate-words"
NODES = ("Str",)
OPTIONS: dict = {}  # textlint's rule takes none
DEFAULTS: dict = {}
FIXABLE = False  # a word to avoid has no one replacement


class _Trigger:
    """Any word of the list in the file (a trie regex, built on the first search: importing
    the rule reads no YAML)."""

    _regex = None

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        if self._regex is None:
            words = {v for entry in wordlist.builtin(ID).entries for pattern in entry.tokens
                     for name, values in pattern.fields if name == "surface_form" for v in values}
            type(self)._regex = trie_regex(words)
        return self._regex.search(text, pos, len(text) if endpos is None else endpos)

    def starts(self, text: str) -> list[int]:
        """Every offset at which a word of the list starts in ``text``."""
        found = []
        hit = self.search(text)
        while hit is not None:
            found.append(hit.start())
            hit = self.search(text, hit.start() + 1)
        return found


TRIGGER = _Trigger()


def check(node, opts, ctx):
    # the file is searched once; a Str in which no word starts is not looked at again
    starts = ctx.memo((ID, "starts"), lambda: TRIGGER.starts(ctx.text))
    i = bisect.bisect_left(starts, node.start)
    if i == len(starts) or starts[i] >= node.end:
        return []
    return wordlist.check_str(node, ctx, [wordlist.builtin(ID)], fixable=False)

"""漢字をひらく: ひらがなで書いたほうが読みやすい語を見つける（textlint-rule-ja-hiraku 1.4.0 互換）。

「丁度良かった。色々話を聞いて頂きたい」 reads more easily as 「ちょうどよかった。いろいろ話を
聞いていただきたい」.  The word list (rules/dict/ja-hiraku.yml, 153 words in thirteen lists by
part of speech: 代名詞, 副助詞, 副詞, 補助動詞, 補助形容詞, 形式名詞, 連体詞, 接続詞, and other
動詞, 助動詞, 感動詞, 形容詞, 名詞) names each word as one IPADIC token; each Str is tokenized as
kuromoji 0.1.2 reads IPADIC (the original runs kuromojin 3), a word found is reported where it
starts and replaced by its hiragana spelling.  As in the original, whose matcher is made once,
a match may begin in one Str and end in the next.

Options, one per list (``daimeishi``, ``fukujoshi``, ``fukushi``, ``hojodoushi``,
``hojokeiyoushi``, ``keishikimeishi``, ``other-doushi``, ``other-jodoushi``,
``other-kandoushi``, ``other-keiyoushi``, ``other-meishi``, ``rentaishi``, ``setsuzokushi``;
all true by default): false turns the list off; a mapping from words (as written in kanji) to
true or false turns single words on or off, the others staying on.  A pending word (補助動詞
「致し」) is off unless a mapping turns it on.

    OK:  いろいろ話を聞いていただきたい。
    NG:  色々話を聞いて頂きたい。   -> いろいろ話を聞いていただきたい。
"""

from __future__ import annotations

import json

from postlint import wordlist

ID = "ja-hiraku"
NODES = ("Str",)
LISTS = ("daimeishi", "fukujoshi", "fukushi", "hojodoushi", "hojokeiyoushi", "keishikimeishi",
         "other-doushi", "other-jodoushi", "other-kandoushi", "other-keiyoushi", "other-meishi",
         "rentaishi", "setsuzokushi")
OPTIONS = {name: (bool, dict) for name in LISTS}
DEFAULTS = {name: True for name in LISTS}
FIXABLE = True

_CHOSEN: dict[str, wordlist.Dictionary] = {}  # the options, as JSON -> the entries they turn on


def chosen(opts: dict) -> wordlist.Dictionary:
    """The word list with the entries ``opts`` turn on, as the original's loader picks them.

    >>> len(chosen(DEFAULTS).entries), len(chosen({**DEFAULTS, "fukushi": False}).entries) < 152
    (152, True)
    >>> [e.id for e in chosen({**DEFAULTS, "hojodoushi": {"致し": True}}).entries if e.id.endswith("致し")]
    ['hojodoushi/致し']
    >>> "fukushi/色々" in {e.id for e in chosen({**DEFAULTS, "fukushi": {"色々": False}}).entries}
    False
    """
    key = json.dumps({name: opts.get(name, True) for name in LISTS}, sort_keys=True, ensure_ascii=False)
    held = _CHOSEN.get(key)
    if held is None:
        full = wordlist.builtin(ID)
        entries = []
        for entry in full.entries:
            name, _, word = entry.id.partition("/")
            setting = opts.get(name, True)
            if setting is False:
                continue
            if isinstance(setting, dict) and word in setting:
                if not setting[word]:
                    continue
                if entry.disabled:  # a pending word, named
                    entry = wordlist.Entry(entry.tokens, entry.message, entry.expected, entry.id, entry.allows,
                                           False, entry.report_at, entry.fix_from)
            elif entry.disabled:
                continue
            entries.append(entry)
        if len(_CHOSEN) > 16:
            _CHOSEN.clear()
        held = _CHOSEN[key] = wordlist.Dictionary(entries, None, full.name)
    return held


def check(node, opts, ctx):
    """Run the chosen words over one Str node: kuromoji 0.1.2's IPADIC, reported at the word's
    word_position (code points), matches carried from one Str to the next."""
    dictionary = ctx.memo((ID, "chosen", id(opts)), lambda: chosen(opts))  # once per document, not per Str
    return wordlist.check_str(node, ctx, [dictionary], fixable=True, dic="ipadic", carry=True)

"""技術用語の表記（Javascript → JavaScript など）を調べる（textlint-rule-spellcheck-tech-word 5.0.0 互換）。

技術用語の綴り・大文字小文字・カタカナ表記の誤りを、technical-word-rules 1.9.5 の単語リスト
（rules/dict/spellcheck-tech-word.yml、prh 形式）で Str ごとに探し、その位置に報告して直します。
リンク・画像・引用・強調の中は調べません。元のルールどおり、リストの一項目は一つの Str で最初の
一か所だけを報告し、大文字小文字を区別しない項目は、正しい大文字小文字で書かれていれば報告しません。
configured as ``spellcheck-tech-word``.

Options: なし。

    OK:  JavaScript で書いた Web アプリ。
    NG:  Javascript で書いた Web アプリ。
"""

from __future__ import annotations

import functools
from pathlib import Path

from postlint.jsregex import compile_js
from postlint.prh import Engine, expand_groups
from postlint.rules._textlint import inside, text_spans
from postlint.rules._word_screen import WordScreen, words_of

ID = "spellcheck-tech-word"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_DICTIONARY = Path(__file__).parent / "dict" / "spellcheck-tech-word.yml"


class _Entry:
    """One item of the list: its prh rule (for the cheap whole-file screen), the regex
    as the npm rule builds it (the list's flag only, no g), and without the flag."""

    def __init__(self, rule) -> None:
        self.words = words_of(rule.regex.source)
        self.screen = rule.screen if self.words is None else None
        self.expected = rule.expected
        self.safe = not rule.raw.get("suggestion")  # an entry whose fix can break text: not applied by --fix
        self.query = compile_js(rule.regex.source, rule.regex.flags)
        self.strict = compile_js(rule.regex.source, "") if rule.regex.flags else None

    def find(self, text: str):
        """``(index, actual, expected)`` of the entry's first match in ``text``, or None
        when the npm rule reports nothing for it: the match is spelt right already (an
        ``i`` entry also matches without ``i``), or the replacement is already there."""
        m = self.query.search(text)
        if m is None:
            return None
        actual = m.group()
        if self.strict is not None and self.strict.search(actual):
            return None
        # String.replace with the same regex on the matched text alone (its first match there)
        again = self.query.search(actual)
        expected = actual if again is None else (
            actual[:again.start()] + expand_groups(self.expected, (again.group(), *again.groups()))
            + actual[again.end():])
        if text.startswith(expected, m.start()):
            return None
        return m.start(), actual, expected


# -- which entries a Str needs: most need none ------------------------------------------------
#
# Each entry gets words of which every match holds one (postlint.rules._word_screen): one search
# for all the words in a folded Str tells which entries to try there.  An entry whose words cannot
# be found this way keeps prh's screen (a regex search through the file), or is always tried when
# it has none.


@functools.cache
def _entries() -> tuple:
    return tuple(_Entry(rule) for rule in Engine.from_file(_DICTIONARY).rules)


@functools.cache
def _screen() -> WordScreen:
    return WordScreen([e.words for e in _entries()])


def _screened_in(text: str) -> tuple:
    """The indexes of the entries without words whose screen may match in the file ``text``."""
    return tuple(i for i, e in enumerate(_entries())
                 if e.words is None and (e.screen is None or e.screen(text)))


def _candidates(text: str, screened: tuple) -> list:
    """The entries, in the list's order, that may match in a Str's text ``text``: those
    whose words it holds, and the file's ``screened`` ones."""
    entries = _entries()
    return [entries[i] for i in _screen().entries_in(text, screened)]


def check(node, opts, ctx):
    screened = ctx.memo(ID, lambda: _screened_in(ctx.text))
    if inside(node, ctx.text, "Link", "Image", "BlockQuote", "Emphasis"):
        return
    for base, end in text_spans(node, ctx):  # each of textlint's Str texts (a bare URL is a link)
        text = ctx.text[base:end]
        for entry in _candidates(text, screened):
            found = entry.find(text)
            if found is not None:
                index, actual, expected = found
                start = base + index
                fix = ctx.fix(start, start + len(actual), expected, safe=entry.safe)
                yield ctx.report(start, start + 1, f"「{actual}」は「{expected}」と書きます。", fix=fix)

"""Morphological analysis: the only module that imports fugashi.

Two dictionaries behind one :class:`Token` type:

- ``"ipadic"``: the IPADIC that kuromoji ships, so rules ported from textlint
  see the tokens textlint's rules were written against;
- ``"unidic"``: unidic-lite, whose lemma (語彙素) and short units postlint's
  own rules use;
- ``"ipadic-kuromoji-0.1.1"``: IPADIC as kuromoji 0.1.1 reads it, for the rules whose
  packages pin that version (the ja-hiragana-* rules; see :mod:`postlint.kuromoji_ipadic`).

MeCab skips white space; kuromoji emits it as a ``記号,空白`` token.  Here
white space becomes such a token too, so token positions match kuromoji's, and
for IPADIC MeCab reads characters as kuromoji does (white space is a word that
the next word is joined to, unknown words are grouped by kuromoji's rules:
:mod:`postlint.kuromoji_ipadic`).  Each text is tokenized once per dictionary
(an LRU cache).  Where two or more characters beyond U+FFFF (emoji) stand together, the
IPADIC tokens read past as many characters after them, as kuromoji does
(:func:`_past_astral_runs`).

>>> [t.surface_form for t in tokens("猫が好きです。")]
['猫', 'が', '好き', 'です', '。']
>>> t = tokens("分かりません", "unidic")[0]
>>> (t.surface_form, t.lemma, t.pos)
('分かり', '分かる', '動詞')
"""

from __future__ import annotations

import functools
from collections import namedtuple
from time import perf_counter

from postlint import kuromoji_ipadic, timing
from postlint.source import utf16_len

DICTIONARIES = ("ipadic", "unidic", "ipadic-kuromoji-0.1.1")
# the IPADIC ones, and the kuromoji version each reads the dictionary as
IPADIC_KUROMOJI = {"ipadic": "0.1.2", "ipadic-kuromoji-0.1.1": "0.1.1"}


_FIELDS = ("surface_form", "pos", "pos_detail_1", "pos_detail_2", "pos_detail_3", "conjugated_type",
           "conjugated_form", "basic_form", "reading", "pronunciation", "start", "end", "lemma")


class Token(namedtuple("Token", _FIELDS, defaults=("",))):
    """One morpheme (kuromoji's fields).  A named tuple: built in C, read-only."""

    __slots__ = ()

    @property
    def word_position(self) -> int:
        """1-based start, as kuromoji reports it."""
        return self[10] + 1

    @property
    def surface(self) -> str:
        return self[0]


_new = tuple.__new__


@functools.lru_cache(maxsize=None)
def _tagger(dic: str):
    started = perf_counter()
    tagger = _open_tagger(dic)
    timing.set_aside(perf_counter() - started)  # start-up, not the time of the rule that asked
    return tagger


def _open_tagger(dic: str):
    import fugashi

    if dic in IPADIC_KUROMOJI:
        # kuromoji groups unknown runs of any length; MeCab splits runs over 24 characters
        return fugashi.GenericTagger(kuromoji_ipadic.mecab_args(IPADIC_KUROMOJI[dic]) + " --max-grouping-size=100000")
    if dic == "unidic":
        import unidic_lite

        return fugashi.Tagger(f'-d "{unidic_lite.DICDIR}" -r "{unidic_lite.DICDIR}/mecabrc"')
    raise ValueError(f"unknown dictionary {dic!r}; expected one of {DICTIONARIES}")


def dictionary_versions() -> dict[str, str]:
    """Versions of the dictionaries in use (part of cache keys)."""
    from importlib.metadata import version

    found = {name: version(pkg) for name, pkg in (("ipadic", "ipadic"), ("unidic", "unidic-lite"), ("fugashi", "fugashi"))}
    found["ipadic"] += f" ({kuromoji_ipadic.VARIANT})"
    found["ipadic-kuromoji-0.1.1"] = f"{found['ipadic']} ({kuromoji_ipadic.COSTS_VARIANT})"
    return found


def _space(text: str, start: int, end: int) -> Token:
    s = text[start:end]
    return _new(Token, (s, "記号", "空白", "*", "*", "*", "*", s, "*", "*", start, end, s))


def _ipadic_fields(line: str):
    """((surface, pos .. pronunciation), lemma, surface, its length) of one line of
    MeCab's output, or None."""
    surface, _, feature = line.partition("\t")
    if not feature:  # "EOS" and the empty last line
        return None
    if '"' in feature:  # a field with a comma in it is quoted (rare: csv is imported then)
        import csv

        f = next(csv.reader([feature]))
    else:
        f = feature.split(",")
    if len(f) < 9:  # unknown words carry 7 fields
        f = list(f) + ["*"] * (9 - len(f))
        if f[0] == "記号" and f[1] == "一般" and surface and kuromoji_ipadic.is_symbol(surface[0]):
            f[0], f[1] = "名詞", "サ変接続"  # kuromoji's part of speech for unknown SYMBOL words
    base = f[6]
    head = (surface, f[0], f[1], f[2], f[3], f[4], f[5], surface if base == "*" else base, f[7], f[8])
    if len(_LINES) >= 50000:
        _LINES.clear()
    fields = _LINES[line] = (head, base, surface, len(surface))
    return fields


# MeCab's output line -> (a token's fields before its offsets, its lemma, surface, length):
# most lines (particles, common words) recur, and splitting them again cost more than
# MeCab's own work.
_LINES: dict = {}


@functools.lru_cache(maxsize=4096)  # as _tokenize's: a text's tokens are built from it
def ipadic_output(text: str) -> str:
    """MeCab's text output for ``text`` with IPADIC: a line per token,
    ``surface TAB pos,pos_detail_1,pos_detail_2,pos_detail_3,conjugated_type,conjugated_form,basic_form,reading,pronunciation``
    (unknown words stop after conjugated_form with ``*`` as basic form), then ``EOS``.

    White space is analysed as kuromoji analyses it, a word that the next word is
    joined to (:mod:`postlint.kuromoji_ipadic`), but has no line here: the token
    builders make white-space tokens from the text.

    Searching it is a cheap way to learn whether a text has a token of some kind
    before paying for the tokens themselves (see ``Context.tokens``).

    :data:`IPADIC_OUTPUT` has this function for each IPADIC dictionary.

    >>> "\\t接続詞," in ipadic_output("しかし雨だ。")
    True
    >>> ipadic_output("ファイル で保存").splitlines()[1]
    'で\\t接続詞,*,*,*,*,*,で,デ,デ'
    """
    return _mecab_output(text, "ipadic")


def _mecab_output(text: str, dic: str) -> str:
    """:func:`ipadic_output` with the IPADIC dictionary ``dic`` (uncached)."""
    # One white-space class for MeCab: as spaces, tabs and line breaks keep its lines whole.
    # (``in`` and ``replace`` scan a text many times faster than a regular expression.)
    if "\n" in text:
        text = text.replace("\n", " ")
    if "\t" in text:
        text = text.replace("\t", " ")
    if "\x0b" in text:
        text = text.replace("\x0b", " ")
    tagger = _tagger(dic)
    if len(text) <= MAX_CHARS:
        return tagger.parse(text).replace(_SPACE_LINE, "")
    # each piece's output ends with EOS: only the last one stays, as for one text
    outputs = [tagger.parse(piece) for piece in pieces(text)]
    return "".join([out[:-len(_EOS)] if out.endswith(_EOS) else out for out in outputs[:-1]]
                   + outputs[-1:]).replace(_SPACE_LINE, "")


# MeCab takes the whole process down (a segmentation fault) on one text of about a million
# characters: measured on Japanese prose, 840,000 with unidic-lite and 1.7 million with IPADIC.
# A longer text is analysed in pieces of at most this many: no real paragraph comes near it,
# and the pieces' words differ from the whole's only next to a cut.
MAX_CHARS = 100_000
_EOS = "EOS\n"
_CUT_AFTER = ("。．！？!?\n", "、，,;； \t\u3000")  # the best places to cut, then the next best


def pieces(text: str, limit: int = MAX_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, each ending after a sentence
    end where one stands in the piece's second half, else after a comma or a space, else
    at the limit.

    >>> pieces("一文目です。二文目です。三文目", 8)
    ['一文目です。', '二文目です。', '三文目']
    >>> pieces("あいうえおかきくけこ", 4)
    ['あいうえ', 'おかきく', 'けこ']
    """
    out = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for marks in _CUT_AFTER:
            cut = max(text.rfind(mark, start + limit // 2, end) for mark in marks)
            if cut >= 0:
                end = cut + 1
                break
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


# IPADIC dictionary -> its ipadic_output (each with a cache of its own)
IPADIC_OUTPUT = {
    "ipadic": ipadic_output,
    "ipadic-kuromoji-0.1.1": functools.lru_cache(maxsize=4096)(
        functools.partial(_mecab_output, dic="ipadic-kuromoji-0.1.1")),
}


_SPACE_LINE = " \t記号,空白,*,*,*,*,*\n"  # a white-space character's line (an unknown SPACE word)


def ipadic_line_token(line: str) -> Token | None:
    """The token a line of :func:`ipadic_output` stands for (None for a line that is
    none, such as ``EOS``), with ``start`` and ``end`` -1: a token's offsets depend on
    every line before it.  For a rule that reads a few lines, not all.

    >>> ipadic_line_token("です\\t助動詞,*,*,*,特殊・デス,基本形,です,デス,デス")[:8]
    ('です', '助動詞', '*', '*', '*', '特殊・デス', '基本形', 'です')
    >>> ipadic_line_token("EOS") is None
    True
    """
    fields = _LINES.get(line) or _ipadic_fields(line)
    if fields is None:
        return None
    head, lemma, _surface, _length = fields
    return _new(Token, head + (-1, -1, lemma))


def _ipadic_tokens(text: str, output: str | None = None, dic: str = "ipadic") -> list[Token]:
    """Tokens from MeCab's text output (much faster than its node objects),
    built in one loop: this runs for every token of every text."""
    out: list[Token] = []
    append = out.append
    find = text.find
    known = _LINES.get
    pos = 0
    if output is None:
        output = IPADIC_OUTPUT[dic](text)
    # a run of kuromoji's SPACE characters to join: a word of no-class characters (記号,空白)
    # in the output, or one such character right after white space (" ──")
    join = "\t記号,空白" in output
    for line in output.split("\n"):
        t = known(line) or _ipadic_fields(line)
        if t is None:
            continue
        head, lemma, surface, length = t
        start = find(surface, pos) if length else pos
        if start != pos:
            if start < 0:  # MeCab normalised something; fall back to the running position
                start = pos
            else:  # MeCab skipped white space
                append(_space(text, pos, start))
                if not join and length and kuromoji_ipadic.is_space(surface[0]):
                    join = True
        end = start + length
        append(_new(Token, head + (start, end, lemma)))
        pos = end
    if pos < len(text):
        append(_space(text, pos, len(text)))
    return _join_space_runs(text, out) if join and len(out) > 1 else out


def _join_space_runs(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with each run of kuromoji's ``SPACE`` characters that starts with white space
    or an unknown word of them made one ``記号,空白`` token, as kuromoji groups them: white
    space joins the characters of no class in IPADIC after it (``" ──"``, ``" \u00a0"``),
    which MeCab reads as words of their own (:func:`kuromoji_ipadic.is_space`).

    >>> [t.surface_form for t in _join_space_runs("a ──b", _ipadic_tokens("a ──b"))]
    ['a', ' ──', 'b']
    """
    out: list[Token] = []
    i, count = 0, len(tokens)
    while i < count:
        token = tokens[i]
        j = i + 1
        if token.pos_detail_1 == "空白" and token.pos == "記号" and kuromoji_ipadic.is_space(token.surface_form[0]):
            while j < count and all(map(kuromoji_ipadic.is_space, tokens[j].surface_form)):
                j += 1
        out.append(token if j == i + 1 else _space(text, token.start, tokens[j - 1].end))
        i = j
    return out


def _unidic_token(surface: str, word, start: int, end: int) -> Token:
    """The token of a unidic-lite word: its fields read from its raw feature string, each
    string read once (fugashi's ``word.feature`` builds a named tuple of 26 fields a word)."""
    head = _UNIDIC_FEATURES.get(word.feature_raw) or _unidic_head(word.feature_raw)
    pos1, pos2, pos3, pos4, c_type, c_form, orth_base, reading, pronunciation, lemma = head
    return _new(Token, (surface, pos1, pos2, pos3, pos4, c_type, c_form, orth_base or surface, reading,
                        pronunciation, start, end, lemma or surface))


# unidic-lite's raw feature string -> the fields a token takes from it (see _unidic_head)
_UNIDIC_FEATURES: dict = {}
# where unidic-lite's 26 features hold what a token takes: lemma, pron, orthBase, kana
_LEMMA, _PRON, _ORTH_BASE, _KANA = 7, 9, 10, 17


def _unidic_head(raw: str) -> tuple:
    """(pos1, pos2, pos3, pos4, cType, cForm, orthBase, kana, pron, lemma) of a unidic-lite
    feature string, as fugashi's named tuple gives them: orthBase and lemma None when empty
    or missing (an unknown word has six fields), kana and pron ``*`` then.

    >>> _unidic_head('補助記号,読点,*,*,*,*,,、,、,,、,,記号,*,*,*,*,,,,,*,*,*,*,*')
    ('補助記号', '読点', '*', '*', '*', '*', '、', '*', '*', '、')
    >>> _unidic_head('名詞,普通名詞,一般,*,*,*')
    ('名詞', '普通名詞', '一般', '*', '*', '*', None, '*', '*', None)
    """
    if '"' in raw:  # a quoted field (one holding commas): read as CSV, as fugashi reads it
        import csv

        fields = next(csv.reader([raw]))
    else:
        fields = raw.split(",")
    fields += [""] * (26 - len(fields))
    head = (*fields[:6], fields[_ORTH_BASE] or None, fields[_KANA] or "*", fields[_PRON] or "*",
            fields[_LEMMA] or None)
    if len(_UNIDIC_FEATURES) >= 50000:
        _UNIDIC_FEATURES.clear()
    _UNIDIC_FEATURES[raw] = head
    return head


# unidic-lite's MeCab takes time that grows with the square of a run of one unknown-word class
# (digits, Latin letters, katakana, symbols): 40,000 digits took 0.7 s, 80,000 2.6 s.  A run
# longer than RUN_CHARS is given to it in pieces of that many (no word is that long).
RUN_CHARS = 1000


@functools.lru_cache(maxsize=1)
def _long_run():
    import re

    return re.compile(f"[^\\s\u3041-\u309f\u3400-\u9fff]{{{RUN_CHARS + 1},}}")


def _run_pieces(text: str) -> list[str]:
    """``text`` with each run of more than :data:`RUN_CHARS` characters that are neither
    hiragana nor kanji nor white space (digits, Latin letters, katakana, symbols) cut every
    RUN_CHARS characters.

    >>> [len(p) for p in _run_pieces("値は" + "1" * 2500 + "です")]
    [1002, 1000, 502]
    >>> _run_pieces("短い文です。")
    ['短い文です。']
    """
    if len(text) <= RUN_CHARS:
        return [text]
    out, at = [], 0
    for run in _long_run().finditer(text):
        cuts = range(run.start() + RUN_CHARS, run.end(), RUN_CHARS)
        for cut in cuts:
            out.append(text[at:cut])
            at = cut
    out.append(text[at:])
    return out


def _unidic_words(text: str):
    tagger = _tagger("unidic")
    for piece in (part for whole in pieces(text) for part in _run_pieces(whole)):  # (one, as a rule)
        # (a word's features are read before the next piece is parsed: its node is the tagger's)
        for word in tagger(piece):
            yield word.surface, word


# 4096 texts: every block of a post of ~200 KB; more made a corpus run hold (and the
# garbage collector walk) hundreds of MB of tokens for no reuse.  Context keeps a
# document's own tokens whatever this holds.
@functools.lru_cache(maxsize=4096)
def _tokenize(text: str, dic: str) -> tuple[Token, ...]:
    if dic in IPADIC_KUROMOJI:
        if utf16_len(text) == len(text):  # no character beyond U+FFFF
            return tuple(_ipadic_tokens(text, dic=dic))
        return tuple(_past_astral_runs(text, dic))
    out: list[Token] = []
    pos = 0
    for surface, payload in _unidic_words(text):
        start = text.find(surface, pos) if surface else pos
        if start < 0:  # MeCab normalised something; fall back to the running position
            start = pos
        if start > pos:
            out.append(_space(text, pos, start))
        end = start + len(surface)
        out.append(_unidic_token(surface, payload, start, end))
        pos = end
    if pos < len(text):
        out.append(_space(text, pos, len(text)))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _astral_run():
    import re

    return re.compile("[\U00010000-\U0010FFFF]{2,}")


def _past_astral_runs(text: str, dic: str) -> list[Token]:
    """IPADIC tokens of ``text`` as kuromoji gives them when two or more characters beyond
    U+FFFF (emoji) stand together: its unknown word of the run spans as many positions as
    the run has UTF-16 units, so the run's own length in characters after it is read past
    (「😀😀出来る」: 😀😀, る).  The text after that is tokenized on its own.

    >>> [(t.surface_form, t.start) for t in tokens("😀😀出来る。😀です")]
    [('😀😀', 0), ('る', 4), ('。', 5), ('😀', 6), ('です', 7)]
    """
    out: list[Token] = []
    run = _astral_run()
    at = 0
    while at < len(text):
        m = run.search(text, at)
        end = len(text) if m is None else m.end()
        for token in _ipadic_tokens(text[at:end], dic=dic):
            out.append(token._replace(start=token.start + at, end=token.end + at) if at else token)
        if m is None:
            break
        at = end + (end - m.start())
    return out


def tokens(text: str, dic: str = "ipadic") -> list[Token]:
    """Tokens of ``text`` with offsets into it; white space as 記号/空白 tokens.

    The tokens are shared through the cache: treat them as read-only.
    """
    if not text:
        return []
    return list(_tokenize(text, dic))

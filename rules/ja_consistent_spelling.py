"""One word spelled two ways in one post (表記ゆれ): 分かる/わかる, 行う/行なう, 子供/子ども, サーバ/サーバー.

postlint's own rule.  textlint-rule-ja-no-orthographic-variants (postlint has it too, under
that id) looks words up in a dictionary of variant spellings and compares them within one text
node.  This rule compares them across the whole post, and finds
the variants from UniDic (unidic-lite): two tokens are the same word when they share the lemma
(語彙素) and the reading (of the dictionary form for verbs and adjectives; loanwords by lemma
alone) — so 分かり/わかり, とき/時 (but not 10時),
行う/行なう, 出来る/できる, 取り組み/取組み, コンピュータ/コンピューター are found, while
いい/よい (another reading) or 聞く/聴く, 作る/造る (other kanji: another meaning) are not.
Katakana on a native word counts too (キレイ/きれい, ダメ/だめ), but not against its kanji
(ヒト/人: the species; ニンテンドー/任天堂: a name), nor a noun of one hiragana character (ど in
・ど根性, which UniDic may read as 度).
Extra groups of spellings come from rules/dict/orthographic-variants.yml and the
``extraVariants`` option.

The spelling used most often in the post wins (on a tie, the one used first); each use of
another spelling is reported, naming the winner and its nearest use.

Not compared: kana/kanji pairs that mark a difference of use (もの/物, という/言う,
ところ/所, ほう/方, …: the ``ignoreLemmas`` list in the data file, extended with ``ignore``), helper
verbs after て/で (してみる vs 見る, してください vs 下さい), the second verb of a compound
(慣れきる vs 切る, 言いすぎる vs に過ぎない: compared only with its own kind), a conjunction
made of a verb (したがって、 vs 規則に従って: also only with its own kind), a reading in
parentheses after kanji (脆弱性(ぜいじゃくせい)), はじめまして, numbers, words without Japanese
characters, code, link text and block quotes (``ignoreQuotes``).

    OK:  誰にも分かりません。誰にも分かりません。
    NG:  誰にもわかりません。それでも誰にも分かりません。
"""

from __future__ import annotations

import bisect
import collections
import functools
import operator
import re
import unicodedata

from postlint.rules._editorial import block_memo, builtin_data, has_japanese, prose_nodes, prose_text, user_data
from postlint.spans import Spans

ID = "ja-consistent-spelling"
NODES = ("Document",)
OPTIONS = {"ignore": [str], "extraVariants": (list, str, type(None)), "ignoreQuotes": bool}
DEFAULTS = {"ignore": [], "extraVariants": None, "ignoreQuotes": True}
FILE_OPTIONS = ("extraVariants",)  # a list, or the path of a YAML file (relative to the config's folder)

_CONJUGATING = {"動詞", "形容詞"}
# the verbs of compound particles, which UniDic splits (に/つい/て, を/通し/て): the verb after them
# is a main one (について見る), not a helper after て.  Not として or において: 「…としておく」,
# 「…としてみた」, 「…に置いておく」 end in a helper as often
_PARTICLE_VERBS = {"に": {"付く", "つく", "因る", "対する", "関する", "取る", "沿う", "従う", "比べる", "基づく"},
                   "を": {"通す", "通じる", "以る", "除く", "巡る"}}


def _compound_particle(words, te: int) -> bool:
    """Whether the て at ``words[te]`` ends a compound particle (について, を通して).

    >>> from postlint.morph import tokens
    >>> words = [t for t in tokens("機能について見る", "unidic") if t.pos != "空白"]
    >>> _compound_particle(words, 3), _compound_particle([t for t in tokens("読んで見る", "unidic")], 1)
    (True, False)
    """
    if te < 2:
        return False
    verb, particle = words[te - 1], words[te - 2]
    return particle.pos == "助詞" and verb.lemma in _PARTICLE_VERBS.get(particle.surface_form, ())


# helpers that also follow a 助動詞, not only て/で: the copula's or ない's forms (である, でいる,
# になる, なくなる, にする) and the causative せ of お知らせください (お/知ら/せ/ください)
_AFTER_AUXILIARY = {"有る", "居る", "成る", "為る", "下さる", "頂く", "頂ける"}


def _helper_verb(words, i: int) -> bool:
    """Whether the verb ``words[i]`` (one of the data file's ``auxiliaryVerbs``) is a helper
    after another word: after the conjunctive て/で (してみる, 読んでください; not the で of
    単体で見る, a case particle, nor the て of について見る), and for ある, いる, なる, する,
    くださる, いただく also after a 助動詞 (である, になる, なくなる, お知らせください).  The first verb of 見てみる or
    置いておく is the main verb that the same helper follows.

    >>> from postlint.morph import tokens
    >>> def helpers(text):
    ...     words = [t for t in tokens(text, "unidic") if t.pos != "空白"]
    ...     return [w.surface_form for i, w in enumerate(words) if w.pos == "動詞" and _helper_verb(words, i)]
    >>> helpers("読んでみる"), helpers("あったので見てみた"), helpers("単体で見る"), helpers("大事である")
    (['みる'], ['み'], [], ['ある'])
    """
    if i == 0:
        return False
    prev, verb = words[i - 1], words[i]
    if i + 2 < len(words) and words[i + 2].lemma == verb.lemma and words[i + 1].surface_form in ("て", "で"):
        return False  # 見てみる: the main verb before its own helper
    if prev.pos == "助動詞":
        return verb.lemma in _AFTER_AUXILIARY
    return (prev.surface_form in ("て", "で") and (prev.pos_detail_1 == "接続助詞" or prev.pos == "接続詞")
            and not _compound_particle(words, i - 1))


def _negation(words, i: int) -> bool:
    """Whether ``words[i]``, the adjective 無い, negates the word before it (ではない, じゃなくて,
    よくない, 美味しくもない), which is written in kana whatever the post does with 無い "there
    is none" (時間が無い): it comes after the copula's で/じゃ or a 連用形, a は/も between (and
    after と: 何となく, which UniDic reads 何 + と + 無い).

    >>> from postlint.morph import tokens
    >>> def negations(text):
    ...     words = [t for t in tokens(text, "unidic") if t.pos != "空白"]
    ...     return [w.surface_form for i, w in enumerate(words) if w.lemma == "無い" and _negation(words, i)]
    >>> negations("足りないんじゃなくて"), negations("静かではない"), negations("よくない"), negations("時間が無い")
    (['なく'], ['ない'], ['ない'], [])
    """
    j = i - 1
    while j >= 0 and words[j].pos == "助詞" and words[j].pos_detail_1 in ("係助詞", "副助詞"):
        j -= 1
    if j < 0:
        return False
    before = words[j]
    return (before.pos == "助動詞" or before.pos == "形容詞" and before.conjugated_form.startswith("連用形")
            or before.pos == "助詞" and before.surface_form in ("で", "と"))  # (問題でもない, 何となく)


# verbs whose て form opens a sentence or clause as a conjunction, which house styles write in
# kana while the verb keeps its kanji (したがって、 / 規則に従って; よって、 / 条件に因って)
_CONJUNCTION_VERBS = {"従う", "因る"}


def _conjunction(words, i: int) -> bool:
    """Whether ``words[i]`` is the verb of a conjunction: its て form at the start of a
    sentence or after a comma.

    >>> from postlint.morph import tokens
    >>> words = [t for t in tokens("したがって、規則に従って動く。", "unidic")]
    >>> _conjunction(words, 0), _conjunction(words, 5)
    (True, False)
    """
    follows = words[i + 1] if i + 1 < len(words) else None
    return (follows is not None and follows.surface_form == "て"
            and (i == 0 or words[i - 1].pos == "補助記号"))


_SKIP_POS = {"助詞", "助動詞", "補助記号", "記号", "空白", "接頭辞"}
_KANJI = lambda ch: "\u3400" <= ch <= "\u9fff" or ch in "々〆"  # noqa: E731


def _kanji(text: str) -> set[str]:
    return {c for c in text if _KANJI(c)}


@functools.lru_cache(maxsize=65536)
def _base_reading(spelling: str) -> str:
    """The reading of a dictionary form (分かる -> ワカル, いい -> イイ)."""
    from postlint.morph import tokens

    return "".join(t.reading if t.reading != "*" else t.surface_form for t in tokens(spelling, "unidic"))


def _same_word(a: str, b: str, lemma: str) -> bool:
    """Whether two spellings of one lemma are variants, not two words sharing a lemma."""
    own = _kanji(lemma)
    if own and not (_kanji(a) <= own and _kanji(b) <= own):
        return False  # とる/撮る under 取る: the kana may be another kanji's word
    if unicodedata.normalize("NFKC", a).lower() == unicodedata.normalize("NFKC", b).lower():
        return False  # width or case only: other rules' business
    ka, kb = _kanji(a), _kanji(b)
    if ka and kb and not (ka <= kb or kb <= ka):
        return False  # 聞く/聴く, 作る/造る: other kanji, another meaning
    if (ka and _katakana(b)) or (kb and _katakana(a)):
        return False  # ヒト/人 (the species), ニンテン/任天 (ニンテンドー, a name): katakana chosen on purpose
    return True


def _katakana(text: str) -> bool:
    """Whether ``text`` is katakana only (ヒト, サーバー).

    >>> _katakana("ヒト"), _katakana("ダメだ"), _katakana("ー")
    (True, False, False)
    """
    return any("\u30a1" <= ch <= "\u30fa" for ch in text) and all("\u30a1" <= ch <= "\u30ff" for ch in text)


def _extra_groups(opts) -> list[list[str]]:
    groups = list(builtin_data("orthographic-variants.yml").get("variants") or [])
    groups += user_data(opts.get("extraVariants"), "extraVariants")
    for g in groups:
        if not isinstance(g, list) or not all(isinstance(w, str) for w in g) or len(g) < 2:
            raise ValueError(f"extraVariants: each group must be a list of two or more spellings (got {g!r})")
    return groups


def _spans(text: str, words) -> list[tuple[int, int]]:
    out = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            out.append((i, i + len(w)))
            i = text.find(w, i + 1)
    return out


def _spans_between(text: str, opens: str, closes: str) -> list[tuple[int, int]]:
    """Ranges inside 「…」 / 『…』 (one level; an unclosed quote runs to the end of the line)."""
    out, start = [], None
    for i, ch in enumerate(text):
        if ch in opens and start is None:
            start = i
        elif start is not None and (ch in closes or ch == "\n"):
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(text)))
    return out


def _uses(node, opts, ctx):
    """(block start, uses) of each prose block, see :func:`_grouped`."""
    data = builtin_data("orthographic-variants.yml")
    setting = (
        set(data.get("ignoreLemmas") or []) | set(opts["ignore"]),
        set(data.get("auxiliaryVerbs") or []),
        set(data.get("compoundSeconds") or []),
        set(data.get("ambiguousSurfaces") or []),
        list(data.get("fixedWords") or []),
        _extra_groups(opts),
    )
    extra = repr((opts["ignore"], setting[4]))
    for para in prose_nodes(node):
        if opts["ignoreQuotes"] and para.inside("BlockQuote"):
            continue
        yield para.start, block_memo(ID, para, ctx.text, lambda: _grouped(_block_uses(para, ctx, *setting)), extra)


def _grouped(uses) -> tuple:
    """(every (key, spelling) pair, key -> (rank, its uses)) of one block's uses
    (key, spelling, start, end, quoted), in order; a key's rank is the order of
    its first use."""
    by_key: dict = {}
    for key, *use in uses:
        found = by_key.get(key)
        if found is None:
            by_key[key] = (len(by_key), [tuple(use)])
        else:
            found[1].append(tuple(use))
    pairs = frozenset((key, use[0]) for key, (_, block) in by_key.items() for use in block)
    return pairs, {key: (rank, tuple(block)) for key, (rank, block) in by_key.items()}


def _inside_a_noun(token, after) -> bool:
    """Whether ``token`` begins a noun it is no word of its own in: a verb's stem that a
    noun in kanji follows at once (居場所: 居る + 場所, 置き場所), or an adjective's stem
    that any noun follows (ひろたつ, a name: 広い + 辰).  Such a token has no other spelling
    to be consistent with.  (A verb's stem before a noun in kana or Latin letters is more
    often a clause's end written without a comma: 思いが有りPRを出した.)

    >>> from collections import namedtuple
    >>> T = namedtuple("T", "surface_form pos conjugated_form")
    >>> _inside_a_noun(T("居", "動詞", "連用形-一般"), T("場所", "名詞", "*"))
    True
    >>> _inside_a_noun(T("有り", "動詞", "連用形-一般"), T("PR", "名詞", "*"))
    False
    >>> _inside_a_noun(T("書き", "動詞", "連用形-一般"), T("方", "接尾辞", "*"))  # 書き方
    False
    """
    if after.pos != "名詞":
        return False
    if token.pos == "形容詞":
        return token.conjugated_form.startswith("語幹")
    return (token.pos == "動詞" and token.conjugated_form.startswith("連用形")
            and all(map(_KANJI, after.surface_form)))


_HONORIFICS = {"さん", "くん", "君", "ちゃん", "様", "さま", "氏", "先生"}
_HIRAGANA = re.compile(r"[\u3041-\u309f]+")


def _in_a_kana_name(words, i: int) -> bool:
    """Whether ``words[i]`` begins a name written in kana that the tagger cut into words: kana
    up to an honorific, with a word between (いろふさん: いろ 色 + ふ + さん).  One word
    right before the honorific is left alone: 「みなさん」 is 皆さん's other spelling.

    >>> from postlint.morph import tokens
    >>> def named(text):
    ...     words = [t for t in tokens(text, "unidic") if t.pos != "空白"]
    ...     return [w.surface_form for i, w in enumerate(words) if _in_a_kana_name(words, i)]
    >>> named("いろふさんといえば"), named("みなさんこんにちは")
    (['いろ'], [])
    """
    if not _HIRAGANA.fullmatch(words[i].surface_form):
        return False
    for j in (i + 1, i + 2):
        if j + 1 >= len(words) or not _HIRAGANA.fullmatch(words[j].surface_form):
            return False
        if words[j + 1].surface_form in _HONORIFICS:
            return True
    return False


# a reading given in parentheses right after kanji: 脆弱性(ぜいじゃくせい), 凡例（はんれい）
_READING = re.compile(r"(?<=[\u3400-\u9fff々])[(（][\u3041-\u309f\u30a1-\u30ff\s]+[)）]")


def _block_uses(para, ctx, ignore, helpers, compound_seconds, ambiguous, fixed, groups):
    """_uses of one block, offsets relative to its start."""
    plain, text = prose_text(para, ctx)
    if not text.strip():
        return
    base = para.start
    toks = ctx.tokens(text, "unidic")
    starts = {t.start for t in toks}
    ends = {t.end for t in toks}
    skip = Spans(_spans(text, fixed) + [m.span() for m in _READING.finditer(text)])
    quoted = Spans(_spans_between(text, "「『", "」』"))
    words = [t for t in toks if t.pos != "空白"]
    previous = None
    for i, t in enumerate(words):
        prev, previous = previous, t
        if t.pos in _SKIP_POS or t.pos_detail_1 == "数詞" or t.lemma in ignore or t.surface_form in ignore:
            continue
        if i + 1 < len(words) and _inside_a_noun(t, words[i + 1]) or _in_a_kana_name(words, i):
            continue
        if t.surface_form in ambiguous or not has_japanese(t.surface_form) \
                or t.start in skip:
            continue
        if len(t.surface_form) == 1 and t.pos not in _CONJUGATING and "\u3041" <= t.surface_form <= "\u309f":
            continue  # one hiragana taken for a noun (・ど根性: 度) is more often a misreading than a word
        key = t.lemma
        if key in helpers and _helper_verb(words, i):
            key += "\0helper"
        elif key in _CONJUNCTION_VERBS and _conjunction(words, i):
            key += "\0conjunction"
        elif key == "無い" and t.pos == "形容詞" and _negation(words, i):
            key += "\0negation"
        elif key in compound_seconds and prev is not None and prev.pos == "動詞" \
                and prev.conjugated_form.startswith("連用形"):
            key += "\0compound"
        # the reading tells homographs apart (時: トキ or ジ); conjugating words are compared by
        # the reading of their dictionary form (分かり/わかっ -> ワカル)
        # loanwords (サーバ/サーバー) differ in reading by design: their lemma is enough
        if "-" in t.lemma:
            reading = ""
        elif t.surface_form == "時" and prev is not None and (
                prev.pos == "名詞" or prev.pos == "動詞" and prev.conjugated_form.startswith("連用形")):
            reading = "ジ"  # 登録時, 呼び出し時: the suffix ジ, whatever the tagger read
        else:
            reading = _base_reading(t.basic_form) if t.pos in _CONJUGATING else t.reading
        in_quotes = t.start in quoted
        yield (f"{key}\0{reading}", t.basic_form, plain.to_source(t.start) - base, plain.source_end(t.end) - base,
               in_quotes)
    for i, group in enumerate(groups):
        for spelling in group:
            pos = text.find(spelling)
            while pos >= 0:
                end = pos + len(spelling)
                if pos in starts and end in ends:
                    yield f"\0group{i}", spelling, plain.to_source(pos) - base, plain.source_end(end) - base, False
                pos = text.find(spelling, pos + 1)



def check_options(opts) -> None:
    """Read the extra groups (called when the config loads): a missing file or a malformed group
    is a config error, not a problem in every post."""
    _extra_groups(opts)


def _nearest(starts: list[int], offset: int) -> int:
    """The one of ``starts`` (sorted) nearest ``offset``, the earlier on a tie.

    >>> _nearest([3, 10, 20], 15), _nearest([3, 10, 20], 16), _nearest([3, 10], 0), _nearest([3, 10], 99)
    (10, 20, 3, 10)
    """
    at = bisect.bisect_left(starts, offset)
    if at == 0:
        return starts[0]
    if at == len(starts) or offset - starts[at - 1] <= starts[at] - offset:
        return starts[at - 1]
    return starts[at]


def check(node, opts, ctx):
    kana_ambiguous = set(builtin_data("orthographic-variants.yml").get("kanaAmbiguous") or [])
    blocks = list(_uses(node, opts, ctx))
    # only the keys spelt two ways anywhere are looked at use by use
    spelt = collections.Counter(map(operator.itemgetter(0), frozenset().union(*[b[1][0] for b in blocks])))
    several = {key for key, n in spelt.items() if n > 1}
    by_key: dict[str, list[tuple[str, int, int, bool]]] = {}  # in the order of first use
    for base, (_, keyed) in blocks:
        for key in sorted(several.intersection(keyed), key=lambda k: keyed[k][0]):
            by_key.setdefault(key, []).extend(
                (spelling, base + start, base + end, quoted) for spelling, start, end, quoted in keyed[key][1])
    for key, uses in by_key.items():
        spellings = {}
        for spelling, start, _, _ in uses:
            spellings.setdefault(spelling, []).append(start)
        if len(spellings) < 2:
            continue
        grouped = key.startswith("\0group")
        # the winner: most uses, then first use
        order = sorted(spellings, key=lambda s: (-len(spellings[s]), min(spellings[s])))
        winner = order[0]
        for other in order[1:]:
            lemma = key.split("\0")[0]
            if not grouped and not _same_word(winner, other, lemma):
                continue
            if lemma in kana_ambiguous and not (_kanji(winner) and _kanji(other)):
                continue
            counts = f"{winner} ×{len(spellings[winner])}, {other} ×{len(spellings[other])}"
            winner_starts = sorted(spellings[winner])
            for spelling, start, end, quoted in uses:
                if spelling == other and not quoted:  # 「…」 may quote a name or a label as it is
                    surface = ctx.text[start:end]
                    shown = f"「{surface}」" + (f" ({other})" if surface != other else "")
                    nearest = _nearest(winner_starts, start)
                    line = ctx.source.position(nearest)[0]
                    yield ctx.report(start, end,
                                     f"orthographic variant: {shown} is written 「{winner}」 elsewhere in this post "
                                     f"(nearest at line {line}; {counts}): use one spelling")

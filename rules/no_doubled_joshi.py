"""一文の中で同じ助詞が続けて出てくるのを見つける（textlint-rule-no-doubled-joshi 5.1.1 互換）。

同じ助詞が近くで繰り返されると文が読みにくくなる。文ごとに IPADIC で形態素解析し、
同じ助詞（表層形と品詞細分類が同じもの）が ``min_interval`` 以内の間隔で再び現れたら、
二つ目の位置を報告する。間隔は助詞・読点・括弧・文中の句点を一つずつ数える。
「の」(連体化)、格助詞「を」、接続助詞「て」、並立助詞の対、「〜かどうか」は既定で許容する
（``strict: true`` で許容しない）。続いた助詞（「には」など）は一つの助詞として扱う。
インラインコードは意味のない文字に置き換えて数えない。

Options: ``min_interval`` (1), ``strict`` (false), ``allow`` (許容する助詞の表層形のリスト),
``separatorCharacters`` (文の区切り文字), ``commaCharacters`` (読点とみなす文字)。

    OK:  材料不足のため、代わりの素材で製品を作った。
    NG:  材料不足で代替素材で製品を作った。
"""

from __future__ import annotations

import re
from functools import partial
from operator import attrgetter

from postlint.rules._editorial import remember
from postlint.rules._textlint_ja import DEFAULT_SEPARATORS, SentenceSource, sentence_runs, skipped_paragraph

ID = "no-doubled-joshi"
NODES = ("Paragraph",)
OPTIONS = {"min_interval": int, "strict": bool, "allow": [str], "separatorCharacters": [str], "commaCharacters": [str]}
DEFAULTS = {
    "min_interval": 1,
    "strict": False,
    "allow": [],
    "separatorCharacters": list(DEFAULT_SEPARATORS),
    "commaCharacters": ["、", "，"],
}
FIXABLE = False

_POS = attrgetter("pos")
# A particle line's key: surface to pos_detail_3 (the fields _PARTICLE_LINE captures).
_KEY_FIELDS = r"[^\t\n]+\t助詞,[^,\n]*,[^,\n]*,[^,\n]*"
# A particle's line of MeCab's output, from the newline before it (the output is searched
# with a newline put in front: a literal first character is found at C speed, where "^" is
# tried at every character): surface, pos_detail_1 .. pos_detail_3, and (looked ahead at)
# the next line's start when it is a particle's line too.
_PARTICLE_LINE = re.compile(r"\n([^\t\n]+)\t助詞,([^,\n]*),([^,\n]*),([^,\n]*),[^\n]*"
                            rf"(?=(\n{_KEY_FIELDS},)?)")
# The same lines' keys only, as one string: cheaper to find and compare (_may_double pairs
# its matches with _PARTICLE_LINE's, line by line).
_PARTICLE_KEY = re.compile(rf"\n({_KEY_FIELDS}),")
# Particles allowed to repeat (unless strict) when each stands alone (see _allowed_by_default).
_ALLOWED_ALONE = frozenset({("の", "連体化"), ("を", "格助詞"), ("て", "接続助詞")})


def _may_double(output: str, strict: bool = False, min_interval: int = 1) -> bool:
    """Whether MeCab's output has what a doubled particle needs: two particle lines alike
    in surface and pos details, close enough.  Most sentences have none, and their tokens
    are never built.

    Two runs of particles with one key (see ``_Joshi.key``) start with tokens alike:
    the key's pos_detail_1 is the first token's followed by the other tokens' surfaces,
    and IPADIC's particle details are written in kanji no particle starts with, so the
    first tokens have one length.  Each run of particles between them is a step of
    their distance, and a run of particle lines (adjacent lines) holds one run or more
    (white space can split a run, never join one): more than ``min_interval`` runs of
    lines apart, they are too far apart.  Unless ``strict``, a の/を/て that stands alone
    (no particle line next to it) is no doubled particle (runs alike of it alone are
    allowed), though it is a step.

    >>> from postlint.morph import ipadic_output
    >>> _may_double(ipadic_output("東京で会議で話す")), _may_double(ipadic_output("東京で話す"))
    (True, False)
    >>> _may_double(ipadic_output("私の本の表紙")), _may_double(ipadic_output("私の本の表紙"), strict=True)
    (False, True)
    >>> far = ipadic_output("東京で会議をして大阪で話す")  # で .. で: three runs apart
    >>> _may_double(far), _may_double(far, min_interval=3)
    (False, True)
    """
    lines = "\n" + output
    keys = _PARTICLE_KEY.findall(lines)
    if len(keys) == len(set(keys)):
        return False  # the usual case, found at C speed
    particles = _PARTICLE_LINE.findall(lines)
    latest = {}  # key -> the run of lines it was last seen in
    run = 0
    after_previous = False  # this line comes right after the previous particle's
    for (surface, d1, _d2, _d3, before_next), key in zip(particles, keys):
        if not after_previous:
            run += 1
        alone = not after_previous and not before_next
        after_previous = bool(before_next)
        if alone and not strict and (surface, d1) in _ALLOWED_ALONE:
            continue
        seen = latest.get(key)
        if seen is not None and run - seen <= min_interval:
            return True
        latest[key] = run
    return False


class _Joshi:
    """A particle token, or several adjacent particles joined into one."""

    __slots__ = ("surface", "pos", "d1", "d2", "d3", "start", "token")

    def __init__(self, token):
        self.token = token
        self.surface = token.surface_form
        self.pos = token.pos
        self.d1 = token.pos_detail_1
        self.d2 = token.pos_detail_2
        self.d3 = token.pos_detail_3
        self.start = token.start

    def join(self, token) -> None:
        self.surface += token.surface_form
        self.pos += token.pos
        self.d1 += token.surface_form

    @property
    def key(self) -> str:
        return f"{self.surface}:{self.pos}.{self.d1}.{self.d2}.{self.d3}"


def _join_particles(tokens) -> list:
    """Tokens with each run of particles joined into one ``_Joshi``."""
    out: list = []
    for tok in tokens:
        if tok.pos == "助詞":  # IPADIC's part of speech of every particle
            prev = out[-1] if out else None
            if isinstance(prev, _Joshi):
                prev.join(tok)
            else:
                out.append(_Joshi(tok))
        else:
            out.append(tok)
    return out


def _steps(joined: list, strict: bool, separators, commas) -> list:
    """The items of ``joined`` that are one step of the distance between particles: the
    particles, and unless ``strict`` brackets, sentence separators and commas.
    One loop with the tests inline: it runs for every token of every sentence."""
    if strict:
        return [t for t in joined if t.__class__ is _Joshi]
    out = []
    for t in joined:
        if t.__class__ is _Joshi:
            out.append(t)
            continue
        surface, pos = t.surface_form, t.pos
        if (pos == "記号" and t.pos_detail_1 in ("括弧開", "括弧閉")) or surface in separators \
                or (surface in commas and pos in ("名詞", "記号")):
            out.append(t)
    return out


def _allowed_by_default(group: list, joined: list) -> bool:
    first = group[0]
    if first.d1 == "連体化":  # の
        return True
    if first.d1 == "格助詞" and first.surface == "を":
        return True
    if first.d1 == "接続助詞" and first.surface == "て":
        return True
    if len(group) == 2:
        if group[0].d1 == "並立助詞" and group[1].d1 == "並立助詞":  # 〜たり〜たり
            return True
        if group[0].surface == "か" and group[1].surface == "か":  # 〜かどうか
            i = joined.index(group[1])
            before = joined[i - 1] if i > 0 else None  # JavaScript's [-1] is undefined
            if before is not None and not isinstance(before, _Joshi) and before.surface_form == "どう":
                return True
    return False


def check_options(opts) -> None:
    """Refuse values the types allow but the rule cannot use (called when the config loads)."""
    if opts["min_interval"] <= 0:
        raise ValueError("option min_interval must be 1 or more")


def check(node, opts, ctx):
    min_interval = opts["min_interval"]
    if skipped_paragraph(node):
        return
    strict = opts["strict"]
    allow = set(opts["allow"])
    separators = set(opts["separatorCharacters"])
    commas = set(opts["commaCharacters"])
    settings = (min_interval, strict, frozenset(allow), frozenset(separators), frozenset(commas))
    may_double = partial(_may_double, strict=strict, min_interval=min_interval)
    for start, end, items in sentence_runs(node, ctx.text, opts["separatorCharacters"], ctx):
        source = SentenceSource(ctx.text, start, end, items, code_mask="ー")
        # what _doubled finds depends on nothing else: an unchanged sentence (an editor's
        # re-lint, a --fix pass) is not analysed again
        found = remember(ID, (source.text, settings), lambda: _doubled(
            ctx.tokens(source.text, "ipadic", when=may_double), min_interval, strict, allow, separators, commas))
        for index, length, message, words in found:
            at16 = source.to_utf16_js(index, ctx.source.utf16)
            if at16 is not None:
                problem = ctx.report_utf16(at16, at16 + length, message)
                problem.textlint_message = "\0".join(_textlint_word(ctx, items, *w) for w in words)
                yield problem


def _textlint_word(ctx, items, surface: str, before: int | None, before_surface: str) -> str:
    """How textlint's message names a particle with the word before it (``toTextWithPrevWord``):
    it looks the word's index in the sentence's text (``before``) up among the ranges of the
    sentence's children, which are offsets in the file, so it finds one only near the file's
    start, and otherwise names the particle alone.  Where two problems at one place get one
    message so, textlint keeps one of them."""
    if before is not None:
        utf16 = ctx.source.utf16
        for item in items:
            start, end = (item.node.start, item.node.end) if item.kind == "Node" else (item.start, item.end)
            if utf16(start) <= before < utf16(end):
                word = before_surface if item.kind == "Str" else ctx.text[start:end]
                return f'{word}"{surface}"'
    return f'"{surface}"'


def _doubled(tokens, min_interval: int, strict: bool, allow, separators, commas) -> tuple:
    """(kuromoji's index into the sentence's text, length, message, words) of each doubled
    particle; ``words``: for each of the two particles, (its surface, the index and surface
    of the word before it, or None and "") for textlint's message (see ``_textlint_word``)."""
    if list(map(_POS, tokens)).count("助詞") < 2:
        return ()  # no particle can be doubled (counted without a Python loop)
    joined = _join_particles(tokens)
    if sum(1 for t in joined if t.__class__ is _Joshi) < 2:
        return ()
    countable = _steps(joined, strict, separators, commas)
    position = {id(t): i for i, t in enumerate(countable)}
    groups: dict[str, list] = {}
    for item in countable:
        if isinstance(item, _Joshi):
            groups.setdefault(item.key, []).append(item)
    out = []
    for key, group in groups.items():
        if len(group) < 2:
            continue
        name = key.split(":")[0]
        if name in allow or (not strict and _allowed_by_default(group, joined)):
            continue
        for prev, cur in zip(group, group[1:]):
            if position[id(cur)] - position[id(prev)] > min_interval:
                continue
            words = (_before(joined, prev), _before(joined, cur))
            named = " と ".join(f"{before}「{surface}」" for surface, _index, before in words)
            message = (f"一文の中で助詞「{name}」が続けて使われています（{named}）。"
                       "助詞を言い換える、語順を入れ替える、文を分けるなどで読みやすくしてください。")
            out.append((cur.start, len(cur.surface), message, words))
    return tuple(out)


def _before(joined: list, item) -> tuple:
    """(the particle's surface, the index and surface of the word before it) (None and "" at
    the sentence's start): postlint's message names both (``word「particle」``), and so does
    textlint's, in its way (see ``_textlint_word``)."""
    i = joined.index(item)
    if i == 0:
        return item.surface, None, ""
    prev = joined[i - 1]
    return item.surface, prev.start, (prev.surface if isinstance(prev, _Joshi) else prev.surface_form)

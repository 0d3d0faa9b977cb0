"""敬体（です・ます）と常体（だ・である）を混在させない: 各文の文末の述語で判定する。

A post written in です・ます that drops into 「〜になっている。」 or 「〜やすい。」
(or a 常体 post with a stray 「〜します。」) reads as unedited.  Unlike
``no-mix-dearu-desumasu``, which only counts である, this rule looks at the
FINAL predicate of every sentence (UniDic morphemes):

* 敬体: です・ます in any form (でした, ません, ましょう, でしょう, ございます…)
  and the request ください.
* 常体: だ, である, のだ, だろう, plain verbs (見ている), adjectives (速い),
  ない, た (した), たい, らしい, しよう.

Not judged: sentences ending in a noun (体言止め), a particle (〜など。〜から。),
a question (〜か。〜？), a quotation (「…」 at the end, block quotes; an exclamation
that the next words quote: 「…したい！ってことです」), a colon
or code/English, sentences without a final 。/！ in body text and list items
(fragments), and tables.  Body, headings and list items are tallied
separately; in each, the sentences of the less frequent style are reported
(a tie favours 敬体) -- or, with ``preferInBody``/``preferInHeader``/
``preferInList`` set to ``"敬体"`` or ``"常体"``, every sentence of the other
style.

    OK:  雨が降っています。傘を持って出かけます。
    NG:  雨が降っています。傘を持って出かける。今日は寒いです。
"""

from __future__ import annotations

import bisect
import math
from collections import namedtuple

from postlint.rules._editorial import block_memo, has_japanese_words
from postlint.rules._politeness import DEARU as PLAIN, DESU_MASU as POLITE, check_preferences, parse_preference
from postlint.spans import Spans

ID = "no-mix-keitai-jotai"
NODES = ("Document",)
OPTIONS = {"preferInBody": str, "preferInHeader": str, "preferInList": str}
DEFAULTS = {"preferInBody": "", "preferInHeader": "", "preferInList": ""}
FIXABLE = False

_PREFER = {"": None, "敬体": POLITE, "常体": PLAIN, "ですます": POLITE, "である": PLAIN}
_SECTION_NAMES = {"body": "本文", "header": "見出し", "list": "箇条書き"}
_STYLE_NAMES = {POLITE: "敬体（です・ます）", PLAIN: "常体（だ・である）"}
_SHORT = {POLITE: "敬体", PLAIN: "常体"}

_TERMINATORS = frozenset("。．！!")
_QUESTION = frozenset("？?")
_LEAD_IN = frozenset(":：、,，;；")
_CLOSING_QUOTES = frozenset("」』”\"'’〟")
_BRACKETS = {"）": "（", ")": "(", "】": "【", "]": "[", "］": "［", "〕": "〔", "〉": "〈", "》": "《"}
_CODE_FILLER = "x"  # inline code reads as a noun (an ASCII word)
_QUESTION_PARTICLES = frozenset(["か", "かな", "かしら", "っけ", "かい", "だい"])
_POLITE_TYPES = frozenset(["助動詞-デス", "助動詞-マス"])
_POLITE_VERBS = frozenset(["下さる"])  # 〜ください
_TRAILING_CONJUNCTIONS = frozenset(["けど", "けれど", "から", "し", "が"])
_SYMBOLS = frozenset(["補助記号", "記号", "空白"])
_MIN_EXCLAMATION = 4  # words an exclamation-marked sentence needs to be judged


def _final_span(tokens):
    """Index of the last token before trailing punctuation, symbols and a
    parenthetical, or None when the sentence ends in a quotation, a lead-in or nothing."""
    i = len(tokens) - 1
    while i >= 0:
        tok = tokens[i]
        surface = tok.surface_form
        if tok.pos_detail_1 == "空白" or (tok.pos in ("補助記号", "記号") and not _opens_or_closes(surface)):
            if surface.strip() and surface.strip()[-1] in _LEAD_IN:
                return None
            i -= 1
            continue
        last = surface[-1]
        if last in _CLOSING_QUOTES:
            return None
        if last in _BRACKETS:  # a trailing parenthetical: judge what comes before it
            i = _skip_group(tokens, i)
            continue
        return i
    return None


def _opens_or_closes(surface: str) -> bool:
    return surface[-1] in _CLOSING_QUOTES or surface[-1] in _BRACKETS


def _skip_group(tokens, i):
    closer = tokens[i].surface_form[-1]
    opener = _BRACKETS[closer]
    depth = 0
    while i >= 0:
        surface = tokens[i].surface_form
        depth += surface.count(closer) - surface.count(opener)
        i -= 1
        if depth <= 0:
            break
    return i


def _in_chain(tokens, j) -> bool:
    """Whether ``tokens[j]`` belongs to the auxiliary chain of the predicate after it."""
    tok = tokens[j]
    if tok.pos == "助動詞":
        return True
    if tok.pos == "接尾辞" and tok.pos_detail_1 in ("形容詞的", "動詞的"):
        return True
    if tok.pos == "助詞" and tok.pos_detail_1 == "準体助詞":  # の of のだ / のです
        return True
    return False


def _auxiliary_verb(tokens, j) -> bool:
    """いる/ある/おく/しまう/くださる… after て/で or after an auxiliary (である)."""
    tok = tokens[j]
    if tok.pos not in ("動詞", "形容詞") or tok.pos_detail_1 != "非自立可能" or j == 0:
        return False
    prev = tokens[j - 1]
    if prev.pos == "助詞" and prev.pos_detail_1 == "接続助詞" and prev.surface_form in ("て", "で"):
        return True
    if prev.conjugated_type == "助動詞-ダ" and prev.surface_form == "で":  # である, でございます
        return tok.lemma in ("有る", "御座る")
    return tok.pos == "形容詞" and prev.pos == "形容詞"  # 速くない


def classify(tokens):
    """``(style, first, last)``: the style of the sentence's final predicate and
    its token index range, or None when the sentence is not judged."""
    i = _final_span(tokens)
    if i is None:
        return None
    # sentence-final particles: ね, よ, な, わ… are skipped; か… is a question
    while i >= 0 and tokens[i].pos == "助詞" and tokens[i].pos_detail_1 == "終助詞":
        if tokens[i].lemma in _QUESTION_PARTICLES or tokens[i].surface_form in _QUESTION_PARTICLES:
            return None
        i -= 1
    i = _before_trailing_conjunction(tokens, i)
    if i < 0:
        return None
    last = i
    first = i
    while first > 0 and (_in_chain(tokens, first) or _auxiliary_verb(tokens, first)):
        if _auxiliary_verb(tokens, first):
            first -= 2 if tokens[first - 1].pos == "助詞" else 1
            continue
        first -= 1
    if first < last and tokens[first].pos not in ("動詞", "形容詞") and not _in_chain(tokens, first):
        first += 1  # the noun before だ/です is not part of the span
    # a polite form counts unless て follows it (でして: 「ツールでしている」 is plain)
    if any(tokens[k].conjugated_type in _POLITE_TYPES
           and not (k < last and tokens[k + 1].pos_detail_1 == "接続助詞")
           for k in range(first, last + 1)):
        if _set_phrase(tokens, first):
            return None
        return POLITE, first, last
    final = tokens[last]
    if final.pos == "動詞" and final.lemma in _POLITE_VERBS and final.conjugated_form.startswith("命令形"):
        return POLITE, first, last
    if _plain_final(final):
        return PLAIN, first, last
    return None


def _before_trailing_conjunction(tokens, i):
    """Skip a clause-final けど/から/し/が/ので (「…ないんだけどね。」, 「…ませんからね。」):
    the predicate before it carries the sentence's style."""
    if i >= 1 and tokens[i].surface_form == "も" and tokens[i - 1].surface_form == "けれど":
        i -= 1  # けれども
    tok = tokens[i] if i >= 0 else None
    if tok is not None and tok.pos == "助詞" and tok.pos_detail_1 == "接続助詞" \
            and tok.surface_form in _TRAILING_CONJUNCTIONS:
        return i - 1
    if i >= 1 and tok.surface_form == "で" and tok.conjugated_type == "助動詞-ダ" \
            and tokens[i - 1].surface_form == "の" and tokens[i - 1].pos_detail_1 == "準体助詞":
        return i - 2  # ので
    return i


def _set_phrase(tokens, first) -> bool:
    """ありがとうございます, よろしくお願いします: greetings, neutral in any style."""
    if first > 0 and tokens[first - 1].pos == "感動詞":
        return True
    return any(tokens[k].lemma == "願う" and tokens[k - 1].pos == "接頭辞"
               for k in range(max(1, first - 1), first + 1))


def _plain_final(tok) -> bool:
    form = tok.conjugated_form
    if tok.pos == "助動詞":
        if tok.conjugated_type.startswith("文語"):  # べき, べし, ごとし: 文語 fragments
            return False
        return form.startswith(("終止形", "意志推量形"))
    if tok.pos == "動詞":
        return form.startswith(("終止形", "意志推量形", "命令形"))
    if tok.pos == "形容詞" or (tok.pos == "接尾辞" and tok.pos_detail_1 == "形容詞的"):
        return form.startswith("終止形")
    return False


# -- sentences of a document --------------------------------------------------

def _sections(doc):
    """(kind, node) for each block whose sentences are judged."""
    for node in doc.walk():
        if node.type == "Header":
            yield "header", node
        elif node.type == "Paragraph" and not node.inside("BlockQuote", "Table", "Html"):
            yield ("list" if node.inside("ListItem") else "body"), node


def _analysis_text(sentence, plain, start) -> str:
    """The sentence's text with inline code replaced by a same-length filler (the code spans
    are found by bisection: a paragraph may hold thousands, and as many sentences)."""
    spans = plain.code_spans
    end = start + len(sentence.text)
    at = max(bisect.bisect_right(spans, (start, math.inf)) - 1, 0)
    text = None
    while at < len(spans) and spans[at][0] < end:
        a, b = spans[at]
        if b > start:
            if text is None:
                text = list(sentence.text)
            for k in range(max(a, start), min(b, end)):
                text[k - start] = _CODE_FILLER
        at += 1
    return sentence.text if text is None else "".join(text)


def _terminated(text: str) -> str | None:
    """The punctuation that ends ``text`` ("" when none), None for a question."""
    tail = text.rstrip()[-1:]
    if tail in _QUESTION:
        return None
    return tail if tail and tail in _TERMINATORS else ""


# A judged sentence: kind (body, header, list), style (POLITE or PLAIN), start and end of the
# final predicate (file offsets), the predicate, and the sentence's start and end.
Judged = namedtuple("Judged", "kind style start end predicate sentence_start sentence_end")


def judged_sentences(doc, ctx):
    """Yield a :class:`Judged` for every sentence whose style is judged."""
    for kind, node in _sections(doc):
        base = node.start
        for style, start, end, predicate, sentence_start, sentence_end in block_memo(
                ID, node, ctx.text, lambda: tuple(_judged(node, ctx))):
            yield Judged(kind, style, base + start, base + end, predicate, base + sentence_start, base + sentence_end)


def _judged(node, ctx):
    """(style, start, end, predicate, sentence start, sentence end) of each judged
    sentence of a block, offsets relative to its start: its content only."""
    header = node.type == "Header"
    base = node.start
    plain = ctx.plain(node)
    titles = Spans((n.start, n.end) for n in node.walk() if n.type in ("Link", "Image"))
    for sentence in ctx.sentences(node):
        end = _terminated(sentence.text)
        if end is None or (not header and not end):
            continue
        if _quoted_next(plain.text, sentence.plain_start + len(sentence.text), end in ("！", "!")):
            continue  # 「…したい！ってことです」, 「動くぞ。という程度」: quoted inside the next sentence
        text = _analysis_text(sentence, plain, sentence.plain_start)
        if not has_japanese_words(text):
            continue
        tokens = ctx.tokens(text, "unidic")
        if end in ("！", "!") and sum(t.pos not in _SYMBOLS for t in tokens) < _MIN_EXCLAMATION:
            continue  # an exclamation (すごい！, やった！) is not a statement
        result = classify(tokens)
        if result is None:
            continue
        style, first, last = result
        a, b = tokens[first].start, tokens[last].end
        start = sentence.to_source(a)
        if start in titles:
            continue  # a predicate in link text or alt text: a quoted title
        yield (style, start - base, sentence.source_end(b) - base, text[a:b],
               sentence.start - base, sentence.end - base)


# what quotes the words before it: after "！" these go on with the same sentence
_QUOTATIVE = ("って", "とか", "なんて", "という", "といった", "といって", "と思", "と言", "と考", "と感",
              "と書", "と聞", "と叫", "と願", "と気", "と決", "と、", "と，", "みたい", "的な")
# after an exclamation mark, と alone quotes too (「やった！と喜ぶ」); after 。 it more often
# starts a word (。とはいえ, 。ところで)
_QUOTATIVE_AFTER_EXCLAMATION = _QUOTATIVE + ("と",)
# words that start like a quotation but join two sentences (。というか、 。と言っても)
_CONNECTIVES = ("というか", "というのも", "というのは", "というわけ", "というより", "といっても", "と言っても",
                "と言うか", "と言うのも", "と言うより", "と言うわけ")


def _quoted_next(text: str, at: int, exclamation: bool) -> bool:
    """Whether the words at ``at`` (after blanks) quote what stands before them.

    >>> _quoted_next("問題ない! と思っていました", 5, True), _quoted_next("速い! 次へ", 3, True)
    (True, False)
    >>> _quoted_next("動くぞ。という程度です", 4, False), _quoted_next("終わった。ところで", 5, False)
    (True, False)
    >>> _quoted_next("問題ありません。というか、", 8, False)
    False
    """
    while at < len(text) and text[at] in " \u3000":
        at += 1
    return (text.startswith(_QUOTATIVE_AFTER_EXCLAMATION if exclamation else _QUOTATIVE, at)
            and not text.startswith(_CONNECTIVES, at))



def check_options(opts) -> None:
    """Refuse a ``preferIn…`` value that names no style (called when the config loads)."""
    check_preferences(opts, _PREFER)

def check(node, opts, ctx):
    prefer = {
        "body": parse_preference(opts["preferInBody"], _PREFER, "preferInBody"),
        "header": parse_preference(opts["preferInHeader"], _PREFER, "preferInHeader"),
        "list": parse_preference(opts["preferInList"], _PREFER, "preferInList"),
    }
    found = {kind: {POLITE: [], PLAIN: []} for kind in prefer}
    for j in judged_sentences(node, ctx):
        found[j.kind][j.style].append((j.start, j.end, j.predicate))
    for kind in ("body", "header", "list"):
        yield from _report(ctx, kind, found[kind], prefer[kind])


def _report(ctx, kind, hits, prefer):
    n_polite, n_plain = len(hits[POLITE]), len(hits[PLAIN])
    if prefer is not None:
        expected = prefer
    elif n_polite and n_plain:
        expected = PLAIN if n_plain > n_polite else POLITE
    else:
        return
    wrong = PLAIN if expected == POLITE else POLITE
    section = _SECTION_NAMES[kind]
    if prefer is not None:
        why = f"{section}は{_STYLE_NAMES[expected]}と指定されています"
    elif n_polite == n_plain:
        why = f"{section}は敬体と常体が同数（{n_polite}文ずつ）なので、敬体にそろえてください"
    else:
        why = (f"{section}の多くは{_STYLE_NAMES[expected]}で書かれています"
               f"（敬体 {n_polite}文・常体 {n_plain}文）。{_SHORT[expected]}にそろえてください")
    for start, end, predicate in hits[wrong]:
        yield ctx.report(start, end, f"{_STYLE_NAMES[wrong]}の文です（文末「{predicate}」）。{why}")

"""敬体（です・ます）と常体（である）を混在させない（textlint-rule-no-mix-dearu-desumasu 互換）。

A text that says 「〜です」 in one place and 「〜である」 in another reads as
careless.  Body paragraphs, headings and list items are counted separately
(a heading may be terse while the body is polite); within each kind, the
style used less often is reported -- or, when ``preferInBody``,
``preferInHeader`` or ``preferInList`` names a style (``"ですます"`` or
``"である"``), every use of the other style.

Only sentence-final forms count unless ``strict`` is true: 「…であるが、」
or 「…ですので、」 is a connective use and is not counted.  As in textlint,
the plain style is recognised only through である; だ, plain verbs and
adjectives are not (see ``no-mix-keitai-jotai`` for that check).  Quotations
(block quotes), link text, inline code, images and emphasis are counted but
never reported.

Options: ``preferInBody``, ``preferInHeader``, ``preferInList`` (``""`` =
the majority wins, ``"ですます"``, ``"である"``), ``strict`` (false).

    OK:  今日は晴れです。明日も晴れます。
    NG:  今日は晴れです。明日も晴れである。
"""

from __future__ import annotations

import functools
import re
from itertools import islice

from postlint.morph import ipadic_line_token, ipadic_output
from postlint.rules._editorial import remember
from postlint.rules._politeness import DESU_MASU, DEARU, check_preferences, parse_preference
from postlint.rules._textlint import skipped_spans
from postlint.rules._textlint_ja import report_at_index
from postlint.spans import Spans

ID = "no-mix-dearu-desumasu"
NODES = ("Document",)
OPTIONS = {"preferInHeader": str, "preferInBody": str, "preferInList": str, "strict": bool}
DEFAULTS = {"preferInHeader": "", "preferInBody": "", "preferInList": "", "strict": False}
FIXABLE = False

_PREFER = {"": None, "ですます": DESU_MASU, "である": DEARU}
_IGNORED_IN_BODY = ("Link", "Code", "Image", "BlockQuote", "Emphasis")
_SECTION_NAMES = {"body": "本文", "header": "見出し", "list": "箇条書き"}
_STYLE_NAMES = {DESU_MASU: "「ですます」調", DEARU: "「である」調"}
_FINAL_MARKS = frozenset("!?！？。")


# -- analysis of one text (the behaviour of analyze-desumasu-dearu) -----------

# Code points of IPADIC's DEFAULT character class (char.def): characters no other
# class claims, e.g. emoji and everything outside the BMP.
_DEFAULT_CLASS = (
    (0x7F, 0xA0), (0x237, 0x373), (0x3FC, 0x3FF), (0x4FA, 0x4FF), (0x510, 0x1DFF),
    (0x1EFA, 0x1FFF), (0x2400, 0x245F), (0x2500, 0x2500), (0x26FF, 0x26FF), (0x2980, 0x29FF),
    (0x2C00, 0x2E7F), (0x2EF4, 0x2EFF), (0x2FD6, 0x2FFF), (0x3040, 0x3040), (0x30A0, 0x30A0),
    (0x3100, 0x31EF), (0x32FF, 0x32FF), (0x4DB6, 0x4DFF), (0x9FA6, 0xF8FF), (0xFA2E, 0xFA2F),
    (0xFA6B, 0xFE2F), (0xFE6C, 0xFF00), (0xFF20, 0xFF20), (0xFFA0, 0xFFDF), (0xFFF0, 0x10FFFF),
)


def _is_noun(token) -> bool:
    """名詞, as kuromoji sees it.

    An unknown word (base form "*") is where kuromoji and MeCab differ: kuromoji
    tags a run of DEFAULT-class characters (emoji) 記号 and any other run
    (``...``, ``#!``, ``=>``) 名詞; MeCab picks either by context.
    """
    if token.lemma == "*" and token.pos in ("名詞", "記号") and token.pos_detail_1 != "空白":
        code = ord(token.surface_form[0])
        return not any(a <= code <= b for a, b in _DEFAULT_CLASS)
    return token.pos == "名詞"


def _breaks_clause(token) -> bool:
    """A token after which a form can no longer be sentence-final."""
    return ("、" in token.surface_form or "。" in token.surface_form
            or "特殊" in token.conjugated_type or _is_noun(token))


def _next_break(tokens, i):
    for j in range(i + 1, len(tokens)):
        if _breaks_clause(tokens[j]):
            return j
    return None


def _final(following) -> bool:
    """Whether a form ends its sentence, given the tokens after it: the first that
    breaks the clause, if any, has a final mark."""
    for token in following:
        if _breaks_clause(token):
            return any(ch in _FINAL_MARKS for ch in token.surface_form)
    return True


_ARU = "五段・ラ行アル"  # the conjugation type of ある


def _form_style(token):
    """The style ``token`` may mark: DEARU for で (連用形 of だ; である when ある follows),
    DESU_MASU for です/ます in 基本形, None for any other token."""
    ctype = token.conjugated_type
    if ctype == "特殊・ダ":
        return DEARU if token.pos == "助動詞" and token.conjugated_form == "連用形" else None
    if ctype in ("特殊・デス", "特殊・マス"):
        # 「やす」 (as in 見やすい misparsed) is tagged 特殊・マス too
        return DESU_MASU if token.basic_form != "やす" and token.conjugated_form == "基本形" else None
    return None


def analyze(tokens, strict: bool):
    """``(style, token, value)`` for each である / です / ます form in ``tokens``.

    ``value`` is the text from the form up to the next clause break (shown in
    the message).  Unless ``strict``, only sentence-final forms are returned.
    """
    out = []
    for i, token in enumerate(tokens):
        style = _form_style(token)
        if style is None:
            continue
        if style == DEARU and not (i + 1 < len(tokens) and tokens[i + 1].conjugated_type == _ARU):
            continue
        if not strict and not _final(islice(tokens, i + 1, None)):
            continue
        j = _next_break(tokens, i)
        stop = len(tokens) if j is None else j + 1
        value = "".join(t.surface_form for t in tokens[i:stop])
        out.append((style, token, value))
    return out


# in the line of every token _form_style() may accept (its conjugation type)
_FORM_MARK = "特殊・"


def styles_in_output(output: str, strict: bool):
    """``[style for style, _, _ in analyze(tokens, strict)]`` for a text, read from
    MeCab's output for it (:func:`postlint.morph.ipadic_output`) without building
    its tokens: only the lines of forms, and those after each up to a clause break,
    are parsed.  A paragraph's tokens are asked for by no other rule, and building
    them cost more than MeCab's run.

    The tokens have white space tokens that MeCab's lines have not; they change
    nothing here (one never breaks a clause) except between で and ある: when a で
    line comes right before an ある line, None (only the tokens tell).

    >>> from postlint.morph import ipadic_output
    >>> styles_in_output(ipadic_output("晴れです。雨ですが、本です"), False)
    ['desumasu', 'desumasu']
    >>> styles_in_output(ipadic_output("本である。"), False) is None
    True
    """
    lines = output.split("\n")
    out = []
    for k, line in enumerate(lines):
        if _FORM_MARK not in line:
            continue
        token = ipadic_line_token(line)
        style = token and _form_style(token)
        if not style:
            continue
        following = filter(None, map(ipadic_line_token, islice(lines, k + 1, None)))
        if style == DEARU:
            after = next(following, None)
            if after is not None and after.conjugated_type == _ARU:
                return None
            continue
        if strict or _final(following):
            out.append(style)
    return out


# -- one checker per section kind (body, headings, list items) --------------

class _Section:
    """The blocks of one kind; they are analysed only when they may be reported."""

    def __init__(self, kind: str, prefer):
        self.kind = kind
        self.prefer = prefer
        self.blocks = []  # (block text, its file offset): those that may have a form
        self.possible = set()  # the styles some block may have (see _MAY_HAVE)

    def add(self, text: str, node_start: int) -> None:
        possible = {style for style, pattern in _MAY_HAVE.items() if pattern.search(text)}
        if possible:
            self.blocks.append((text, node_start))
            self.possible |= possible

    def expected(self, counts):
        """The style this section should use, given its ``counts`` of each style,
        or None when nothing is wrong."""
        if self.prefer is not None:
            return self.prefer if counts[_OTHER[self.prefer]] else None
        if not (counts[DESU_MASU] and counts[DEARU]):
            return None
        return DEARU if counts[DEARU] > counts[DESU_MASU] else DESU_MASU

    def problems(self, ctx, ignored, strict: bool):
        """The problems of this section; ``ignored()``: the spans where no problem is reported."""
        # expected() is None while a style it needs counted is in no block: the blocks are
        # not analysed then (a post in one style has no other style's spelling, as a rule)
        needed = {_OTHER[self.prefer]} if self.prefer is not None else {DESU_MASU, DEARU}
        if not needed <= self.possible:
            return
        blocks = [(text, node_start, _styles(ctx, text, strict)) for text, node_start in self.blocks]
        counts = {DESU_MASU: 0, DEARU: 0}
        for _text, _start, found_styles in blocks:
            for style in found_styles:
                counts[style] += 1
        expected = self.expected(counts)
        if expected is None:
            return
        found = _OTHER[expected]
        n_desu, n_dearu = counts[DESU_MASU], counts[DEARU]
        section = _SECTION_NAMES[self.kind]
        if self.prefer is not None:
            why = f"{section}は{_STYLE_NAMES[expected]}と指定されています"
        elif n_desu == n_dearu:
            why = f"同数（{n_desu}対{n_dearu}）のときは{_STYLE_NAMES[expected]}にそろえます"
        else:
            why = f"{section}では{_STYLE_NAMES[expected]}が多数です（ですます {n_desu}、である {n_dearu}）"
        for text, node_start, found_styles in blocks:
            if found not in found_styles:
                continue
            for style, token, value in _hits(ctx, text, strict):
                # textlint adds kuromoji's code-point index to the node's UTF-16 offset: each
                # astral character (an emoji) before the hit moves the report a unit left
                problem = report_at_index(ctx, node_start, token.start,
                                          f"{section}: {_STYLE_NAMES[found]}の「{value.strip()}」があります。{why}",
                                          end=len(ctx.text))
                # what textlint's message says: the section, whether a style was asked for, the
                # expected style, the form with what follows it as written (white space too: two
                # hits at one place with different text after them stay two problems), the counts
                problem.textlint_message = f"{section}\0{self.prefer is not None}\0{expected}\0{value}\0{n_desu}\0{n_dearu}"
                if style == found and problem.start not in ignored():
                    yield problem


# analyze() looks for IPADIC's auxiliaries です/っす/どす and ます in their 基本形, and で (連用形
# of だ) right before ある; in the dictionary these are written in kana only (katakana spellings
# are listed too, to be safe).  A text with none of a style's has no form of that style: it is
# not tokenized for this rule (most headings and list items, 60% of the corpus's block text).
_MAY_HAVE = {DESU_MASU: re.compile("です|デス|っす|ッス|どす|ドス|ます|マス"), DEARU: re.compile("[でデ][あア]")}
_OTHER = {DESU_MASU: DEARU, DEARU: DESU_MASU}


def _styles(ctx, text: str, strict: bool) -> tuple:
    """The style of each form in a block, in order (a section's counts), remembered by
    text: a re-lint of unchanged blocks is free."""

    def compute():
        found = styles_in_output(ipadic_output(text), strict)
        if found is None:  # only the tokens tell
            found = [style for style, _token, _value in _hits(ctx, text, strict)]
        return tuple(found)

    return remember(ID, (text, strict), compute)


def _hits(ctx, text: str, strict: bool):
    """analyze() of a block's tokens, remembered by text: a report's offsets and wording
    (for a block whose hits are reported, or whose styles only the tokens tell)."""
    return remember(ID + "/hits", (text, strict), lambda: analyze(ctx.tokens(text, "ipadic"), strict))


def _section_kind(node):
    if node.type == "Header":
        return "header"
    if node.type == "ListItem":
        return "list"
    if node.type == "Paragraph" and not node.inside(*_IGNORED_IN_BODY, "Header", "ListItem"):
        return "body"
    return None



def check_options(opts) -> None:
    """Refuse a ``preferIn…`` value that names no style (called when the config loads)."""
    check_preferences(opts, _PREFER)

def check(node, opts, ctx):
    strict = opts["strict"]
    sections = {
        "body": _Section("body", parse_preference(opts["preferInBody"], _PREFER, "preferInBody")),
        "header": _Section("header", parse_preference(opts["preferInHeader"], _PREFER, "preferInHeader")),
        "list": _Section("list", parse_preference(opts["preferInList"], _PREFER, "preferInList")),
    }
    bodies = []
    for child in node.walk():
        kind = _section_kind(child)
        if kind is None:
            continue
        if kind == "body":
            bodies.append(child)
        text = ctx.text[child.start:child.end]
        sections[kind].add(text, child.start)
    # where the body's links, code... lie, found only once a problem is to be reported:
    # most posts have none, and walking every paragraph for them cost as much as the rest
    ignored = functools.cache(lambda: Spans([span for body in bodies
                                             for span in skipped_spans(body, ctx, _IGNORED_IN_BODY)]))
    for kind in ("body", "header", "list"):
        yield from sections[kind].problems(ctx, ignored, strict)

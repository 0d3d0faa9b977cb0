"""「〜たり」を一つだけ使い、並べたもう一方の動詞に「〜たり」がない文を見つける（textlint-rule-prefer-tari-tari 1.0.3 互換）。

例示や並列で動詞を並べるときは「〜たり〜たりする」と、どちらにも「たり」を付ける。段落の
プレーンテキストの 1 行目を IPADIC で形態素解析し、句点で文に分け、「動詞＋たり（だり）」が
ちょうど一つあって、それが「動詞＋たり＋する」の形でない文で、その「たり」より後ろにある最初の動詞
（直前のトークンが「たり」のものを除く）の位置に報告する。

Checks the first line of each paragraph's plain text only, as the original does (it reads the
first line of its parser's output); the plain text and the map back to the file are those of
textlint-util-to-string 2.1.1, which the original bundles (inline HTML counts as text there).
The original's pattern matcher does not retry a token that broke a partial match, so
「食べ始めたり」 (two verbs before たり) is no 〜たり to it; that is kept.

Options: なし。

    OK:  休日は本を読んだり、映画を見たりする。
    NG:  休日は本を読んだり、映画を見る。
"""

from __future__ import annotations

import re

from postlint.rules._textlint import ParagraphSource
from postlint.text import image_alt

ID = "prefer-tari-tari"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

# every report needs the particle たり or だり in the plain text; in the source markup may
# come between its characters (``た`り`…``), or a character reference may stand for one
TRIGGER = re.compile("り|&#")
_RAW_MAY_HAVE = re.compile("り|&#").search  # in a paragraph's source
_MAY_HAVE = re.compile("[ただ]り").search  # in its plain text
_MARKUP = re.compile(r"[`*_\[\]<>&\\!~]").search  # what may stand between the characters of たり
_MAY_HAVE_APART = re.compile("[ただ].*り").search  # with markup between them
_UNORDERED = re.compile(r"&|`|!\[").search  # what may put text in the plain line that the source line lacks
_HAS_TARI = re.compile("^[ただ]り\t助詞,", re.M).search  # in MeCab's output for the line
# the original's parser pins kuromoji 0.1.1 (through kuromojin 1), which reads some of
# IPADIC's costs wrong: 「、」 after a verb becomes 名詞,数, 「それに」 a 接続詞...
_DICTIONARY = "ipadic-kuromoji-0.1.1"
_LINE_END = re.compile(r"\r?\n")
# the half-width punctuation the original's parser widens before tokenizing
_WIDE = str.maketrans("｡｢｣､･", "。「」、・")

MESSAGE = "「〜たり」が片方の動詞にしかありません。並べた動詞はどれも「〜たり」にして「〜たり〜たりする」と書いてください。"


class _StringSource211(ParagraphSource):
    """``StringSource`` of textlint-util-to-string 2.1.1: like the newer one (what
    :class:`ParagraphSource` maps), except that inline HTML is text (its source as written)
    and an image without alt text gives its title."""

    def _value(self, node) -> str | None:
        if node.type == "Html":
            return self.src[node.start:node.end]
        if node.type == "Image":
            return image_alt(node, self.src) or node.data.get("title") or None
        return super()._value(node)


def _may_report(node, ctx) -> bool:
    """Whether the first line of the paragraph's 2.1.1 text may hold たり or だり.

    Unless a hard break joins the next source line to it, that line is made of the
    paragraph's first source line: with no markup character in it, as written; with markup,
    its characters in the same order, unless a character reference, inline code (whose
    padding line break is dropped) or an image (whose title may lie on the next line) is
    in it.  Otherwise, without inline HTML or a titled image in the paragraph, the 2.1.1 text
    is the plain text every rule shares."""
    text = ctx.text
    if _RAW_MAY_HAVE(text, node.start, node.end) is None:
        return False
    end = text.find("\n", node.start, node.end)
    if end < 0:
        end = node.end
    if not text[node.start:end].rstrip("\r").endswith("  "):
        if _MARKUP(text, node.start, end) is None:
            return _MAY_HAVE(text, node.start, end) is not None
        if _UNORDERED(text, node.start, end) is None:
            return _MAY_HAVE_APART(text, node.start, end) is not None
    if _MAY_HAVE(_LINE_END.split(ctx.plain(node).text, 1)[0]) is not None:
        return True
    return any(n.type == "Html" or (n.type == "Image" and n.data.get("title")) for n in node.walk())


def check(node, opts, ctx):
    if not _may_report(node, ctx):
        return
    source = _StringSource211(node, ctx.text)
    line = _LINE_END.split(source.text, 1)[0]
    if _MAY_HAVE(line) is None:
        return
    tokens = ctx.tokens(line.translate(_WIDE), _DICTIONARY, when=_HAS_TARI)
    for sentence in _sentences(tokens):
        at = _report_index(sentence)
        if at is not None:
            # kuromoji's code-point offset, taken by textlint as a UTF-16 one
            at16 = source.to_utf16(at, ctx.source.utf16)
            if at16 is not None:
                yield ctx.report_utf16(at16, at16 + 1, MESSAGE)


def _sentences(tokens) -> list[list]:
    """The tokens split after each 句点 outside brackets (the line's last token ends the
    line's sentence anyway); a closing bracket without an opening one leaves the depth
    below zero, and no 句点 ends a sentence after it."""
    out: list[list] = [[]]
    depth = 0
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        out[-1].append(tok)
        kind = tok.pos_detail_1
        if kind == "括弧開":
            depth += 1
        elif kind == "括弧閉":
            depth -= 1
        elif kind == "句点" and not depth and i != last:
            out.append([])
    return out


def _verb(tok) -> bool:
    return tok.pos == "動詞" and tok.pos_detail_1 in ("自立", "非自立")


def _tari(tok) -> bool:
    return tok.pos == "助詞" and tok.surface_form in ("たり", "だり")


def _suru(tok) -> bool:
    return tok.basic_form == "する"


def _matches(tokens, pattern) -> list[int]:
    """Indexes where ``pattern`` (tests of consecutive tokens) matches, scanned as
    nlcst-pattern-match does: after a match, and after a token that breaks a partial match,
    it goes on with the next token (the breaking token is not tried as a new start).

    >>> from postlint.morph import tokens
    >>> _matches(tokens("食べたり飲んだり"), (_verb, _tari)), _matches(tokens("食べ始めたり"), (_verb, _tari))
    ([0, 2], [])
    """
    found = []
    at = first = 0
    for i, tok in enumerate(tokens):
        if pattern[at](tok):
            if at == 0:
                first = i
            at += 1
            if at == len(pattern):
                found.append(first)
                at = 0
        else:
            at = 0
    return found


def _report_index(tokens) -> int | None:
    """Where in the line the sentence ``tokens`` has a lone 〜たり's partner verb, or None."""
    taris = _matches(tokens, (_verb, _tari))
    # the original means to pass over a 〜たり that is 〜たりする, but compares an ``index``
    # its match results do not have (undefined === undefined): any 動詞＋たり＋する in the
    # sentence, where the matcher finds one, passes the whole sentence
    if len(taris) != 1 or _matches(tokens, (_verb, _tari, _suru)):
        return None
    after = tokens[taris[0]].start
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if _verb(tok) and tok.start > after and tokens[i - 1].surface_form != "たり":
            return tok.start
    return None

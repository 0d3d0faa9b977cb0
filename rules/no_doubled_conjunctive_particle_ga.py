"""一文に逆接の接続助詞「が」が二回以上あるのを見つける（textlint-rule-no-doubled-conjunctive-particle-ga 3.0.0 互換）。

「〜したが、〜だったが、〜」のように接続助詞「が」を重ねると、文のつながりがぼやける。
文ごとに IPADIC で形態素解析し（括弧の中の句点でもさらに区切る）、接続助詞「が」が二つ以上
あれば、最初の「が」を報告する。文を分ける、別の接続表現にするなどで直す。

報告位置は textlint と同じ計算をする。textlint は文の位置を段落の平文の行・桁として読み直す
ため、二行目以降から始まる段落の二文目以降では、段落の先頭寄りの位置を指すことがある。

Options: ``separatorChars`` (文の区切り文字; 既定 ``. ． 。 ? ! ？ ！``)。

    OK:  朝早く出発したが、定刻には間に合わなかった。それでも無事に着いた。
    NG:  朝早く出発したが、定刻には間に合わなかったが、無事に着いた。
"""

from __future__ import annotations

import re

from postlint.rules._textlint_ja import DEFAULT_SEPARATORS, sentence_runs, skipped_paragraph

ID = "no-doubled-conjunctive-particle-ga"
NODES = ("Paragraph",)
OPTIONS = {"separatorChars": [str]}
DEFAULTS = {"separatorChars": list(DEFAULT_SEPARATORS)}
FIXABLE = False

_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")


_GA_LINE = "が\t助詞,接続助詞,"  # the start of a conjunctive が's line in MeCab's output


def _has_two_ga(output: str) -> bool:
    """Whether MeCab's output has two conjunctive が: without them the tokens are not built.

    >>> from postlint.morph import ipadic_output
    >>> _has_two_ga(ipadic_output("雨だが、行くが、寒い")), _has_two_ga(ipadic_output("雨だが、行く"))
    (True, False)
    """
    return ("\n" + output).count("\n" + _GA_LINE) >= 2


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def _sentence_offset(node, plain, line: int, column: int) -> int:
    """Where textlint thinks a sentence starts, relative to the paragraph.

    textlint reads the sentence's line/column in the *document* as a
    line/column of the paragraph's plain text and maps that back; when the
    plain text has fewer lines the lookup fails and 0 is used.
    """
    starts = _line_starts(plain.text)
    if line - 1 >= len(starts):
        return 0
    index = starts[line - 1] + column
    if index > len(plain.text) or not plain.text:
        return 0
    return plain.to_source(index) - node.start


def _groups(tokens, separators):
    group: list = []
    for tok in tokens:
        if tok.surface_form in separators:
            yield group
            group = []
        else:
            group.append(tok)
    if group:
        yield group


def check(node, opts, ctx):
    if skipped_paragraph(node):
        return
    separators = set(opts["separatorChars"])
    plain = None
    for start, end, _items in sentence_runs(node, ctx.text, opts["separatorChars"], ctx):
        raw = ctx.text[start:end]
        if raw.count("が") < 2:  # two が tokens need two が characters: nothing to tokenize for
            continue
        tokens = ctx.tokens(raw, "ipadic", when=_has_two_ga)
        for group in _groups(tokens, separators):
            ga = [t for t in group if t.pos_detail_1 == "接続助詞" and t.surface_form == "が"]
            if len(ga) <= 1:
                continue
            if plain is None:
                plain = ctx.plain(node)
            line, column = ctx.source.position(start)
            base = node.start + _sentence_offset(node, plain, line, column)
            last16 = ctx.source.utf16(len(ctx.text) - 1)  # (never past the file's last character)
            at16 = min(ctx.source.utf16(base) + ga[0].start, last16)
            yield ctx.report_utf16(at16, at16 + 1,
                                   "一文の中で逆接の接続助詞「が」が二回以上使われています。"
                                   "文を分けるか、別のつなぎ方にしてください。")

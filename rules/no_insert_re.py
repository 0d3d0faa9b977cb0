"""れ足す言葉（「行けれる」「書けれる」）を見つける（@textlint-ja/textlint-rule-no-insert-re 1.0.2 互換）。

「行ける」「書ける」のような可能動詞はそれだけで「できる」の意味を持つので、さらに「れる」を
足した「行けれる」「書けれる」は誤りです。Str ごとに IPADIC で形態素解析し、一段活用の動詞の
直後に接尾の動詞「れる」が続くところを、「れる」の位置に報告します（「食べれる」「寝れる」の
ような一段動詞のら抜き言葉もこの形になるので、textlint と同じく報告されます）。リンク・画像・
引用・強調の中は調べません。configured as ``@textlint-ja/no-insert-re`` (the id textlint reports
then) or ``no-insert-re``.

Options: なし。

    OK:  この坂なら自転車でも行ける。
    NG:  この坂なら自転車でも行けれる。
"""

from __future__ import annotations

import re

from postlint.rules._textlint_ja import report_at_index, str_token_pairs

ID = "no-insert-re"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

# every form of the suffix れる (れ, れる, れれ, れろ, れよ) starts with れ
TRIGGER = re.compile("れ")
# in MeCab's output (a line per token): a 一段 verb, and on the next line the 接尾 verb れる; most
# suffix れる are passive (書かれる, after a 五段 verb) and need no tokens built
_ICHIDAN_THEN_RERU = re.compile(r"\t動詞,(?:[^,\n]*,){3}一段,[^\n]*\n[^\t\n]*\t動詞,接尾,(?:[^,\n]*,){4}れる,")

MESSAGE = "れ足す言葉です。可能動詞に「れる」は要りません（「行けれる」ではなく「行ける」）。"


def check(node, opts, ctx):
    for base, end, prev, tok in str_token_pairs(node, ctx, TRIGGER, _ICHIDAN_THEN_RERU.search):
        if prev.pos == "動詞" and prev.conjugated_type == "一段" and _reru(tok):
            yield report_at_index(ctx, base, tok.start, MESSAGE, end=end)  # kuromoji's word_position


def _reru(tok) -> bool:
    return tok.pos == "動詞" and tok.pos_detail_1 == "接尾" and tok.basic_form == "れる"

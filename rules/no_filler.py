"""フィラー（「ええと」「あの」「まあ」などのつなぎ言葉）を見つける（@textlint-ja/textlint-rule-no-filler 1.1.0 互換）。

「ええと」「あのー」「まあ」「なんか」のようなつなぎ言葉は話し言葉で、書き言葉では読む邪魔に
なります。段落を文に分け、装飾を外してインラインコードを X で塞いだ文の平文を IPADIC で形態素解析し、
品詞が「フィラー」のトークンを、その位置に報告します。引用の中の段落も調べます（textlint と同じ）。
見出しと表のセルは段落でないので調べません。configured as ``@textlint-ja/no-filler`` (the id
textlint reports then) or ``no-filler``.

Options: なし。

    OK:  この設定で十分に動きます。
    NG:  ええと、この設定で十分に動きます。
"""

from __future__ import annotations

import re

from postlint.rules._textlint_ja import SentenceSource, sentence_runs
from postlint.source import utf16_len

ID = "no-filler"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

# IPADIC's フィラー entries (Filler.csv: え, えー, ええと, あの, ま, まあ, うん, その, と, なんか,
# そうですね...) start with one of these (unknown words are never fillers)
TRIGGER = re.compile("[あうえそとなま]")
_FILLER = re.compile("\tフィラー,").search  # in MeCab's output: a sentence without one builds no tokens


def _mask(value: str, nested: bool) -> str | None:
    """The rule masks the sentence's own Code children with an X per UTF-16 unit (``/./g``),
    not a code inside a link or emphasis."""
    return None if nested else "X" * utf16_len(value)


def check(node, opts, ctx):
    if TRIGGER.search(ctx.text, node.start, node.end) is None:
        return
    for start, end, items in sentence_runs(node, ctx.text, ctx=ctx):
        source = SentenceSource(ctx.text, start, end, items, code_mask=_mask)
        for tok in ctx.tokens(source.text, "ipadic", when=_FILLER):
            if tok.pos == "フィラー":
                at16 = source.to_utf16_js(tok.start, ctx.source.utf16)
                if at16 is not None:
                    yield ctx.report_utf16(at16, at16 + 1, _message(tok.surface_form))


def _message(word: str) -> str:
    return f"「{word}」はフィラー（つなぎ言葉）です。話し言葉なので、書き言葉では削ってください。"

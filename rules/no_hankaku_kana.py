"""半角カタカナを使わない（textlint-rule-no-hankaku-kana 互換）。

Half-width katakana (ｶﾀｶﾅ, U+FF61–U+FF9F, half-width punctuation 。「」、・
included) is a relic of old character sets; it looks broken next to
full-width text.  Each run of half-width katakana in plain paragraph text is
reported and ``--fix`` converts it to full-width (NFKC: ﾊﾟﾝﾀﾞ -> パンダ).
Headings, links (bare URLs too), emphasis, tables and block quotes are not
checked, as in textlint.  No options.

    OK:  カタカナ
    NG:  ｶﾀｶﾅ
"""

import re
import unicodedata

from postlint.rules._textlint import is_plain_str, text_spans

ID = "no-hankaku-kana"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True

_HANKAKU = re.compile("[\uff61-\uff9f]+")
TRIGGER = _HANKAKU  # a file without half-width kana is skipped


def check(node, opts, ctx):
    if not is_plain_str(node):  # textlint-rule-helper's isPlainStrNode
        return
    for start, end in text_spans(node, ctx):  # (a bare URL is a link's text to textlint)
        for match in _HANKAKU.finditer(ctx.text, start, end):
            run = match.group()
            full = unicodedata.normalize("NFKC", run)
            yield ctx.report(match.start(), match.end(),
                             f"半角カタカナ「{run}」は全角で「{full}」と書いてください。",
                             fix=ctx.fix(match.start(), match.end(), full))

"""絵文字と太字の組み合わせ、「**注意**」のような太字の前置き、見出しの中の太字を見つける（@textlint-ja/textlint-rule-preset-ai-writing 1.7.0 互換）。

Generated text decorates: ``💡 **ヒント**``, ``**重要**: …``, ``## **まとめ**``.  Checked on
the source of each paragraph (not one right in a list item), list item (nested items
included) and heading:

- one of a set of emoji (💡 ✅ ⚠️ 📝 …), optional white space, then bold text: reported over
  the whole match;
- bold text that is one of the "information" words (注意, 重要, ポイント, メモ, 補足, 例…),
  alone or followed by a colon and more text on the same line (``**注意: 〜**``), unless
  it is part of an emoji-and-bold match: reported over the bold text;
- in a heading, ``**…**`` or ``__…__`` on one line (even inside inline code, as in
  textlint): reported, with removing the markers as a suggested fix (a heading is emphasis
  enough).  textlint's message carries that fix but its ``--fix`` never applies it (the rule
  has no fixer), so postlint's ``--fix`` leaves it too; ``--unsafe-fixes`` applies it.

Options: ``allows`` (RegExp-like strings; a node whose source one matches is not checked),
``disableEmojiEmphasisPatterns``, ``disableInfoPatterns``, ``disableHeadingEmphasisPatterns``
(all false by default).

    OK:  設定ファイルを消す前に、必ずバックアップを取ってください。
    NG:  **注意**: 設定ファイルを消す前に、必ずバックアップを取ってください。
    NG:  ## **まとめ**
"""

import re

from postlint.jsregex import compile_js
from postlint.rules._ai_writing import allowed, check_allows

ID = "no-ai-emphasis-patterns"
NODES = ("Paragraph", "ListItem", "Header")
OPTIONS = {"allows": [str], "disableEmojiEmphasisPatterns": bool, "disableInfoPatterns": bool,
           "disableHeadingEmphasisPatterns": bool}
DEFAULTS = {"allows": [], "disableEmojiEmphasisPatterns": False, "disableInfoPatterns": False,
            "disableHeadingEmphasisPatterns": False}
FIXABLE = True

EMOJI = ("ℹ️", "🔍", "✅", "❌", "⚠️", "💡", "📝", "📋", "📌", "🔗", "🎯", "🚀", "⭐", "✨", "💯", "🔥", "📊", "📈")
INFO_WORDS = ("注意", "重要", "ポイント", "メモ", "参考", "補足", "確認", "チェック", "推奨", "おすすめ", "検出される例",
              "推奨される表現", "良い例", "悪い例", "例", "サンプル", "使用例", "設定例")
_EMOJI_BOLD = compile_js("(" + "|".join(EMOJI) + ")\\s*\\*\\*([^*]+)\\*\\*", "u")
_INFO_BOLD = compile_js("\\*\\*(" + "|".join(INFO_WORDS) + ")([：:].*?)?\\*\\*")
_HEADING_BOLD = compile_js("(\\*\\*|__)(.*?)\\1")
TRIGGER = re.compile(r"\*\*|__")  # every pattern needs one of these

check_options = check_allows


def check(node, opts, ctx):
    text = ctx.text
    if text.find("**", node.start, node.end) < 0 and (node.type != "Header" or text.find("__", node.start, node.end) < 0):
        return  # (most nodes: no pattern can match)
    if node.type == "Header":
        if not opts["disableHeadingEmphasisPatterns"] and not allowed(node, text, opts["allows"]):
            yield from _heading(node, ctx)
        return
    if node.type == "Paragraph" and node.parent is not None and node.parent.type == "ListItem":
        return  # the list item's own check sees it
    if allowed(node, text, opts["allows"]):
        return
    in_list = "リスト項目で" if node.type == "ListItem" else ""
    emoji_spans = []
    if not opts["disableEmojiEmphasisPatterns"]:
        for m in _EMOJI_BOLD.finditer(text, node.start, node.end):
            emoji_spans.append(m.span())
            yield ctx.report(m.start(), m.end(),
                             f"{in_list}絵文字と太字を並べると機械的に見えます。飾りを外して文で書いてください。")
    if not opts["disableInfoPatterns"]:
        for m in _INFO_BOLD.finditer(text, node.start, node.end):
            start, end = m.span()
            if any(start < e and end > s for s, e in emoji_spans):
                continue
            yield ctx.report(start, end,
                             f"{in_list}「**{m.group(1)}**」のような太字の前置きは機械的に見えます。"
                             "文の中で言葉にして伝えてください。")


def _heading(node, ctx):
    for m in _HEADING_BOLD.finditer(ctx.text, node.start, node.end):
        yield ctx.report(m.start(), m.end(), "見出しの中で太字にする必要はありません。見出しがすでに目立つので、太字を外してください。",
                         fix=ctx.fix(m.start(), m.end(), m.group(2), safe=False))

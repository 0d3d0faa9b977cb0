"""リスト項目の「**見出し語**: 説明」形式や飾りの絵文字を見つける（@textlint-ja/textlint-rule-preset-ai-writing 1.7.0 互換）。

Generated Japanese text likes list items that open with a bold label and a colon or a dash
(``- **速度**: 速い``) and items decorated with emoji (``- ✅ 完了``); both read as machine-made.
Each list item's source (nested items included, as in textlint) is checked for:

- a bold label right after the bullet, followed by a colon (``:`` ``：``) or by a dash
  (``-`` ``—`` ``–``) between spaces: reported at the bullet, over the whole match;
- the first of a fixed set of decorative emoji (✅ 🚀 💡 …): reported at the emoji.

An emoji in a nested item is also in its parent item: the two reports are the same and are
shown once.  Options: ``allows`` (RegExp-like strings; an item whose source one matches is
not checked), ``disableBoldListItems``, ``disableEmojiListItems`` (both false by default).

    OK:  - 速度の面では、処理が速くなった
    NG:  - **速度**: 処理が速くなった
    NG:  - 🚀 処理が速くなった
"""

import bisect
import re

from postlint.jsregex import compile_js
from postlint.rules._ai_writing import AnyOf, allowed, check_allows

ID = "no-ai-list-formatting"
NODES = ("ListItem",)
OPTIONS = {"allows": [str], "disableBoldListItems": bool, "disableEmojiListItems": bool}
DEFAULTS = {"allows": [], "disableBoldListItems": False, "disableEmojiListItems": False}
FIXABLE = False

# the emoji the original looks for, a few with their variation selector (U+FE0F)
EMOJI = ("✅", "❌", "⭐", "✨", "💯", "⚠️", "❗", "❓", "💥", "🔥", "⚡", "💪", "🚀", "💡", "🤔", "💭",
         "🧠", "🎯", "📈", "📊", "🏆", "👍", "👎", "😊", "😎", "🎉", "🌟", "📝", "📋", "✏️", "🖊️", "💼")
_EMOJI = re.compile("|".join(map(re.escape, EMOJI)))
# a bullet or number, a bold label, then a colon or a dash with white space on both sides (the
# original's pattern starts with ^: .match() at the item's start does that)
_BOLD_LABEL = compile_js("[\\s]*(?:[-*+]|\\d+[.)])\\s+\\*\\*([^*]+)\\*\\*(?:\\s*([:：])|\\s+([-—–])(?=\\s))")
_EMOJI_START = AnyOf(*sorted({emoji[0] for emoji in EMOJI}))
_SEPARATOR = {":": "コロン", "：": "コロン", "-": "ハイフン", "—": "ダッシュ", "–": "ダッシュ"}
# a bold label needs **, an emoji its first character
TRIGGER = AnyOf("**", *_EMOJI_START.words)

check_options = check_allows


def check(node, opts, ctx):
    text = ctx.text
    if allowed(node, text, opts["allows"]):
        return
    start, end = node.start, node.end
    if not opts["disableBoldListItems"]:
        m = _BOLD_LABEL.match(text, start, end)
        if m is not None:
            sep = m.group(2) or m.group(3)
            yield ctx.report(m.start(), m.end(),
                             f"リスト項目を「**{m.group(1)}**」と{_SEPARATOR[sep]}（{sep}）で始める形は機械的に見えます。"
                             "見出し語を文の中に入れて書いてください。")
    if not opts["disableEmojiListItems"]:
        found = _first_emoji(ctx, start, end)
        if found is not None:
            at, emoji = found
            yield ctx.report(at, at + len(emoji), f"リスト項目の絵文字「{emoji}」は飾りに見えます。言葉で書けないか考えてください。")


def _first_emoji(ctx, start: int, end: int):
    """(offset, emoji) of the first emoji in ``[start, end)``, from one search of the whole
    file (an outer item holds its nested ones: searching each item's source would read a
    deep list many times)."""
    starts, emojis = ctx.memo((ID, "emoji"), lambda: _emoji_in(ctx.text))  # (empty: no emoji in the file)
    i = bisect.bisect_left(starts, start)
    if i < len(starts) and starts[i] + len(emojis[i]) <= end:
        return starts[i], emojis[i]
    return None


def _emoji_in(text: str) -> tuple[list[int], list[str]]:
    if _EMOJI_START.search(text) is None:
        return [], []  # (most files: re would read the whole text slowly)
    found = [(m.start(), m.group()) for m in _EMOJI.finditer(text)]
    return [at for at, _ in found], [emoji for _, emoji in found]

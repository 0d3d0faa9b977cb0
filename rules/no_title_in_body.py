"""The body's first heading or paragraph repeats the front matter title.

Blog themes render ``title`` from the front matter above the post, so a first ``# 見出し`` or
paragraph that says the same thing shows the title twice.  Reported when the first heading or
paragraph of the body (images-only paragraphs and HTML are skipped) equals the title, or nearly
(similarity of the two texts, ignoring case, width, spaces and punctuation, at least
``threshold``; default 0.85; 1 means exact only).  A heading also counts when it is the title cut short (or the
title plus a little); a paragraph only when it is about as long as the title and is not a
sentence the title is not (a lede like 「v14をリリースしました！」 under the title
「v14をリリースしました」 is fine), and holds no link (「[第81回 勉強会](…)に参加しました。」 under
the title 「第81回 勉強会に参加しました」 cites the event's page).  Delete the line, or change the title.

    OK:  ---\\ntitle: 韓国のAI投資\\n---\\n\\n韓国政府は今年、AIに大きな予算を付けた。
    NG:  ---\\ntitle: 韓国のAI投資\\n---\\n\\n# 韓国のAI投資
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from postlint.rules._editorial import front_value, normalize

ID = "no-title-in-body"
NODES = ("Document",)
OPTIONS = {"threshold": (int, float), "key": str}
DEFAULTS = {"threshold": 0.85, "key": "title"}


def similarity(a: str, b: str) -> float:
    """Similarity of two normalized texts, 0..1.

    >>> round(similarity("韓国のAI投資", "韓国のAI投資!"), 2)
    1.0
    """
    a, b = normalize(a), normalize(b)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


_SENTENCE_END = ("。", ".", "．", "!", "！")


def _echoes(title: str, text: str, score: float, threshold: float, heading: bool) -> bool:
    """Whether ``text`` (the first heading or paragraph) is the title again.

    A heading also counts when it is the title cut short or lengthened a little (one contains
    the other and the shorter is at least 60% of the longer).  A paragraph must be about as long
    as the title, and a sentence (ending in 。 or !) that the title is not is a lede, not an echo.
    """
    if score == 1.0:
        return True
    if threshold >= 1.0:
        return False
    a, b = normalize(title), normalize(text)
    short, long_ = sorted((a, b), key=len)
    if heading:
        return score >= threshold or (short in long_ and len(short) >= 0.6 * len(long_))
    if text.rstrip().endswith(_SENTENCE_END) and not title.rstrip().endswith(_SENTENCE_END):
        return False
    return score >= threshold and len(short) >= 0.85 * len(long_)


_HTML_LINK = re.compile(r"<a\s[^>]*href", re.I)  # a link written in HTML (WordPress imports)


def _first_block(doc, ctx):
    for node in doc.children:
        if node.type in ("Yaml", "Html", "HorizontalRule"):
            continue
        if node.type in ("Header", "Paragraph"):
            if node.type == "Paragraph" and (any(c.type == "Link" for c in node.walk())
                                             or _HTML_LINK.search(ctx.text, node.start, node.end)):
                return None  # a lede that cites the page it links: 「[第81回 勉強会](…)に参加しました。」
            if any(c.type not in ("Image", "Html", "Break") and ctx.text[c.start:c.end].strip()
                   for c in node.children):
                return node
            continue  # an image or an HTML-only paragraph
        return None  # a list, a quote, code... is not a title echo
    return None


def check(node, opts, ctx):
    front = ctx.front_matter or {}
    title = front_value(front, opts["key"])
    if not isinstance(title, str) or not normalize(title):
        return
    first = _first_block(node, ctx)
    if first is None:
        return
    text = ctx.plain(first).text.strip()
    score = similarity(title, text)
    if _echoes(title, text, score, opts["threshold"], first.type == "Header"):
        what = "heading" if first.type == "Header" else "paragraph"
        how = "repeats" if score == 1.0 else f"nearly repeats ({score:.0%} alike)"
        yield ctx.report(first.start, first.end,
                         f"the first {what} {how} the front matter {opts['key']}, which the theme already "
                         f"shows: delete it (or change the {opts['key']})")

"""Headings written as bold paragraphs, and heading levels that skip a level.

- A paragraph that is only bold text (``**なぜ…か？**`` alone) used as a section title looks
  like a heading but is not one: no anchor, no table of contents, no outline for screen
  readers.  Reported when the bold paragraph stands at the top level, is at most
  ``maxLength`` characters, does not end like a sentence (。 . ！ ?) nor hold two sentences
  (``**ね？　簡単でしょう？**``) nor a comma (、，:
  「…を読むとき、順番に全部読んでいませんか？」 is a sentence stressed) nor end in a colon (a
  label leading into what follows: ``**Before:**`` over code), and more text follows, not
  on the very next line: a bold line right above a code block, quote, list or table, with
  no blank line between, is that block's caption (``**修正前**`` over code, ``**質問1**``
  over a quoted question), nor a numbered caption (``**図 1-1 …**``, ``**リスト 2 …**``,
  ``**Table 3**``), nor a bold line the post has more than once (the label of a unit it
  repeats: ``**問題**``, ``**選択肢**`` in each question), nor a bold line after a paragraph that stops at a comma (the sentence goes
  on in bold: 「…といえば、」 then ``**急がば回れ**``).
  A suggestion (not applied by ``--fix`` unless unsafe fixes are asked for) turns it into a
  heading one level below the heading above it.
- A heading more than one level deeper than the heading before it (``##`` then ``####``).
  Headings inside a block quote are the quoted text's own and are passed over.

Options: ``boldHeadings`` (default true), ``skippedLevels`` (default true), ``maxLength`` (60).

    OK:  ## なぜ本気なのか\\n\\n理由は三つある。
    NG:  **なぜ本気なのか？**\\n\\n理由は三つある。
    NG:  ## 背景\\n\\n#### 詳細
"""

from __future__ import annotations

import collections
import re

ID = "heading-style"
NODES = ("Document",)
OPTIONS = {"boldHeadings": bool, "skippedLevels": bool, "maxLength": int}
DEFAULTS = {"boldHeadings": True, "skippedLevels": True, "maxLength": 60}
FIXABLE = True

_SENTENCE_END = ("。", ".", "．", "!", "！", "、", ",", "，")
_LABEL_END = (":", "：")  # **Before:**, **追記：** : a label that leads into what follows
# an aside in brackets at the end: 「…です！（笑）」 ends like the sentence before it
_ASIDE_AT_END = re.compile(r"\s*(?:[（(][^（）()]*[）)]|[:;]-?[)(DPp])$")  # …also a smiley: 「…!! :)」
# a numbered caption: **図 1-1 …**, **リスト 2**, **Table 3.** over the figure, table or code
_CAPTION = re.compile(r"(?:図|表|リスト|コード|写真|画像|Figure|Fig\.|Table|Listing|List|Code)\s*[0-9０-９]", re.I)


# a sentence's end with more words after it: two sentences said, no title (「ね？　簡単でしょう？」)
_TWO_SENTENCES = re.compile(r"[。！？!?]+[\s　]*[^\s　。！？!?）)」』：:]")


def _reads_as_sentence(label: str) -> bool:
    """Whether a bold line is a sentence stressed rather than a title: it ends like a sentence,
    or holds a Japanese comma; or a label that leads into what follows, ending in a colon
    (``**Before:**`` over a code block).

    >>> _reads_as_sentence("なぜ本気なのか？"), _reads_as_sentence("先頭から、順番に全部読んでいませんか？")
    (False, True)
    >>> _reads_as_sentence("変更前:"), _reads_as_sentence("覚えてないです！（笑）")
    (True, True)
    >>> _reads_as_sentence("あけましておめでとうございます!! :)")
    True
    >>> _reads_as_sentence("ね？　簡単でしょう？"), _reads_as_sentence("なぜ本気なのか？：その深層")
    (True, False)
    """
    label = _ASIDE_AT_END.sub("", label)
    return (label.endswith(_SENTENCE_END + _LABEL_END) or "、" in label or "，" in label
            or _TWO_SENTENCES.search(label) is not None)


def _numbered_caption(label: str) -> bool:
    """Whether a bold line is a numbered caption of a figure, table or listing.

    >>> _numbered_caption("図 1-1 which は alias を考慮しない"), _numbered_caption("Listing 2: main.rs")
    (True, True)
    >>> _numbered_caption("1. 記憶を手動で育てる"), _numbered_caption("図解で学ぶ")
    (False, False)
    """
    return _CAPTION.match(label) is not None


def _bold_only(para, text: str):
    """The Strong node when ``para`` holds nothing but one bold run (else None)."""
    parts = [c for c in para.children if c.type != "Break" and text[c.start:c.end].strip()]
    if len(parts) != 1:
        return None
    node = parts[0]
    if node.type == "Emphasis" and len(node.children) == 1:  # ***text***
        node = node.children[0]
    if node.type != "Strong" or not node.children:
        return None
    if "\n" in text[para.start:para.end].strip():
        return None
    return node


_MID_SENTENCE = ("、", "，", ",")


def _breaks_off(block, text: str) -> bool:
    """Whether ``block`` is a paragraph that stops mid-sentence, at a comma: the bold line
    after it goes on with that sentence, stressed (「いろふさんといえば、」 then the bold words,
    then 「というふうに、…」), no title.

    >>> from postlint.markdown import parse
    >>> from postlint.source import Source
    >>> t = "彼の口癖といえば、\\n\\n**急がば回れ**\\n\\nです。\\n"
    >>> _breaks_off(parse(Source.from_text(t)).children[0], t)
    True
    """
    return block.type == "Paragraph" and text[block.start:block.end].rstrip().endswith(_MID_SENTENCE)


def _captions(para, block, text: str) -> bool:
    """Whether ``para`` is the caption of ``block``: the block starts on the line after it.

    >>> from postlint.markdown import parse
    >>> from postlint.source import Source
    >>> def first_two(t):
    ...     doc = parse(Source.from_text(t))
    ...     return _captions(doc.children[0], doc.children[1], t)
    >>> first_two("**修正前**\\n```py\\nx = 1\\n```\\n"), first_two("**修正前**\\n\\n```py\\nx = 1\\n```\\n")
    (True, False)
    """
    return text.count("\n", para.end, block.start) <= 1


def _bold_headings(doc, opts, ctx):
    text = ctx.text
    depth = 1
    blocks = doc.children
    bold = {}  # index of a bold-only paragraph -> (its Strong, its label)
    for i, block in enumerate(blocks):
        strong = _bold_only(block, text) if block.type == "Paragraph" else None
        if strong is not None:
            bold[i] = (strong, ctx.plain(strong).text.strip())
    labels = collections.Counter(label for _, label in bold.values())
    for i, node in enumerate(blocks):
        if node.type == "Header":
            depth = node.data.get("depth", 2)
            continue
        if i not in bold or i + 1 >= len(blocks):
            continue
        strong, label = bold[i]
        if blocks[i + 1].type == "Header" or _captions(node, blocks[i + 1], text) \
                or (i and _breaks_off(blocks[i - 1], text)):
            continue
        if not label or len(label) > opts["maxLength"] or _reads_as_sentence(label) or _numbered_caption(label):
            continue
        if labels[label] > 1:
            continue  # a label of a unit the post repeats (**問題** and **選択肢** in each question)
        level = min(depth + 1, 6)
        fix = ctx.fix(node.start, node.end, "#" * level + " " + text[strong.start:strong.end].strip("*_ "), safe=False)
        yield ctx.report(node.start, node.end,
                         f"a bold paragraph used as a heading: write it as a heading ({'#' * level} {label})",
                         fix=fix)


def _skipped(doc, ctx):
    previous = None
    for node in doc.walk():
        if node.type != "Header" or node.inside("BlockQuote"):
            continue  # a quotation's headings are its own outline (HTML: a sectioning root), not the post's
        depth = node.data.get("depth", 1)
        if previous is not None and depth > previous + 1:
            yield ctx.report(node.start, node.end,
                             f"heading level jumps from h{previous} to h{depth}: use h{previous + 1} "
                             f"({'#' * (previous + 1)}) here")
        previous = depth


def check(node, opts, ctx):
    if opts["boldHeadings"]:
        yield from _bold_headings(node, opts, ctx)
    if opts["skippedLevels"]:
        yield from _skipped(node, ctx)

"""括弧や引用符を閉じ忘れない（@textlint-rule/textlint-rule-no-unmatched-pair 互換）。

An opening bracket or quote without its closing partner in the same sentence
is usually a typo (「これは（秘密)です。」).  Each sentence is scanned; every
opening mark still open at the end of the sentence is reported just after
it.  Pairs: ``"…"``, ``[…]``, ``(…)``, ``{…}``, ``「…」``, ``（…）``,
``『…』``, ``｛…｝``, ``［…］``, ``〚…〛``, ``【…】``, ``«…»``, ``‹…›``.
Inline code, links, strong and emphasized text are skipped; a closing mark
without an opening one is not reported.  No options.

    OK:  これは（秘密）です。
    NG:  これは（秘密)です。
"""

import re

from postlint.rules._textlint import skipped_spans
from postlint.rules._textlint_ja import report_at_index, sentence_runs
from postlint.spans import Spans

ID = "no-unmatched-pair"
NODES = ("Paragraph",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = False

_PAIRS = {
    '"': ('"', "二重引用符"), "[": ("]", "角括弧"), "(": (")", "丸括弧"), "{": ("}", "波括弧"),
    "「": ("」", "かぎ括弧"), "（": ("）", "全角丸括弧"), "『": ("』", "二重かぎ括弧"),
    "｛": ("｝", "全角波括弧"), "［": ("］", "全角角括弧"), "〚": ("〛", "白角括弧"),
    "【": ("】", "隅付き括弧"), "«": ("»", "二重山括弧"), "‹": ("›", "山括弧"),
}
_OPENER_OF = {close: open_ for open_, (close, _) in _PAIRS.items()}
_MARKS = frozenset(_PAIRS) | frozenset(_OPENER_OF)
_MARK = re.compile("[" + re.escape("".join(sorted(_MARKS))) + "]")
_OPENING_MARK = re.compile("[" + re.escape("".join(sorted(_PAIRS))) + "]")
_SKIPPED = ("Code", "Link", "Strong", "Emphasis", "CodeBlock", "BlockQuote", "Comment")


def unclosed(text: str, offset: int = 0, skipped=()) -> list[tuple[int, str]]:
    """(position just after, opening mark) of every pair left open in ``text``; a mark at a
    position ``skipped`` holds (:class:`postlint.spans.Spans`) is passed over.

    >>> unclosed('これは（秘密)です。')
    [(4, '（')]
    >>> unclosed('{"{ABC}"}')
    []
    """
    open_marks: list[tuple[int, str]] = []  # at most one entry per kind of pair
    for match in _MARK.finditer(text):
        char = match.group()
        at = offset + match.start()
        if skipped and at in skipped:
            continue
        opener = char if char in _PAIRS else _OPENER_OF[char]
        current = next((k for k, (_, o) in enumerate(open_marks) if o == opener), None)
        if current is None:
            if char in _PAIRS:
                open_marks.append((at + 1, char))
        elif char == _PAIRS[opener][0]:
            del open_marks[current]
    return open_marks


def check(node, opts, ctx):
    text = ctx.text
    if not _OPENING_MARK.search(text, node.start, node.end):
        return  # only an opening mark is reported
    skipped = None
    # the sentences' ranges only (those of ctx.sentences, without their plain text)
    for start, end, _items in sentence_runs(node, text, ctx=ctx):
        raw = text[start:end]
        if not _MARK.search(raw):
            continue
        if skipped is None:
            skipped = Spans(skipped_spans(node, ctx, _SKIPPED))
        for pos, opener in unclosed(raw, start, skipped):
            closer, name = _PAIRS[opener]
            yield report_at_index(ctx, pos, 0,  # [index, index + 1]: one unit
                                  f"{name}「{opener}」に対応する「{closer}」がありません。閉じ忘れか、不要な「{opener}」です。",
                                  end=len(text))

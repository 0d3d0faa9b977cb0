"""No sentence is written twice in the body.

Typical slips: a closing question that ends one paragraph and then stands
again on its own (or as a heading), or a sentence pasted into two places.
Sentences of paragraphs (also in lists, quotes, bold-only lines) and of
headings count; code, HTML, tables, URLs, template tags, image alt text and
paragraphs that are only links (a table of contents, a link list, Zenn's
``@[card](…)`` embeds) or one TeX formula (``$$…$$``: the steps of a derivation) do not, nor
do sentences that are only a link or inline code (a source cited after a
quotation: ``- [gitignore Documentation](…)``).
Headings (also bold-only lines and short top-level lines without a full stop)
and list items (also a definition list's entries: ``**Term**\\n:   <url>``) that
repeat one another are the post's structure (an outline, a recap list, two
sections with the same title) and are not reported, nor are
footnotes that repeat one another (sources cited to one pattern), nor a block
quote and a heading, a list item or another block quote (a list item quoted to
discuss it, a quotation that opens and closes a post), nor a remark that closes each
entry of a list written as sections (next to each other at one level, under other
headings; questions excepted); nor is a lead-in sentence that ends a block introducing code, a
list, a table, a quote, an image or a link, when it is repeated before other such
content ("次のように書けます。"), nor two lead-ins by their wording (次のように, 以下のとおり,
次の例では…: a caption may stand between them and what they introduce).  A sentence of running text repeated
anywhere is reported.  Sentences end at 。．.！？!? as
textlint's sentence-splitter splits them, also inside bold text and links.

Two sentences are the same when their plain text is equal after NFKC
normalisation (full-width/half-width), with white space removed and leading
or trailing punctuation (``。？！：、…``) ignored, so ``どう思いますか？`` and
a heading ``どう思いますか`` match.  Sentences shorter than ``minLength``
(default 10) characters after that are ignored.

A sentence standing alone that equals the end of an earlier paragraph (after
a sentence break) is a repeat even when an unclosed bracket kept the splitter
from cutting it off there.

The later occurrence is reported (consecutive repeated sentences of one block
as one problem), naming the line of the earlier one.  When the repeat is a
whole paragraph or heading, an unsafe fix (a suggestion) removes it.

Examples::

    OK:  この計画は成功するでしょうか？\\n\\n答えはまだ誰にも分かりません。
    NG:  結論として、この計画は成功するでしょうか？\\n\\nこの計画は成功するでしょうか？
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from postlint.rules._editorial import blanked, block_memo, has_japanese_words, hidden_spans
from postlint.rules.no_duplicate_paragraph import (blank_out, introduces, leads_in_by_wording, listed, math_only,
                                                   only_links, quoted, removal_range)
from postlint.text import split

ID = "no-duplicate-sentence"
NODES = ("Document",)
OPTIONS = {"minLength": int}
DEFAULTS = {"minLength": 10}
FIXABLE = True

_SPACE = re.compile(r"\s+")
_STRUCTURE = ("heading", "item", "quote")  # repeating one another by design
_BOUNDARY = "。.!?」』)］]"
_PSEUDO_HEADING = re.compile(r"[^\n]{1,40}(?<![。．.!?！？])\Z")
_WORD = re.compile(r"[^\W_]")  # a letter, digit or kana/kanji: a sentence that says something
_EDGE_PUNCT = "。．.!?！？…‥:：;；、，,・-‐―─〜~"


def sentence_key(text: str) -> str:
    """What two copies of a sentence have in common."""
    key = _SPACE.sub("", unicodedata.normalize("NFKC", text))
    return key.strip(_EDGE_PUNCT)


def check(node, opts, ctx):
    min_length = opts["minLength"]
    seen: dict[str, tuple[int, str, bool]] = {}  # key -> (offset, role, lead-in?) of the first occurrence
    endings: list[tuple[str, int]] = []  # (whole key, offset of the end) of earlier running-text blocks
    headings: list[tuple[int, str]] = []  # (level, text) of the post's headings so far
    section_of: dict[str, int] = {}  # key -> the section (index in headings) it was last said in
    for block in node.find("Paragraph", "Header"):
        if block.end <= block.start or block.inside("Table"):
            continue
        if block.type == "Header" and not block.inside("BlockQuote") and not block.inside("List"):
            headings.append((block.data.get("depth", 1), ctx.text[block.start:block.end].strip("# \t\n")))
        section = len(headings) - 1
        found = block_memo(ID, block, ctx.text, lambda: _analyse(block, ctx))
        if found is None:
            continue
        pieces, whole, last = found
        base = block.start
        role = _role(block, ctx.text, len(pieces) == 1)
        run: list[tuple[int, int, int]] = []  # (start, end, first offset) of repeated sentences
        repeated_all = bool(pieces)
        leads = introduces(block, ctx.text)
        for n, (start, end, key) in enumerate(pieces):
            lead = (leads and n == len(pieces) - 1) or leads_in_by_wording(key)
            if len(key) < min_length:
                repeated_all = False
                if run:
                    yield from _report(ctx, block, run, False)
                    run = []
                continue
            start += base
            end += base
            first = seen.get(key)
            if first is None and len(pieces) == 1:
                first = _ending(endings, key)
            if first is not None and first[0] == start:  # itself again: MDX's paragraph inside a paragraph
                first = None
            elif first is not None and not _outline(first[1], role) and not (lead and first[2]) and \
                    not (role == first[1] == "para" and _parallel(headings, section_of.get(key, -1), section, ctx.text[start:end])):
                run.append((start, end, first[0]))
                continue
            if first is None:
                seen[key] = (start, role, lead)
            section_of[key] = section
            repeated_all = False
            if run:
                yield from _report(ctx, block, run, False)
                run = []
        if run:
            yield from _report(ctx, block, run, repeated_all)
        if role == "para" and pieces:
            endings.append((whole, base + last))


def _analyse(block, ctx):
    """What a block says, offsets relative to its start: ((start, end, key) of
    each sentence with a key, the key of its whole text, where its text ends),
    or None for a block that is only links.  Depends on the block's content only."""
    if only_links(block, ctx.text) or math_only(block, ctx.text):
        return None
    plain = ctx.plain(block)
    text = _visible(block, plain)
    base = block.start
    to_source = plain.to_source
    spans = hidden_spans(block, plain)
    said = blanked(text, spans) if spans else text  # what the block says outside links and code
    pieces = []
    for sentence in split(text):
        key = sentence_key(sentence.text)
        if key and _one_token(sentence.text):
            continue  # a file name, a command or a version alone (「config.kdl」 over code): no prose
        if key and (not spans or _WORD.search(said, sentence.start, sentence.end)):
            pieces.append((to_source(sentence.start) - base, plain.source_end(sentence.end) - base, key))
    return tuple(pieces), sentence_key(text), to_source(len(plain.text) - 1) - base


def _parallel(headings: list[tuple[int, str]], earlier: int, later: int, sentence: str) -> bool:
    """Whether a statement said in section ``earlier`` and again in ``later`` (indices
    in ``headings``) is one entry's remark repeated in the next entry of a list written
    as sections: the sections (or sections they are part of) are next to each other at
    one level, under headings that differ (「チャージに現金が必要なのが難点です。」 closing
    both ``## PiTaPa`` and ``## nanaco``).  A question is never parallel: the post that
    repeats its closing question is what this rule is for.

    >>> h = [(2, "PiTaPa"), (3, "使い方"), (2, "nanaco"), (3, "使い方"), (2, "まとめ")]
    >>> _parallel(h, 0, 2, "難点です。"), _parallel(h, 1, 3, "難点です。"), _parallel(h, 0, 4, "難点です。")
    (True, True, False)
    >>> _parallel(h, 0, 2, "どうでしょうか？")
    False
    """
    if earlier < 0 or later <= earlier or sentence.rstrip().endswith(("?", "？")):
        return False
    enclosing_later = set(_enclosing(headings, later))
    for entry in _enclosing(headings, earlier):
        level, title = headings[entry]
        following = next((k for k in range(entry + 1, len(headings)) if headings[k][0] <= level), None)
        if following is not None and following in enclosing_later and \
                headings[following][0] == level and headings[following][1] != title:
            return True
    return False


def _enclosing(headings: list[tuple[int, str]], section: int):
    """A section's heading and the headings of the sections it is part of (indices)."""
    while section >= 0:
        yield section
        level = headings[section][0]
        section = next((k for k in range(section - 1, -1, -1) if headings[k][0] < level), -1)


def _one_token(text: str) -> bool:
    """Whether a sentence is one token of no Japanese: no white space inside it.

    >>> _one_token(" config.kdl "), _one_token("Run it twice."), _one_token("設定.yml")
    (True, False, False)
    """
    text = text.strip()
    return not any(ch.isspace() for ch in text) and not has_japanese_words(text)


def _ending(endings, key: str):
    """A sentence standing alone that ends an earlier paragraph the splitter
    did not cut there (an unmatched bracket or quote): (offset, role, lead)."""
    for whole, offset in endings:
        if len(whole) > len(key) and whole.endswith(key) and whole[-len(key) - 1] in _BOUNDARY:
            return offset, "para", False
    return None


def _visible(block, plain) -> str:
    """The plain text with URLs, template tags, image alt text and straight
    quotes blanked out (an unmatched ``"`` would hold a sentence open to the
    end of the paragraph)."""
    text = blank_out(plain.text, plain).replace('"', " ")
    images = block.find("Image")
    if not images:
        return text
    chars = list(text)
    offsets = plain.offsets[:-1]
    for image in images:
        lo, hi = bisect.bisect_left(offsets, image.start), bisect.bisect_left(offsets, image.end)
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


def _outline(first: str, later: str) -> bool:
    """Headings and whole list items repeating each other are the post's
    structure (an outline, a recap list, two sections with the same title),
    not a repeated sentence; nor are two footnotes alike (citations written to one
    pattern: 「(閲覧2025-09-10) .」); nor are a quotation and a heading, a list item or
    another quotation (a list item quoted to discuss it, a quote that opens and closes
    a post)."""
    return first in _STRUCTURE and later in _STRUCTURE or first == later == "note"


def _role(block, text: str, one_sentence: bool) -> str:
    """quote (in a block quote) / item (a sentence of a list item or of a definition list's
    entry) / heading (a heading, a bold-only line, a short top-level line without a full
    stop) / note (a footnote's) / para (running text)."""
    if quoted(block):
        return "quote"
    if listed(block, text):
        return "item"
    if block.inside("FootnoteDefinition"):
        return "note"
    if block.type == "Header":
        return "heading"
    kids = [c for c in block.children if c.type != "Break"]
    if len(kids) == 1 and kids[0].type == "Strong":
        return "heading"
    if one_sentence and block.parent is not None and block.parent.type == "Document" and \
            len(kids) == 1 and kids[0].type == "Str" and _PSEUDO_HEADING.match(text[block.start:block.end].strip()):
        return "heading"
    return "para"


def _report(ctx, block, run, whole: bool):
    start, end = run[0][0], run[-1][1]
    lines = sorted({ctx.source.position(first)[0] for _, _, first in run})
    where = f"line {lines[0]}" if len(lines) == 1 else "lines " + ", ".join(map(str, lines))
    if len(run) == 1:
        message = f"this sentence already appears at {where}; remove the repeat"
    else:
        message = f"these {len(run)} sentences already appear at {where}; remove the repeat"
    fix = None
    if whole:
        span = removal_range(ctx.text, block)
        fix = ctx.fix(span[0], span[1], "", safe=False) if span else None
    yield ctx.report(start, end, message, fix=fix)

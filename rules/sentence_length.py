"""一文を長くしすぎない（textlint-rule-sentence-length 互換）。

A sentence longer than ``max`` characters is hard to follow; split it.
Sentences are found as textlint's sentence-splitter finds them (they end at
``。．.？！?!``, not at a line break, and never inside brackets or quotes).
The length is that of the sentence's plain text: Markdown marks, link URLs
and HTML tags do not count, inline code counts its content.  A link whose
text is its own URL (``<https://…>``, ``[https://…](https://…)``) does not
count unless ``skipUrlStringLink`` is false, and text matching
``skipPatterns`` is removed before counting.  Paragraphs in block quotes and
a paragraph that is only a link are not checked.  The whole sentence is
reported.

Options: ``max`` (100), ``skipPatterns`` (RegExp-like strings, []),
``skipUrlStringLink`` (true), ``countBy`` ("codeunits": UTF-16 code units,
as JavaScript counts; or "codepoints"), ``exclusionPatterns`` (deprecated
name of skipPatterns).

    OK:  短い文です。
    NG:  (a sentence of more than 100 characters)
"""

from postlint.rules._textlint import autolinks, textlint_type, utf16_len
from postlint.rules._textlint_ja import sentence_runs
from postlint.jsregex import pattern_of
from postlint.spans import Spans

ID = "sentence-length"
NODES = ("Paragraph", "Document")
OPTIONS = {"max": (int, float), "skipPatterns": [str], "skipUrlStringLink": bool, "countBy": str,
           "exclusionPatterns": [str]}
DEFAULTS = {"max": 100, "skipUrlStringLink": True, "countBy": "codeunits"}
FIXABLE = False


def check_options(opts) -> None:
    """Refuse a ``skipPatterns`` entry that is no pattern (called when the config loads)."""
    for pattern in opts.get("skipPatterns", opts.get("exclusionPatterns", [])):
        pattern_of(pattern, 2)


def _length(text: str, count_by: str) -> int:
    return len(text) if count_by == "codepoints" else utf16_len(text)


def _url(link, text: str) -> str:
    """The link's URL as textlint's parser gives it (``<a@b.jp>`` -> ``mailto:a@b.jp``)."""
    url = link.data.get("url") or ""
    if text.startswith("<", link.start) and "@" in url and ":" not in url:
        return "mailto:" + url
    return url


def _url_string_links(node, ctx) -> list[tuple[int, int]]:
    """(start, end) of the links directly in ``node`` whose text is their URL."""
    text = ctx.text
    spans = [(child.start, child.end) for child in node.children
             if textlint_type(child, text) == "Link" and ctx.plain(child).text == _url(child, text)]
    for child in node.children:
        if child.type == "Str":  # bare URLs, which textlint's parser makes links of ("www." gets "http://")
            spans.extend((a, b) for a, b in autolinks(child, ctx) if text[a:a + 8].lower().startswith(("http://", "https://")))
    return spans


def splitter_loc(source, paragraph, sentence) -> tuple[int, int, int, int]:
    """(line, column, end line, end column) of a sentence as textlint prints them
    (columns 0-based, UTF-16).

    textlint takes them from sentence-splitter, which reads the paragraph in a
    stand-in for the file: one newline per line before the paragraph's line (as the
    Markdown parser counts lines: U+2028 and U+2029 are no line breaks to it), then
    filler up to the paragraph's offset.  So on the paragraph's first line a column
    is the UTF-16 offset less (line - 1); below it, columns are true.  A sentence
    that begins with an inline node (a link, inline code) starts where the parser
    put that node.

    >>> from postlint.source import Source
    >>> from postlint.markdown import parse
    >>> from postlint.text import sentences
    >>> src = Source.from_text("# 題\\n\\n一文目。\\n二文目。\\n")
    >>> para = parse(src).children[1]
    >>> [splitter_loc(src, para, s) for s in sentences(para, src.text)]
    [(3, 3, 3, 7), (4, 0, 4, 4)]
    """
    first_line = source.position(paragraph.start)[0]
    stand_in_line = source.parser_position(paragraph.start)[0]

    def from_splitter(offset: int) -> tuple[int, int]:
        line, column = source.utf16_position(offset)
        if line == first_line:
            column = source.utf16(offset) - (stand_in_line - 1)
        return stand_in_line + line - first_line, column

    start = source.parser_position(sentence.start) if sentence.starts_at_node else from_splitter(sentence.start)
    return (*start, *from_splitter(sentence.end))


def check(node, opts, ctx):
    if node.type == "Document":
        if "exclusionPatterns" in opts:
            yield ctx.report(node.start, node.start, "オプション exclusionPatterns は廃止されました。skipPatterns を使ってください。")
        return
    if node.inside("BlockQuote"):
        return
    if len(node.children) == 1 and (textlint_type(node.children[0], ctx.text) == "Link"
                                    or autolinks(node.children[0], ctx) == [(node.children[0].start, node.children[0].end)]):
        return  # a paragraph of one link, a bare URL too (a link in textlint's tree): its length is no sentence's
    limit = opts["max"]
    line_end = ctx.text.find("\n", node.end)
    if line_end < 0:
        line_end = len(ctx.text)
    # no sentence of this paragraph can be longer than the paragraph (to the end of its
    # line) in UTF-16 units, which are at least its characters and at most twice as many
    chars = line_end - node.start
    if chars * 2 <= limit or (chars <= limit and utf16_len(ctx.text[node.start:line_end]) <= limit):
        return
    patterns = opts.get("skipPatterns", opts.get("exclusionPatterns", []))
    count_by = opts["countBy"]
    # A sentence's text (what is counted) is made of pieces of its source, or of values
    # decoded from them, which are never longer: when no sentence's source is over the
    # limit, none of its texts is either.  The sentences' ranges (the splitter's scan, shared
    # with the textlint-ja rules) cost far less than their texts (ctx.sentences).
    if all(_length(ctx.text[start:end], count_by) <= limit for start, end, _ in sentence_runs(node, ctx.text, ctx=ctx)):
        return
    skipped = Spans(_url_string_links(node, ctx) if opts["skipUrlStringLink"] else [])
    for sentence in ctx.sentences(node):
        text = sentence.text
        if skipped:
            text = "".join(ch for ch, at in zip(text, sentence.offsets) if at not in skipped)
        counted = text
        for pattern in patterns:
            counted = pattern_of(pattern, 2).sub("", counted)
        length = _length(counted, count_by)
        if length <= limit:
            continue
        original = _length(text, count_by)
        shown = f"{length} 文字（除外前 {original} 文字）" if length != original else f"{length} 文字"
        problem = ctx.report(sentence.start, sentence.end,
                             f"一文が長すぎます: {shown}。上限は {limit} 文字で、{length - limit} 文字超えています。文を分けてください。")
        problem.textlint_loc = splitter_loc(ctx.source, node, sentence)
        yield problem

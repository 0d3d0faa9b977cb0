"""No paragraph repeats an earlier one, exactly or nearly.

A paragraph pasted twice, or an earlier draft of a paragraph left beside its
rewrite, is a common slip in long posts.  Every ``Paragraph`` counts (also
inside lists, quotes and footnotes); headings, code, HTML and tables do not.
Paragraphs are compared by their plain text (link targets, URLs, template
tags and markup left out) after NFKC normalisation (full-width/half-width)
with white space removed; paragraphs with fewer than ``minLength`` (default
20) characters outside inline code, paragraphs that are only links or images
(also one whose address holds a template tag, which Markdown reads as text:
``![写真]({{ site.baseurl }}/a.jpg)``, or a Hatena Blog embed: ``[f:id:…:plain]``,
``[asin:…:detail]``, ``[https://…:embed:cite]``) and paragraphs that are one TeX formula
(``$…$``) are ignored, and so are bold-only lines (headings in disguise) and paragraphs
that open by saying they repeat (もう一度, 改めて, 繰り返しになりますが…).

* Two list items (or definition list entries: ``**Term**\\n:   <url>``) are never
  duplicates of each other: entries of lists are alike by design (parallel items, a
  recap of an earlier list).
* Nor are a block quote and a list item or another block quote: a quotation repeats
  words on purpose (a list item quoted to discuss it, a quote that opens and closes a
  post).  (A paragraph of running text quoted, or a quotation written again as running
  text, is still reported.)
* A list item or a block quote is never a *near* duplicate: items summarise the text
  around them, and a quotation is someone's words.  (An exact copy of a paragraph in a list is still reported.)
* Paragraphs with different inline code are not near duplicates: "`push`
  adds to the end" and "`unshift` adds to the front" describe two things.
  Nor are paragraphs with different bold or italic text: a refrain stresses
  what changes (「…は**人の幅**が広がること。」「…は**情報の幅**が広がること。」).
  Nor are paragraphs that each name in Latin letters something the other does not: one
  name put for another (「pinact による…」, 「Dependabot による…」) describes two things, and
  so do paragraphs that each give a figure the other does not: the same words with other
  figures report two results (「…電気代の合計は148,200円になります。」, 「…ガス代の合計は
  61,900円になります。」); nor are two paragraphs the same word for word but for one term (a
  run without hiragana) put for another (「中国語の翻訳は…」, 「韓国語の翻訳は…」), nor two lead-ins alike, each over its own
  list, code or the like (「…次の内容を提供します。」, 「…次の内容は提供しません。」), nor two
  paragraphs each right under a heading of its own (a reference's parallel entries: 「除算演算子は…」
  under one heading, 「乗算演算子は…」 under the next).  Two lead-ins are not even exact
  duplicates: 「次のように書き換えます。」 before one code block and again before another.

* Exact duplicate: reported on the later paragraph, naming the line of the
  first, with an unsafe fix (a suggestion, applied only with
  ``--unsafe-fixes``) removing the repeat and its blank line.
* Near duplicate: similarity >= ``threshold`` (default 0.8).  Similarity is
  difflib's ratio (2 x matching characters / total characters) of the
  normalised texts; pairs are pre-filtered by length and by shared character
  bigrams, so a 500-paragraph post stays fast.

Examples::

    OK:  今日は駅前の新しいパン屋に行ってきました。\\n\\n明日は図書館で本を返す予定があります。
    NG:  今日は駅前の新しいパン屋に行ってきました。\\n\\n今日は駅前の新しいパン屋に行ってきました。
"""

from __future__ import annotations

import collections
import difflib
import re
import unicodedata

from postlint.rules._editorial import BARE_URL, TEMPLATE_TAG, block_memo, has_japanese_words

ID = "no-duplicate-paragraph"
NODES = ("Document",)
OPTIONS = {"threshold": (int, float), "minLength": int}
DEFAULTS = {"threshold": 0.8, "minLength": 20}
FIXABLE = True

_SPACE = re.compile(r"\s+")
_URL = re.compile(BARE_URL, re.I)
# a template tag; a Hugo shortcode whose closing >}} Markdown left out of the paragraph (a line
# "   >}}" is a block quote to it) runs to the paragraph's end
_TEMPLATE = re.compile(r"\{%-?\s*(highlight|codeblock|code|raw|include_code)\b.*?\{%-?\s*end\1\s*-?%\}"  # code
                       rf"|{TEMPLATE_TAG}|\{{\{{[<%].*", re.S | re.M)
_NEWLINE = re.compile(r"\r\n|\r|\n")
# a link or image that Markdown reads as text, its address holding a template tag
# (blanked out by then): ![写真]({{ site.baseurl }}/a.jpg), which the site's generator
# turns into an image before Markdown reads it
_LINK_WRITTEN = re.compile(r"!?\[[^\]\n]*\]\([^()\n]*\)")
# a paragraph that is one TeX formula ($...$ or $$...$$, which Markdown reads as text):
# steps of a calculation are alike by nature
_MATH_ONLY = re.compile(r"(\$\$?)[^$]+\1\s*")
# Hatena Blog's embeds, which it turns into a photo, a product card or a link card in Markdown
# posts too: [f:id:user:20180409224423p:plain], [asin:B074Z71C2M:detail],
# [https://example.com/:embed:cite], [:contents] (a table of contents)
_HATENA_EMBED = re.compile(r"\[(?:f:id:|asin:|isbn:|(?:https?://[^\s\]]+?)?:(?:embed|title|image|contents))[^\]\n]*\]")
# a name in Latin letters: paragraphs alike but for it describe two things (pinact, Dependabot)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[.+#-][A-Za-z0-9]+)*")
# a figure: paragraphs alike but for it give two results (電気代は148,200円, ガス代は61,900円)
_FIGURE = re.compile(r"[0-9]+(?:[,.][0-9]+)*")
_UNIT_PARENTS = ("ListItem", "BlockQuote", "List", "FootnoteDefinition")


def normalise(text: str) -> str:
    """NFKC, no white space: what two copies of a text have in common."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def blank_out(text: str, plain=None) -> str:
    """``text`` with URLs and template tags ({{ }}, {% %}, and the code between Jekyll's
    ``{% highlight %}`` and ``{% endhighlight %}`` or Hexo's ``{% codeblock %}`` pair) replaced by spaces
    (same length, so indices still map to the file).  With ``plain`` (the
    PlainText ``text`` came from), inline code is left as it is."""
    blank = lambda m: " " * len(m.group())
    if plain is None or not plain.code_spans:
        return _URL.sub(blank, _TEMPLATE.sub(blank, text))
    masked = list(_URL.sub(blank, _TEMPLATE.sub(blank, plain.masked("\0"))))
    for start, end in plain.code_spans:
        masked[start:end] = text[start:end]
    return "".join(masked)


def prose(block, ctx) -> tuple[str, int]:
    """(key, length) of a Paragraph: the normalised plain text without URLs or
    template tags, and how many of its characters are not inline code.
    ("", 0) for a block that is only links or images (a link list, a table of
    contents, a link card)."""
    if only_links(block, ctx.text) or math_only(block, ctx.text):
        return "", 0
    plain = ctx.plain(block)
    key = normalise(blank_out(plain.text, plain))
    if not plain.code_spans:
        return key, len(key)
    return key, len(normalise(blank_out(plain.masked(" "))))


def math_only(block, text: str) -> bool:
    """Whether a block is one TeX formula (``$…$``, ``$$…$$``), which Markdown reads as text."""
    return _MATH_ONLY.fullmatch(text, block.start, block.end) is not None


def _leads(block, text: str) -> bool:
    """Whether a paragraph leads in to what follows: by what comes next, or by its wording."""
    return introduces(block, text) or _ends_leading_in(block, text)


def introduces(block, text: str) -> bool:
    """Whether the block leads in to what follows it: it ends with a colon, or
    the next block is code, a list, a table, a quote, HTML, an image or a bare link
    ("次のように書けます。" + code, "本書には次の一文があります。" + a quote).  Such lead-ins
    are repeated on purpose.  A paragraph that is only template tags between them (GitBook's
    ``{{book.console}}`` over a code block) is markup the site turns into something else,
    not the next block."""
    body = text[block.start:block.end].rstrip()
    if body.endswith((":", "：")):
        return True
    after = block.next_sibling()
    while after is not None and after.type == "Paragraph" and not _TEMPLATE.sub("", text[after.start:after.end]).strip():
        after = after.next_sibling()
    if after is None:
        return False
    if after.type in ("CodeBlock", "List", "Table", "BlockQuote", "Html"):
        return True
    return after.type == "Paragraph" and block_memo("only-links", after, text, lambda: only_links(after, text))


# what a sentence says to lead in to what follows it, whatever the next block is (a caption
# may stand between): 次のように, 以下のとおり, 次の例では, 以下、, 例は以下です…
_LEAD_WORDING = re.compile(
    r"(?:次|以下|下記)(?:の|に示す)?(?:よう|様|とおり|通り)|^以下[、,]|(?:以下|下記)(?:です|になります|となります)"
    r"|(?:次|以下|下記)の(?:コード|例|サンプル|図|表|画像|写真|コマンド|スクリプト|ファイル|設定|手順|URL|リンク|ページ"
    r"|[0-9一二三四五六七八九十]+[つ点個])")
_SENTENCE_END = re.compile(r"[。！？!?]+")


def leads_in_by_wording(sentence: str) -> bool:
    """Whether a sentence says it leads in to what follows (「次のように書けます。」,
    「HTMLは次のとおりです。」, 「次の例では…呼び出しています。」, 「以下、…です。」).

    >>> leads_in_by_wording("ネストを使えば、次のように記述できます。"), leads_in_by_wording("次の日に帰りました。")
    (True, False)
    >>> leads_in_by_wording("実際に表示した例は以下です。"), leads_in_by_wording("以下の価格です。")
    (True, False)
    """
    return _LEAD_WORDING.search(sentence) is not None


def _ends_leading_in(block, text: str) -> bool:
    """Whether the last sentence of a block leads in by its wording (see ``leads_in_by_wording``);
    what follows it in the block, if anything, holds no Japanese (the image or the markup it
    introduces, on the next line: 「実際に表示した例は以下です。\\n![img](a.png =200x)」).

    >>> from postlint.markdown import parse
    >>> from postlint.source import Source
    >>> t = "表示した例は以下です。\\n![img](a.png =200x)\\n"
    >>> _ends_leading_in(parse(Source.from_text(t)).children[0], t)
    True
    """
    sentences = [s for s in _SENTENCE_END.split(text[block.start:block.end]) if s.strip()]
    while len(sentences) > 1 and not has_japanese_words(sentences[-1]):
        sentences.pop()
    return bool(sentences) and leads_in_by_wording(sentences[-1].strip())


def section_opened(block, text: str) -> str | None:
    """The heading (as written) a block comes right under, or None when another block
    comes between them or none is there."""
    before = block.previous_sibling()
    return text[before.start:before.end].strip() if before is not None and before.type == "Header" else None


def bold_only(block) -> bool:
    """A paragraph that is one bold span: a heading in disguise."""
    kids = [c for c in block.children if c.type != "Break"]
    return len(kids) == 1 and kids[0].type == "Strong"


def only_links(block, text: str) -> bool:
    """Whether all of a block's text is inside links or images (or is a bare URL)."""
    has_link = False
    for child in block.children:
        if child.type in ("Link", "Image"):
            has_link = True
        elif child.type in ("Strong", "Emphasis", "Delete"):
            if not only_links(child, text):
                return False
            has_link = True
        elif child.type in ("Break", "Html", "FootnoteReference"):
            continue
        elif child.type == "Str":
            written = text[child.start:child.end]
            if "[" in written:
                written = _HATENA_EMBED.sub("[]()", written)
            rest = blank_out(written)
            without = _LINK_WRITTEN.sub("", rest)
            if without.strip(" \t\r\n-–—:：|｜/・,、()（）@"):  # (@: Zenn's embed, @[card](…))
                return False
            has_link = has_link or without != rest
        else:
            return False
    return has_link


def check(node, opts, ctx):
    threshold = float(opts["threshold"])
    min_length = opts["minLength"]
    firsts: dict[str, object] = {}  # normalised text -> first paragraph
    similar = _Similar(threshold)
    for para in node.find("Paragraph"):
        if para.end <= para.start or para.inside("Table"):
            continue
        key, length, bold, marked = block_memo(ID, para, ctx.text, lambda: _analyse(para, ctx))
        if length < min_length or bold or restates(para, ctx):
            continue
        entry = _entry(para, ctx.text)
        first = firsts.get(key)
        if first is not None and (first.start <= para.start < first.end):
            continue  # MDX's paragraph inside a paragraph (<span>…</span> alone in it): the same text
        if first is not None and not (entry and _entry(first, ctx.text)) \
                and not (_leads(para, ctx.text) and _leads(first, ctx.text)):
            line = ctx.source.position(first.start)[0]
            span = removal_range(ctx.text, para)
            fix = ctx.fix(span[0], span[1], "", safe=False) if span else None
            yield ctx.report(para.start, para.end,
                             f"this paragraph is the same as the paragraph at line {line}; remove one of them",
                             fix=fix)
            continue
        if first is not None:
            continue
        firsts[key] = para
        if threshold < 1 and not entry:
            match = similar.match(para, key, marked, _leads(para, ctx.text), section_opened(para, ctx.text))
            if match is not None:
                other, ratio = match
                line = ctx.source.position(other.start)[0]
                percent = min(99, int(ratio * 100))
                yield ctx.report(para.start, para.end,
                                 f"this paragraph is nearly the same ({percent}%) as the paragraph at line {line}; "
                                 "keep one version")


# words that open a paragraph saying it repeats something on purpose
_AGAIN = re.compile(r"\s*(?:最後に)?(?:もう一度|もういちど|改めて|あらためて|再度|繰り返し(?:ます|になります)が|重ねて)")


def restates(para, ctx) -> bool:
    """Whether a paragraph opens by saying it repeats on purpose (「もう一度 Happy Birthday
    わたし！」 closing a post that opened with 「Happy Birthday わたし！」, 「繰り返しになりますが、…」).

    >>> from postlint.rule import Context
    >>> from postlint.source import Source
    >>> from postlint.markdown import parse
    >>> src = Source.from_text("もう一度、おめでとう！\\n")
    >>> restates(parse(src).children[0], Context(src))
    True
    """
    return _AGAIN.match(ctx.plain(para).text) is not None


def _analyse(para, ctx) -> tuple:
    """(key, length, bold only?, what it names or stresses) of a paragraph: its content only."""
    key, length = prose(para, ctx)
    return key, length, bold_only(para), _marked(para, ctx)


def _marked(block, ctx) -> tuple:
    """What a paragraph names, stresses or counts: (its inline code, then its bold and
    italic text, in order; the names it writes in Latin letters; its figures).  Paragraphs
    alike but for these say different things on purpose: a refrain (「…は、**人の幅**が広がる
    こと。」, then 「…は、**情報の幅**が広がること。」).
    """
    plain = ctx.plain(block)
    code = tuple(normalise(plain.text[a:b]) for a, b in plain.code_spans)
    text = unicodedata.normalize("NFKC", plain.text)
    names = frozenset(word.casefold() for word in _LATIN_NAME.findall(text))
    return code + tuple(normalise(ctx.text[n.start:n.end]) for n in block.walk()
                        if n.type in ("Strong", "Emphasis")), names, frozenset(_FIGURE.findall(text))


_KANA = re.compile("[\u3041-\u309f]")


def _one_term_swapped(matcher, first: str, later: str) -> bool:
    """Whether ``later`` is ``first`` with one term put for another and nothing else changed: a
    run without hiragana for one without hiragana (メールアドレス / GnuPG署名キー, 東京 / 大阪).
    Two settings or places described alike, not a draft left beside its rewrite, which
    rewords (particles, endings).

    >>> import difflib
    >>> a, b = "既定のメールアドレスを設定します。", "既定のGnuPG署名キーを設定します。"
    >>> _one_term_swapped(difflib.SequenceMatcher(None, a, b), a, b)
    True
    >>> a, b = "既定のアドレスを設定します。", "既定のアドレスを設定しました。"
    >>> _one_term_swapped(difflib.SequenceMatcher(None, a, b), a, b)
    False
    """
    changed = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not changed:
        return False
    # from the first change to the last, on each side (a letter the two terms share, the ー of
    # メールアドレス and キー, splits one swap into two changes)
    i1, i2, j1, j2 = changed[0][1], changed[-1][2], changed[0][3], changed[-1][4]
    if i1 == i2 or j1 == j2:  # words only added or only taken away
        return False
    return not _KANA.search(first, i1, i2) and not _KANA.search(later, j1, j2)


def _other_names(names: frozenset, other: frozenset) -> bool:
    """Whether each of two paragraphs names in Latin letters something the other does not:
    one name put for another (「pinact による…」, 「Dependabot による…」) makes them about two
    things; a name only added (a recap that names GitHub too) does not.  Figures likewise:
    one figure put for another (「…電気代は148,200円…」, 「…ガス代は61,900円…」) gives two results.

    >>> _other_names(frozenset({"pinact"}), frozenset({"dependabot"})), _other_names(frozenset(), frozenset({"github"}))
    (True, False)
    """
    return bool(names - other) and bool(other - names)


def in_list_item(block) -> bool:
    """Whether the block's nearest container is a list item."""
    for ancestor in block.ancestors():
        if ancestor.type in ("ListItem", "BlockQuote", "FootnoteDefinition"):
            return ancestor.type == "ListItem"
    return False


# a definition list's definition line (kramdown, PHP Markdown Extra, Pandoc), which CommonMark
# reads as the term's paragraph going on: "**Term**\n:   <https://…>"
_DEFINITION_LINE = re.compile(r"\n[ \t]*:[ \t]+\S")


def listed(block, text: str) -> bool:
    """Whether the block is an entry of a list: in a list item, or a definition list's entry.

    >>> from postlint.markdown import parse
    >>> from postlint.source import Source
    >>> doc = parse(Source.from_text(t := "**用語**\\n:   その説明\\n\\n- 項目\\n\\n本文\\n"))
    >>> [listed(p, t) for p in doc.find("Paragraph")]
    [True, True, False]
    """
    return in_list_item(block) or _DEFINITION_LINE.search(text, block.start, block.end) is not None


def quoted(block) -> bool:
    """Whether the block is inside a block quote."""
    return block.inside("BlockQuote")


def _entry(block, text: str) -> bool:
    """Whether the block is a list's entry or a quotation: alike to others of both by design."""
    return listed(block, text) or quoted(block)


# Bit numbers of character bigrams (shared by the checks, so an unchanged
# paragraph's mask is remembered across lints) and the masks by text.
_GRAM_IDS: dict[str, int] = {}
_GRAMS: dict[str, tuple] = {}
_GRAM_IDS_MAX = 16384
_GRAMS_MAX = 4096


class _Similar:
    """Finds, among earlier paragraphs, the one most like a new paragraph.

    Cheap bounds first: lengths (difflib's real_quick_ratio), then the
    paragraphs' character-bigram sets as bit masks (one AND and a popcount per
    pair), then character counts (quick_ratio), and only then difflib's
    ratio.  The bigram bound is loose on purpose: a ratio of 0.8 can leave
    the bigram Dice coefficient near 0.55.
    """

    def __init__(self, threshold: float):
        self.threshold = threshold
        self.gram_floor = max(0.0, 2 * threshold - 1.1)
        self.kept: list[tuple] = []  # (paragraph, key, mask, bigram count, char counts, marked, lead-in?, heading it opens)
        if len(_GRAM_IDS) > _GRAM_IDS_MAX or len(_GRAMS) > _GRAMS_MAX:
            _GRAM_IDS.clear()  # never during a check: masks of one check share the bit numbers
            _GRAMS.clear()

    @staticmethod
    def _grams(key: str) -> tuple:
        """(bigram mask, bigram count, character counts) of ``key``, remembered by text."""
        found = _GRAMS.get(key)
        if found is None:
            ids = _GRAM_IDS
            bits = [ids.setdefault(gram, len(ids)) for gram in {key[i:i + 2] for i in range(len(key) - 1)}]
            buf = bytearray((max(bits) >> 3) + 1 if bits else 0)
            for bit in bits:
                buf[bit >> 3] |= 1 << (bit & 7)
            found = _GRAMS[key] = (int.from_bytes(buf, "little"), len(bits), collections.Counter(key))
        return found

    def match(self, para, key: str, marked: tuple, lead: bool = False, opens: str | None = None):
        """(earlier paragraph, ratio) most similar to ``key`` among those that name and stress
        the same (``marked``: see ``_marked``), or None; then remember it.  ``lead``: the
        paragraph leads in to a list, code or the like; two lead-ins alike are parallel
        (「…は、次の内容を提供します。」 and 「…は、次の内容は提供しません。」 over two lists).
        ``opens``: the heading the paragraph comes right under (``section_opened``); two
        paragraphs alike that open sections of other headings are parallel entries of a
        reference (「除算演算子は…」 under its heading, 「乗算演算子は…」 under its own)."""
        mask, count, chars = self._grams(key)
        n = len(key)
        t = self.threshold
        best = None
        matcher = None
        for other_para, other, other_mask, other_count, other_chars, other_marked, other_lead, other_opens in self.kept:
            m = len(other)
            if 2 * min(n, m) < t * (n + m) or other_marked[0] != marked[0] or (lead and other_lead):
                continue
            if opens is not None and other_opens is not None and opens != other_opens:
                continue
            if _other_names(marked[1], other_marked[1]) or _other_names(marked[2], other_marked[2]):
                continue
            if 2 * (mask & other_mask).bit_count() < self.gram_floor * (count + other_count):
                continue
            if 2 * sum((chars & other_chars).values()) < t * (n + m):
                continue
            if matcher is None:
                matcher = difflib.SequenceMatcher(None, autojunk=False)
                matcher.set_seq2(key)
            matcher.set_seq1(other)
            ratio = matcher.ratio()
            if ratio >= t and (best is None or ratio > best[1]) and not _one_term_swapped(matcher, other, key):
                best = (other_para, ratio)
        if best is None:
            self.kept.append((para, key, mask, count, chars, marked, lead, opens))
        return best


# -- removing a block -----------------------------------------------------------------

def _line_start(text: str, offset: int) -> int:
    return max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1


def _next_line(text: str, offset: int) -> int:
    m = _NEWLINE.search(text, offset)
    return m.end() if m else len(text)


def _blank(line: str, quoted: bool) -> bool:
    return not line.strip(" \t\r\n>" if quoted else " \t\r\n")


def removal_range(text: str, node) -> tuple[int, int] | None:
    """The lines to delete to remove ``node`` (and the blank line after it), or None.

    Climbs to the list item / quote that holds only this block, so no empty
    bullet or ``>`` is left behind.  None when the block shares its lines with
    other content.
    """
    unit = node
    while unit.parent is not None and unit.parent.type in _UNIT_PARENTS and \
            len([c for c in unit.parent.children if c.end > c.start]) == 1:
        unit = unit.parent
    quoted = unit.inside("BlockQuote") or unit.type == "BlockQuote"
    start = _line_start(text, unit.start)
    if text[start:unit.start].strip(" \t>" if quoted else " \t"):
        return None
    end = _next_line(text, unit.end)
    if text[unit.end:end].strip():
        return None
    after = end
    while after < len(text):
        nxt = _next_line(text, after)
        if not _blank(text[after:nxt], quoted):
            break
        after = nxt
    if after < len(text):
        return start, after
    # last block of the file: take the blank lines before it instead
    before = start
    while before > 0:
        prev = _line_start(text, before - 1)
        if not _blank(text[prev:before], quoted):
            break
        before = prev
    return before, end

"""Plain text and sentences of a node, the way textlint's helpers see them.

Two textlint helpers are ported here (behaviour only, own code):

* ``textlint-util-to-string`` (``StringSource``): the plain text of a node --
  ``Str`` text, inline code values, image alt text; link targets, HTML and
  breaks give nothing -- with a map from every plain character back to its
  offset in the file: :func:`plain_text` returns a :class:`PlainText`.
* ``sentence-splitter`` 5.0.1 (``split`` / ``splitAST``): sentences end at
  ``.`` (only when followed by white space or the end), ``．``, ``。``, ``?``,
  ``!``, ``？``, ``！`` (or the characters a rule passes).  A line break does
  NOT end a sentence.  No sentence ends inside a bracket or quote pair
  (``"…"``, ``(…)``, ``[…]``, ``{…}``, ``「…」``, ``（…）``, ``『…』``, ``｛…｝``,
  ``［…］``, ``〚…〛``, ``【…】``, ``《…》``) nor at the period of an
  abbreviation (``e.g.``, ``Mr.``, ``U.S.A.``, ``1.``).  Over a node
  (:func:`sentences`), only ``Str`` text is scanned: a separator inside inline
  code, a link, emphasis or strong text never ends a sentence.  A bare URL
  counts as a link, as in textlint's GFM parser.  Where textlint's tree has a
  hole (the indentation after a hard break, ...), the splitter stops reading
  the block, as the real one does (see ``_segments``).

Porting a rule that does ``new StringSource(sentence, {replacer: mask Code})``:
use ``sentence.masked("_")`` as the text and ``sentence.to_source(i)`` for
offsets.  Do not mix ``plain_text(node)`` indices (``plain_start``) with
``Sentence.to_source``: the sentence text keeps raw Markdown (``&amp;``,
``\\*``, the indentation of continuation lines) exactly as textlint's does,
the node's plain text decodes it.

Offsets are Python ``str`` indices into the whole file.

>>> [s.text for s in split("今日は晴れ。「明日も。」と言った。Yes!")]
['今日は晴れ。', '「明日も。」と言った。', 'Yes!']
>>> [s.text for s in split("See e.g. this case. Done")]
['See e.g. this case.', 'Done']
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata

from postlint.charclass import CodeSet, char_class, complement, normalized
from postlint.jsregex import JS_SPACE
from postlint.nodes import Node
from postlint.record import Record

TYPE_CHECKING = False  # typing costs milliseconds to import, and is needed for annotations only
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "PlainText",
    "Sentence",
    "plain_text",
    "split",
    "sentences",
    "Abbreviations",
    "DEFAULT_SEPARATORS",
]

DEFAULT_SEPARATORS = ".．。?!？！"

_JS_SPACE = frozenset(JS_SPACE)  # JavaScript's \s (the set sentence-splitter tests against)
_NEWLINE = frozenset("\r\n")
_JS_SPACE_CHARS = "".join(sorted(_JS_SPACE))
_BLANK = re.compile("[" + re.escape(_JS_SPACE_CHARS) + "]")
# Runs of what the splitter's white-space parsers consume.
_SPACE_RUN = re.compile("[" + re.escape("".join(sorted(_JS_SPACE - _NEWLINE))) + "]*")
_NEWLINE_RUN = re.compile("[\r\n]*")

# BMP code points of Script=Han|Hiragana|Katakana|Hangul (as JavaScript's
# \p{Script=...} sees them in a UTF-16 string: astral characters are two lone
# surrogates there and never match).
_CJK_RANGES = (
    (0x1100, 0x11FF), (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5),
    (0x3005, 0x3005), (0x3007, 0x3007), (0x3021, 0x3029), (0x302E, 0x302F),
    (0x3038, 0x303B), (0x3041, 0x3096), (0x309D, 0x309F), (0x30A1, 0x30FA),
    (0x30FD, 0x30FF), (0x3131, 0x318E), (0x31F0, 0x321E), (0x3260, 0x327E),
    (0x32D0, 0x32FE), (0x3300, 0x3357), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xA960, 0xA97C), (0xAC00, 0xD7A3), (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB),
    (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0xFF66, 0xFF6F), (0xFF71, 0xFF9D),
    (0xFFA0, 0xFFBE), (0xFFC2, 0xFFC7), (0xFFCA, 0xFFCF), (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC),
)
_CJK = CodeSet(_CJK_RANGES)
# Blank and CJK code points: words (``_Scanner._word``) run between them.  The classes
# built from these ranges are written by char_class (cheaper to compile).
_BLANK_OR_CJK = normalized([(ord(c), ord(c)) for c in _JS_SPACE] + list(_CJK_RANGES))
_WORD_CHAR = char_class(_BLANK_OR_CJK, negate=True)
_WORD = re.compile(_WORD_CHAR + "*")


def _is_upper_start(word: str) -> bool:
    return bool(word) and unicodedata.category(word[0]) == "Lu"


# Bracket and quote pairs (key, opening, closing); no sentence ends inside one.
_PAIRS = (
    ("double quote", '"', '"'),
    ("angled bracket", "[", "]"),
    ("round bracket", "(", ")"),
    ("curly brace", "{", "}"),
    ("kagi", "「", "」"),
    ("maru", "（", "）"),
    ("nijukagi", "『", "』"),
    ("nami", "｛", "｝"),
    ("kaku", "［", "］"),
    ("jukaku", "〚", "〛"),
    ("sumitsuki", "【", "】"),
    ("nijusumitsuki", "《", "》"),
)
_PAIR_OF = {}
for _pair in _PAIRS:
    _PAIR_OF.setdefault(_pair[1], _pair)
    _PAIR_OF.setdefault(_pair[2], _pair)

# English abbreviations (sentence-splitter's list, compared case-insensitively).
_ABBREVIATIONS = frozenset(
    w.lower()
    for w in """
    Adj. Adm. Adv. Al. Ala. Alta. Apr. Arc. Ariz. Ark. Art. Assn. Asst. Attys. Aug.
    Ave. Bart. Bld. Bldg. Blvd. Brig. Bros. Btw. Cal. Calif. Capt. Cl. Cmdr. Co.
    Col. Colo. Comdr. Con. Conn. Corp. Cpl. Cres. Ct. D.phil. Dak. Dec. Del. Dept.
    Det. Dist. Dr. Dr.phil. Dr.philos. Drs. E.g. Ens. Esp. Esq. Etc. Exp. Expy.
    Ext. Feb. Fed. Fla. Ft. Fwy. Fy. Ga. Gen. Gov. Hon. Hosp. Hr. Hway. Hwy. I.e.
    Ia. Id. Ida. Ill. Inc. Ind. Ing. Insp. Is. Jan. Jr. Jul. Jun. Kan. Kans. Ken.
    Ky. La. Lt. Ltd. Maj. Man. Mar. Mass. May. Md. Me. Med. Messrs. Mex. Mfg.
    Mich. Min. Minn. Miss. Mlle. Mm. Mme. Mo. Mont. Mr. Mrs. Ms. Msgr. Mssrs. Mt.
    Mtn. Neb. Nebr. Nev. No. Nos. Nov. Nr. Oct. Ok. Okla. Ont. Op. Ord. Ore. P.
    Pa. Pd. Pde. Penn. Penna. Pfc. Ph. Ph.d. Pl. Plz. Pp. Prof. Pvt. Que. Rd. Rs.
    Ref. Rep. Reps. Res. Rev. Rt. Sask. Sec. Sen. Sens. Sep. Sept. Sfc. Sgt. Sr.
    St. Supt. Surg. Tce. Tenn. Tex. Univ. Usafa. U.S. Ut. Va. V. Ver. Vs. Vt.
    Wash. Wis. Wisc. Wy. Wyo. Yuk.
    """.split()
)
# Titles written before a name ("Mr. Smith"): never the end of a sentence.
_PREPOSITIVE = frozenset(
    w.lower()
    for w in """
    Adm. Attys. Brig. Capt. Cmdr. Col. Cpl. Det. Dr. Gen. Gov. Ing. Lt. Maj. Mr.
    Mrs. Ms. Mt. Messrs. Mssrs. Prof. Ph. Rep. Reps. Rev. Sen. Sens. Sgt. St.
    Supt. V. Vs.
    """.split()
)
# Words that end in "!" but do not end a sentence.
_EXCLAMATION_WORDS = frozenset(
    w.lower()
    for w in (
        "!Xũ !Kung ǃʼOǃKung !Xuun !Kung-Ekoka ǃHu ǃKhung ǃKu ǃung ǃXo ǃXû "
        "ǃXung ǃXũ !Xun Yahoo! Y!J Yum!"
    ).split()
)
# Every word the abbreviation marker can protect has one of these characters.
_ABBREVIATION_MARKS = ".!\u01c3"
_MAY_ABBREVIATE = re.compile(f"[{_ABBREVIATION_MARKS}]").search
# The word at a position (``_Scanner._word``) has one of those characters.
_MARK_RANGES = [(ord(c), ord(c)) for c in _ABBREVIATION_MARKS]
# A character of a word that is no abbreviation mark.
_UNMARKED_WORD_CHAR = char_class(_BLANK_OR_CJK + _MARK_RANGES, negate=True)
# A run of them: a word may be abbreviated when the character after the run is a mark.
_UNMARKED_RUN = re.compile(f"{_UNMARKED_WORD_CHAR}*").match
_INITIALS = re.compile(r"(?:[a-zA-Z]\.){3,}\Z")
_LIST_NUMBER = re.compile(r"[0-9]+\.\Z")


# --------------------------------------------------------------------------
# Plain text (textlint-util-to-string)


class PlainText(Record):
    """The plain text of a node and the file offset of each of its characters.

    ``offsets`` has one entry per character of ``text`` plus one for the end.
    ``code_spans`` are the plain ``(start, end)`` ranges that came from inline
    code; :meth:`masked` hides them the way rules mask ``Code`` nodes.

    >>> p = PlainText("ab", [10, 12, 13])
    >>> p.to_source(1), p.to_source(2)
    (12, 13)
    """

    _fields = ("text", "offsets", "code_spans")

    def __init__(self, text: str, offsets: list[int], code_spans: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.offsets = offsets
        self.code_spans = [] if code_spans is None else code_spans

    def to_source(self, i: int) -> int:
        """Plain index ``i`` (0 <= i <= len(text)) -> file offset."""
        if i < 0:
            i = 0
        if i >= len(self.offsets):
            i = len(self.offsets) - 1
        return self.offsets[i]

    def source_end(self, i: int) -> int:
        """The file offset just past plain character ``i - 1``: where a range of the
        text that ends at ``i`` ends in the file, before any markup that follows it
        (``to_source(i)`` is past the closing backtick of ``たとえば`03```).

        >>> p = PlainText("ab", [10, 12, 13])
        >>> p.source_end(1), p.source_end(2), p.source_end(0)
        (11, 13, 10)
        """
        return self.to_source(i) if i <= 0 else self.to_source(i - 1) + 1

    def masked(self, char: str = "_") -> str:
        """``text`` with every inline-code character replaced by ``char``."""
        return _mask(self.text, self.code_spans, char)


def _mask(text: str, spans: list[tuple[int, int]], char: str) -> str:
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = char * (end - start)
    return "".join(chars)


# MDX's inline nodes that carry a value, which textlint's StringSource takes as it takes any
# node's value (see postlint.mdx)
MDX_VALUE_TYPES = ("inlineMath", "Comment")


def _code_value(node, source_text: str) -> str:
    """An inline code's value as textlint's Markdown parser gives it: line
    breaks kept, one padding space (or line break) stripped from both ends."""
    raw = source_text[node.start:node.end]
    fence = len(raw) - len(raw.lstrip("`"))
    if fence == 0 or len(raw) < 2 * fence or raw[len(raw) - fence:] != "`" * fence:
        return node.data.get("value") or ""
    content = raw[fence:len(raw) - fence]
    if len(content) >= 2 and content[0] in " \n" and content[-1] in " \n" and content.strip(" \n"):
        content = content[1:-1]
    return content


def image_alt(node, source_text: str) -> str:
    """An image's alt text as textlint's parser gives it: its text decoded (``&amp;`` is
    ``&``), inline code's value, inline HTML as written.

    >>> from postlint.markdown import parse
    >>> from postlint.source import Source
    >>> text = "![`x`の図&amp;<b>表</b>](a.png)"
    >>> image_alt(parse(Source.from_text(text)).children[0].children[0], text)
    'xの図&<b>表</b>'
    """
    if "alt" in node.data:
        return node.data["alt"] or ""
    return "".join(source_text[c.start:c.end] if c.type == "Html" else _plain_text(c, source_text).text
                   for c in node.children)


_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});")
# What Markdown drops or decodes in text: blanks ending a line, indentation
# after a line break, character references, the backslash of an escaped character.
_STR_SPECIAL = re.compile(
    r"(?P<trail>[ \t]+(?=[\r\n]))|(?<=[\r\n])(?P<indent>[ \t]+)|(?P<ref>" + _ENTITY.pattern + ")"
    r"|\\(?P<escape>[!-/:-@\[-`{-~])"
)


# Every _STR_SPECIAL match that add_str uses needs one of these in the Str's range
# (a line break after trailing blanks or before indentation, "&" of a reference, "\" of an escape).
_STR_SPECIAL_CHAR = re.compile("[\r\n&\\\\]")


def _decode_entity(ref: str) -> str | None:
    """A CommonMark entity or numeric character reference -> its text."""
    if ref[1] == "#":
        code = int(ref[3:-1], 16) if ref[2] in "xX" else int(ref[2:-1])
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            return "\ufffd"
        return chr(code)
    import html.entities  # imported here: most posts have no named reference

    return html.entities.html5.get(ref[1:])


class _PlainBuilder:
    """Plain text in pieces, with the file offset of each character."""

    def __init__(self, source_text: str):
        self.src = source_text
        self.parts: list[str] = []
        self.offsets: list[int] = []  # one per character of the parts
        self.code_spans: list[tuple[int, int]] = []
        self.last_end = 0

    def text(self) -> str:
        return "".join(self.parts)

    def add_str(self, start: int, end: int, raw: bool = False) -> None:
        """Str text as Markdown's value: entities decoded, lines stripped of
        their indentation and trailing blanks (``raw``: as written, for plain text)."""
        src = self.src
        parts, offsets = self.parts, self.offsets
        if raw or not _STR_SPECIAL_CHAR.search(src, start, end):  # the text as it is
            parts.append(src[start:end])
            offsets.extend(range(start, end))
            self.last_end = end
            return
        i = start
        for match in _STR_SPECIAL.finditer(src, start, end):
            m0, m1 = match.span()
            if match.lastgroup == "indent" and m0 == start:
                continue  # the line break before it is not in this Str
            replacement, at = "", m0
            if match.lastgroup == "ref":
                replacement = _decode_entity(match.group())
                if not replacement:
                    continue
            elif match.lastgroup == "escape":  # the character, at its own offset
                replacement, at = match.group("escape"), m0 + 1
            parts.append(src[i:m0])
            offsets.extend(range(i, m0))
            parts.append(replacement)
            offsets.extend([at] * len(replacement))
            i = m1
        parts.append(src[i:end])
        offsets.extend(range(i, end))
        self.last_end = end

    def add_raw(self, start: int, end: int) -> None:
        self.parts.append(self.src[start:end])
        self.offsets.extend(range(start, end))
        self.last_end = end

    def add_value(self, node, value: str, code: bool = False) -> None:
        """``value`` placed where it first occurs in the node's source after its
        first character (else at its start), offsets capped at its last character."""
        if not value:
            return
        raw = self.src[node.start:node.end]
        pad = raw.find(value, 1)
        if pad < 0:
            pad = 0
        offsets = self.offsets
        begin = len(offsets)
        first = node.start + pad
        last = max(node.end - 1, node.start)
        within = max(0, min(len(value), last + 1 - first))  # offsets before the cap
        offsets.extend(range(first, first + within))
        offsets.extend([last] * (len(value) - within))
        self.parts.append(value)
        if code:
            self.code_spans.append((begin, len(offsets)))
        self.last_end = node.end

    def add(self, node) -> None:
        kind = node.type
        if kind == "Str":
            self.add_str(node.start, node.end, raw=node.parent is not None and node.parent.data.get("plain", False))
        elif kind == "Code":
            self.add_value(node, _code_value(node, self.src), code=True)
        elif kind == "Image":
            self.add_value(node, image_alt(node, self.src))
        elif kind in MDX_VALUE_TYPES:
            self.add_value(node, node.data.get("value", ""))
        elif kind in ("Html", "Break", "FootnoteReference", "CodeBlock", "Yaml"):
            self.last_end = node.end
        else:
            for child in node.children:
                self.add(child)
            self.last_end = max(self.last_end, node.end)

    def result(self, end: int) -> PlainText:
        self.offsets.append(end)
        return PlainText(self.text(), self.offsets, self.code_spans)


def plain_text(node, source_text: str) -> PlainText:
    """The plain text of ``node`` (what textlint's ``StringSource`` gives).
    Read-only: the same object may be handed to every caller.

    ``Str`` contributes its text (continuation-line indentation dropped),
    ``Code`` its value, ``Image`` its alt text, ``Link``/``Emphasis``/``Strong``/
    ``Delete`` their children; ``Html`` and ``Break`` contribute nothing.

    >>> from postlint.nodes import Node
    >>> para = Node("Paragraph", 0, 9, [Node("Str", 0, 2), Node("Code", 2, 7, data={"value": "abc"}),
    ...                                 Node("Str", 7, 9)])
    >>> p = plain_text(para, "A `abc` Z")
    >>> p.text, p.to_source(2), p.to_source(5), p.masked("_")
    ('A abc Z', 3, 7, 'A ___ Z')
    """
    key = _content_key(node, source_text, "plain")
    hit = _CONTENT.get(key) if key is not None else None
    if hit is not None:
        base, plain = hit
        shift = node.start - base
        return plain if not shift else PlainText(plain.text, [o + shift for o in plain.offsets], plain.code_spans)
    plain = _plain_text(node, source_text)
    if key is not None:
        _remember(key, (node.start, plain))
    return plain


def _plain_text(node, source_text: str) -> PlainText:
    builder = _PlainBuilder(source_text)
    if node.children or node.type not in ("Str", "Code", "Image"):
        for child in node.children:
            builder.add(child)
    else:
        builder.add(node)
    end = builder.offsets[-1] + 1 if builder.offsets else node.start
    if builder.offsets:
        end = max(end, min(builder.last_end, node.end))
    return builder.result(end)


# --------------------------------------------------------------------------
# Sentences (sentence-splitter)


class Sentence(Record):
    """One sentence.

    ``start``/``end``: file offsets (for :func:`split`, indices into its text).
    ``text``: the sentence's text as textlint's rules see it (see
    :func:`sentences`); ``offsets``: file offset of each character of
    ``text`` plus one for the end (``to_source``); ``code_spans``: the
    ranges of ``text`` that are inline code (``masked``).
    ``plain_start``/``plain_end``: the same stretch in the node's
    :class:`PlainText` (usually ``plain.text[plain_start:plain_end] == text``).
    ``starts_at_node``: the sentence begins with an inline node (a link,
    inline code, emphasis...), not with text; textlint's splitter keeps such a
    node's own position (see ``Problem.textlint_loc``).
    """

    _fields = ("start", "end", "text", "plain_start", "plain_end", "offsets", "code_spans", "starts_at_node")
    _repr_fields = ("start", "end", "text", "plain_start", "plain_end", "starts_at_node")

    def __init__(self, start: int, end: int, text: str, plain_start: int = 0, plain_end: int = 0,
                 offsets: list[int] | None = None, code_spans: list[tuple[int, int]] | None = None,
                 starts_at_node: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.plain_start = plain_start
        self.plain_end = plain_end
        self.offsets = [] if offsets is None else offsets
        self.code_spans = [] if code_spans is None else code_spans
        self.starts_at_node = starts_at_node

    def masked(self, char: str = "_") -> str:
        """``text`` with every inline-code character replaced by ``char``
        (what rules do with StringSource's ``maskValue`` on ``Code``)."""
        return _mask(self.text, self.code_spans, char)

    def to_source(self, i: int) -> int:
        """Index into ``text`` (0 <= i <= len(text)) -> file offset."""
        if not self.offsets:
            return self.start + max(0, min(i, self.end - self.start))
        return self.offsets[max(0, min(i, len(self.offsets) - 1))]

    source_end = PlainText.source_end


class _Item(Record):
    """A child of a sentence: Str / WhiteSpace / Punctuation text, or a node."""

    __slots__ = _fields = ("kind", "start", "end", "node")

    def __init__(self, kind: str, start: int, end: int, node: Any = None) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.node = node


# A piece of a block's inline content (kind "Str", "Stop", or a node's type): the same four
# fields as a sentence's items.
_Segment = _Item


class _Scanner:
    """The cursor of sentence-splitter's SourceCode, over ``text[lo:hi]``."""

    def __init__(self, text: str, lo: int, hi: int, pos: int, separators: str):
        self.text = text
        self.lo = lo
        self.hi = hi
        self.pos = pos
        self.seps = separators
        self.contexts: list[tuple] = []  # open pairs
        self.abbr: list[tuple[int, int]] = []  # protected (abbreviation) ranges
        self._blanks: list[int] | None = None
        self.sentence: list[_Item] | None = None
        self.results: list[tuple[str, Any]] = []  # ("Sentence", (start, end, items)) or ("Item", item)

    # -- reading
    def read(self, over: int = 0):
        i = self.pos + over
        if self.lo <= i < self.hi:
            return self.text[i]
        return None

    def in_abbr(self) -> bool:
        if not self.abbr:
            return False
        pos = self.pos
        return any(a <= pos < b for a, b in self.abbr)

    # -- parsers' tests (the white-space ones are in ``step``)
    def is_separator(self) -> bool:
        if self.contexts or self.in_abbr():
            return False
        ch = self.read()
        if ch is None or ch not in self.seps:
            return False
        if ch == ".":
            nxt = self.read(1)
            return nxt is None or nxt in _JS_SPACE
        return True

    # -- markers
    def _word(self, start: int = 0) -> str:
        """AbbrMarker.getWord: the word at ``pos + start`` (up to a blank or
        a CJK character), "" when the character before ``pos`` is in a word."""
        prev = self.read(-1)
        if prev is not None and prev not in _JS_SPACE and prev not in _CJK:
            return ""
        i = self.pos + start
        if i >= self.hi:
            return ""
        return _WORD.match(self.text, i, self.hi).group()

    def _prev_word(self) -> str:
        """AbbrMarker.getPrevWord: the word before the blanks before ``pos``."""
        text, lo = self.text, self.lo
        i = self.pos - 1
        while i >= lo and text[i] in _JS_SPACE:
            i -= 1
        if self._blanks is None:
            self._blanks = [m.start() for m in _BLANK.finditer(text, lo, self.hi)]
        k = bisect.bisect_right(self._blanks, i) - 1
        start = self._blanks[k] + 1 if k >= 0 else lo
        return self._word(start - self.pos)

    def mark_abbreviation(self) -> None:
        if self.in_abbr():
            return
        word = self._word()
        if not word or not _MAY_ABBREVIATE(word):
            return  # every marked word has a "." or an exclamation mark
        span = (self.pos, self.pos + len(word))
        lower = word.lower()
        if (
            _INITIALS.match(word)
            or lower in _EXCLAMATION_WORDS
            or lower in _PREPOSITIVE
            or _LIST_NUMBER.match(word)
        ):
            self.abbr.append(span)
            return
        prev_word = self._prev_word()
        next_word = self._word(len(word) + 1)
        if (
            _is_upper_start(prev_word)
            and len(word) >= 2
            and _is_upper_start(word)
            and word[1] == "."
            and _is_upper_start(next_word)
        ):
            self.abbr.append(span)
        elif lower in _ABBREVIATIONS and not _is_upper_start(next_word):
            self.abbr.append(span)

    def mark_pair(self) -> None:
        ch = self.read()
        pair = _PAIR_OF.get(ch) if ch is not None else None
        if pair is None:
            return
        if not any(c[0] == pair[0] for c in self.contexts):
            if ch == pair[1]:
                self.contexts.append(pair)
        elif ch == pair[2]:
            for i in range(len(self.contexts) - 1, -1, -1):
                if self.contexts[i][0] == pair[0]:
                    del self.contexts[i]
                    break

    # -- seeking
    def seek_value(self, limit: int | None) -> None:
        """AnyValueParser.seek: up to a line break or a separator, marking
        abbreviations and pairs on the way.  Runs of characters on which the
        markers can do nothing are skipped in one step.

        (AnyValueParser's test, ``mark_abbreviation`` and ``mark_pair`` inlined where
        they cannot act: this loop runs for every stop in every block.)"""
        hi = self.hi
        end = hi if limit is None else min(limit, hi)
        text, lo, seps = self.text, self.lo, self.seps
        boring = _boring_run(seps).match
        pos = self.pos
        run_end = -1  # the end of the run of unmarked word characters at pos, while pos is in it
        while lo <= pos < end:
            ch = text[pos]
            if ch in _NEWLINE:
                break
            if ch in seps and not self.contexts:
                self.pos = pos
                if self.is_separator():
                    break
            if pos >= run_end:  # (inside a run, the answer is the run's: once per run, not per stop)
                run_end = _UNMARKED_RUN(text, pos, hi).end()
                may_abbreviate = run_end < hi and text[run_end] in _ABBREVIATION_MARKS
            if may_abbreviate:  # else the marker finds nothing to mark
                self.pos = pos
                self.mark_abbreviation()
            if ch in _PAIR_OF:
                self.pos = pos
                self.mark_pair()
            pos += 1
            if pos < end:
                pos = boring(text, pos, end).end()
        self.pos = pos

    def run_end(self, run: re.Pattern) -> int:
        """End of the run of ``run``'s characters at ``pos`` (``pos`` if none)."""
        pos = self.pos
        if not self.lo <= pos < self.hi:
            return pos
        return run.match(self.text, pos, self.hi).end()

    def separators_end(self) -> int:
        """End of the separators at ``pos`` (``is_separator`` at each of them)."""
        if self.contexts:
            return self.pos
        text, lo, hi, seps, abbr = self.text, self.lo, self.hi, self.seps, self.abbr
        pos = self.pos
        while lo <= pos < hi:
            ch = text[pos]
            if ch not in seps or (abbr and any(a <= pos < b for a, b in abbr)):
                break
            if ch == "." and pos + 1 < hi and text[pos + 1] not in _JS_SPACE:
                break
            pos += 1
        return pos

    # -- building
    def push(self, item: _Item) -> None:
        if self.sentence is not None:
            self.sentence.append(item)
        else:
            self.results.append(("Item", item))

    def open(self) -> None:
        if self.sentence is None:
            self.sentence = []

    def white(self, run: re.Pattern) -> None:
        start = self.pos
        self.pos = self.run_end(run)
        self.push(_Item("WhiteSpace", start, self.pos))

    def value(self, limit: int | None) -> None:
        start = self.pos
        self.seek_value(limit)
        self.push(_Item("Str", start, self.pos))

    def step(self, limit: int | None, newline_first: bool) -> None:
        """One turn of split()'s loop (``splitAST`` tests newlines last): the
        parsers' tests (``is_newline``, ``is_space``, ``is_separator``) in order,
        each on the character read once."""
        pos = self.pos
        if self.lo <= pos < self.hi:
            ch = self.text[pos]
            if newline_first and ch in _NEWLINE:
                return self.white(_NEWLINE_RUN)
            if ch in _JS_SPACE and ch not in _NEWLINE:
                return self.white(_SPACE_RUN)
            if ch in self.seps and self.is_separator():
                return self.close(self.separators_end())
            if ch in _NEWLINE:
                return self.white(_NEWLINE_RUN)
        self.open()
        self.value(limit)

    def close(self, end: int) -> None:
        """End the sentence after the characters up to ``end`` (its closing
        punctuation, or blanks)."""
        start, self.pos = self.pos, end
        if end != start and self.text[start:end].strip(_JS_SPACE_CHARS):
            self.push(_Item("Punctuation", start, end))
        current, self.sentence = self.sentence, None
        if not current:
            return
        self.results.append(("Sentence", (current[0].start, self.pos, current)))


class Abbreviations:
    """The abbreviations (``Mr.``, ``U.S.A.``, ``e.g.``) sentence-splitter finds in
    ``text[lo:hi]``, read word by word as its cursor reads them: for a rule that walks
    a paragraph itself and must not end a sentence at an abbreviation's period.

    >>> marks = Abbreviations("Mr. Smith", 0, 9)
    >>> marks.read_at(0)
    >>> marks.covers(2), marks.covers(4)
    (True, False)
    """

    __slots__ = ("_scanner",)

    def __init__(self, text: str, lo: int, hi: int) -> None:
        self._scanner = _Scanner(text, lo, hi, lo, "")

    def read_at(self, pos: int) -> None:
        """Mark the abbreviation a word starting at ``pos`` is, if it is one."""
        self._scanner.pos = pos
        self._scanner.mark_abbreviation()

    def covers(self, pos: int) -> bool:
        """Whether ``pos`` lies in an abbreviation marked so far."""
        self._scanner.pos = pos
        return self._scanner.in_abbr()


@functools.lru_cache(maxsize=32)
def _boring_run(separators: str) -> re.Pattern:
    """A run of characters that AnyValueParser consumes without effect: no
    line break, separator or pair mark, and no start of a word (a character
    that is not blank or CJK after one that is) for AbbrMarker to look at,
    unless that word has none of the characters AbbrMarker needs (see
    ``_MAY_ABBREVIATE``): then marking it does nothing either.

    Stopping early is harmless (the loop in ``seek_value`` then finds nothing
    to do there), so the default separators are always among the stops: the
    usual separator sets share one pattern (compiling one costs milliseconds)."""
    return _boring_pattern("".join(sorted(set(separators) | set(DEFAULT_SEPARATORS))))


@functools.lru_cache(maxsize=32)
def _boring_pattern(stops: str) -> re.Pattern:
    # A character is boring when it is no stop and either is blank/CJK, or follows a
    # character that is not (then it continues a word), or starts a word that ends at
    # a blank/CJK character before any _ABBREVIATION_MARKS (the word _Scanner._word finds,
    # which AbbrMarker ignores; a word running to the end of the match is not boring).
    # Used with pos >= 1, where "no blank/CJK before" and "a non-blank/CJK before"
    # are the same test.  Matched run by run (a word continued from before ``pos``,
    # a word, blanks/CJK): repeated character classes, no lookaround at each character.
    # The word test ``(?=[^marks blanks_cjk]*[blanks_cjk])`` is written "the character after
    # the longest run of unmarked word characters is no mark" (that character is a mark or
    # blank/CJK; the run is possessive: backing off, which the first form does in vain,
    # would put a word character next) -- a few marks instead of a 25,000-code-point class.
    # ``(?:A W+|B W+)`` is written ``(?:A|B)W+`` (the same attempts in the same order).
    # The word test first checks that a word character follows (no special one; a blank/CJK
    # one ends the run at once): else, tried at each of a long run of pair marks (word
    # characters for _Scanner._word), it would scan the rest of the run every time.
    blank_or_cjk, quiet_blank_or_cjk, word_char, special = _boring_classes(stops)
    plain_word = f"(?!{special})(?={_UNMARKED_WORD_CHAR}*+[^{_ABBREVIATION_MARKS}])"
    return re.compile(f"(?:(?:(?<!{blank_or_cjk})|{plain_word}){word_char}+|{quiet_blank_or_cjk}+)*")


def _boring_classes(stops: str) -> tuple[str, str, str, str]:
    """The classes of blank/CJK characters, of those that are not special (stops, pair
    marks, line breaks), of the word characters that are not special, and of the special
    ones."""
    special = normalized([(ord(c), ord(c)) for c in set(stops) | set(_PAIR_OF) | _NEWLINE])
    return (char_class(_BLANK_OR_CJK), char_class(_without(_BLANK_OR_CJK, special)),
            char_class(_BLANK_OR_CJK + special, negate=True), char_class(special))


def _without(ranges: list[tuple[int, int]], removed: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The code points of ``ranges`` that are not in ``removed``."""
    return complement(complement(ranges) + removed)


def _separators(separator_chars) -> str:
    if separator_chars is None:
        return DEFAULT_SEPARATORS
    if isinstance(separator_chars, str):
        return separator_chars
    return "".join(c for c in separator_chars if len(c) == 1)


def _split_scan(text: str, separator_chars=None) -> _Scanner:
    sc = _Scanner(text, 0, len(text), 0, _separators(separator_chars))
    while sc.read() is not None:
        sc.step(None, newline_first=True)
    sc.close(sc.run_end(_SPACE_RUN))
    return sc


def split(text: str, separator_chars: str | None = None) -> list[Sentence]:
    """Sentences of a plain string (port of sentence-splitter's ``split``).

    ``start``/``end`` are indices into ``text``; white space between
    sentences belongs to none.  ``separator_chars``: the characters that end
    a sentence (default ``.．。?!？！``).

    >>> [(s.start, s.end, s.text) for s in split("一行目\\n二行目。次。")]
    [(0, 8, '一行目\\n二行目。'), (8, 10, '次。')]
    """
    sc = _split_scan(text, separator_chars)
    out = []
    for kind, payload in sc.results:
        if kind != "Sentence":
            continue
        start, end, _ = payload
        out.append(Sentence(start, end, text[start:end], start, end, list(range(start, end + 1))))
    return out


def _segments(node, source_text: str) -> list[_Segment]:
    """The children of ``node`` as sentence-splitter reads textlint's tree.

    Consecutive ``Str`` children and the gaps after a ``Str`` (backslash
    escapes, the ``>`` of a quoted continuation line: textlint's ``Str``
    covers them) form one text segment; any other child is an opaque
    segment, which also takes a gap right after it (syntax the Markdown
    parser left out of its range, e.g. the ``[]`` of ``[text][]``).

    Where textlint's tree has a hole, sentence-splitter stops reading the
    block, and the rest of the block belongs to no sentence.  Such holes
    ("Stop" segments) are: the indentation or ``>`` after a hard ``Break``;
    blanks before a line end right after an inline node (``[a][1] \n``);
    the ``;`` of a character reference that ends a text run (``&amp;``),
    which textlint's Markdown parser leaves outside the ``Str``.  A ``Str`` that
    the parser marked ``over_prefix`` (its line ended inside a failed attempt,
    see ``markdown._breaks_over_prefixes``) covers the next line's prefix: no hole.
    """
    segs: list[_Segment] = []
    pos = None
    prev = None
    for child in node.children:
        if child.end <= child.start:
            continue
        if pos is None and child.type == "Str" and child.start > node.start and source_text[child.start - 1] == "\\":
            pos = child.start - 1  # a leading backslash escape is inside textlint's Str
        if pos is not None and child.start > pos:
            last = segs[-1] if segs else _Segment("Str", pos, pos)
            if last.kind == "Break" or (
                last.kind == "Str" and _is_indent(source_text, pos, child.start) and child.type != "Str"
            ):
                segs.append(_Segment("Stop", pos, child.start))
            elif last.kind in ("Str", "Stop") or source_text[pos] == "\\":
                _add_text(segs, pos, child.start)
            elif _blank_line_end(source_text, pos) == child.start:
                segs.append(_Segment("Stop", pos, child.start))
            else:
                # syntax the parser left out of the node: "[]" / "[label]" of a reference link
                close = source_text.find("]", pos, child.start) if source_text[pos] == "[" else -1
                last.end = child.start if close < 0 else close + 1
                if last.end < child.start:
                    _add_text(segs, last.end, child.start)
        if child.type == "Str":
            _add_text(segs, _after_inline(segs, source_text, child.start, child.end), child.end)
        else:
            if not (prev is not None and prev.type == "Str" and prev.data.get("over_prefix")):
                _end_text_run(segs, source_text)
            segs.append(_Segment(child.type, child.start, child.end, child))
        pos = child.end if pos is None else max(pos, child.end)
        prev = child
    _end_text_run(segs, source_text)
    if segs and segs[-1].kind not in ("Str", "Break", "Stop"):
        last = segs[-1]
        if last.end < node.end and not source_text.startswith("</", last.end):  # (an MDX element's
            last.end = node.end  # closing tag is no syntax left out of a node: it stays outside)
    if node.data.get("plain"):  # a line of a plain-text file: textlint's parser makes no links there
        return segs
    return _split_autolinks(segs, source_text, node.start, node)


_LINE_END_BLANKS = re.compile(r"[ \t]+(?=[\r\n])")


def _blank_line_end(text: str, pos: int) -> int:
    """End of the blanks at ``pos`` that close a line, else ``pos``."""
    match = _LINE_END_BLANKS.match(text, pos)
    return match.end() if match else pos
_ENTITY_AT_END = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});\Z")


def ends_in_reference(source_text: str, start: int, end: int) -> bool:
    r"""Whether ``source_text[start:end]`` ends in a character reference that Markdown
    decodes (textlint's text node then ends before its ``;``): not escaped (``\&amp;``), a
    name HTML5 knows (not ``&bogus;``), a number of at most seven digits.

    >>> [ends_in_reference(t, 0, len(t)) for t in ("a&amp;", "a&#12354;", "a&bogus;", "a\\&amp;", "a\\\\&amp;", "a&#12345678;")]
    [True, True, False, False, True, False]
    """
    if end <= start or source_text[end - 1] != ";":
        return False
    match = _ENTITY_AT_END.search(source_text, start, end)
    if match is None or _decode_entity(match.group()) is None:
        return False
    slashes = 0
    while match.start() - slashes > start and source_text[match.start() - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 0


def _is_indent(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the prefix (indentation, ``>``) of a line."""
    return end > start and start > 0 and text[start - 1] in _NEWLINE and not text[start:end].strip(" \t>")


def _end_text_run(segs: list[_Segment], source_text: str) -> None:
    """Where textlint's Str ends before the raw text does.

    A line's indentation before an inline node is in no node, and a Str
    ending with ``&...;`` ends one character short.
    """
    if not segs or segs[-1].kind != "Str":
        return
    seg = segs[-1]
    cut = seg.end
    while cut > seg.start and source_text[cut - 1] in " \t>":
        cut -= 1
    if seg.start < cut < seg.end and source_text[cut - 1] in _NEWLINE:
        segs.append(_Segment("Stop", cut, seg.end))
        seg.end = cut
        return
    if seg.end - seg.start > 1 and ends_in_reference(source_text, seg.start, seg.end):
        seg.end -= 1
        segs.append(_Segment("Stop", seg.end, seg.end + 1))


# GFM autolink literals (textlint's parser makes Links of bare URLs; a "?" or
# "." inside one ends no sentence).
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_TRAILING_PUNCT = frozenset("!\"')*,.:;<?_~")
_URL_START = re.compile(r"(?i)https?://|www\.")
_NAMED_REF = re.compile(r"&[A-Za-z]+;")


def _is_punct(ch: str) -> bool:
    return ch in _ASCII_PUNCT or unicodedata.category(ch).startswith("P")


def _is_path_end(text: str, i: int, end: int) -> bool:
    return i >= end or text[i] in " <\t\r\n"


def _punct_at_end(text: str, i: int, end: int) -> bool:
    """A run of trailing punctuation from ``i`` that reaches white space or the text's end
    (before a ``<``, which ends the URL too, micromark keeps the punctuation in it)."""
    i += 1
    while i < end and text[i] in _TRAILING_PUNCT:
        i += 1
    if i < end:
        return text[i] in " \t\r\n"
    # the text node ends here: what follows it in the file decides (a closing "*" of
    # emphasis is trailing punctuation too; "<" of inline HTML keeps the run in the URL)
    while i < len(text) and text[i] in _TRAILING_PUNCT:
        i += 1
    return i >= len(text) or text[i] in " \t\r\n"


def _ref_at_end(text: str, i: int, end: int) -> bool:
    match = _NAMED_REF.match(text, i, end)
    return bool(match) and _is_path_end(text, match.end(), end)


def _autolink_end(text: str, start: int, end: int, lo: int) -> int:
    """End of the GFM autolink literal starting at ``start``, or -1."""
    prev = text[start - 1] if start > lo else None
    i = start
    if text[start] in "wW":
        if prev is not None and prev not in " \t\r\n(*_~":
            return -1
        if start + 4 >= end or text[start + 4] in "\r\n":
            return -1
    else:
        if prev is not None and prev.isascii() and prev.isalpha():
            return -1
        i = text.index("//", start) + 2
        if i >= end:
            return -1
        ch = text[i]
        if ord(ch) < 32 or ord(ch) == 127 or ch.isspace() or _is_punct(ch):
            return -1
    # domain
    underscore = [False, False]  # last segment, the one before
    while i < end:
        ch = text[i]
        if ch == "&":
            if _ref_at_end(text, i, end):
                break
        elif ch in "._":
            if _punct_at_end(text, i, end):
                break
            if ch == ".":
                underscore = [False, underscore[0]]
            else:
                underscore[0] = True
        elif ord(ch) < 32 or ord(ch) == 127 or ch.isspace() or (ch != "-" and _is_punct(ch)):
            break
        i += 1
    if underscore[0] or underscore[1]:
        return -1
    # path
    balance = 0
    while i < end:
        ch = text[i]
        if ch == "&":
            if _ref_at_end(text, i, end):
                break
        elif ch == ")":
            if _punct_at_end(text, i, end):
                balance -= 1
                if balance < 0:
                    break
        elif _is_path_end(text, i, end):
            break
        elif ch in _TRAILING_PUNCT:
            if _punct_at_end(text, i, end):
                break
        elif ch == "(":
            balance += 1
        i += 1
    return i


_EMAIL_HEAD = re.compile(r"[-+._0-9A-Za-z]+@")


def _email_end(text: str, start: int, end: int) -> int:
    """End of the GFM email autolink literal whose ``@`` is at ``start``-side of the atext
    starting at ``start`` (``name@domain.tld``, as micromark reads it), or -1: the domain
    needs a dot; a trailing ``.`` is punctuation, a trailing ``-`` or ``_`` undoes it."""
    i = text.index("@", start) + 1
    has_dot = False
    while i < end:
        ch = text[i]
        if ch == ".":
            if _punct_at_end(text, i, end):
                break
            has_dot = True
        elif ch in "-_":
            if _punct_at_end(text, i, end):
                return -1
            if text[i + 1:i + 2] == ".":
                if _punct_at_end(text, i + 1, end):
                    return -1
                has_dot = True
                i += 1
        elif not (ch.isascii() and ch.isalnum()):
            break
        i += 1
    return i if has_dot else -1


def _split_emails(seg: _Segment, source_text: str, lo: int, block=None) -> list[_Segment]:
    """The text ``seg`` with its email addresses as Link segments (textlint's parser makes
    links of them too).

    >>> text = "連絡はfoo.bar@example.co.jp まで。"
    >>> [(s.kind, text[s.start:s.end]) for s in _split_emails(_Segment("Str", 0, len(text)), text, 0)]
    [('Str', '連絡は'), ('Link', 'foo.bar@example.co.jp'), ('Str', ' まで。')]
    """
    out: list[_Segment] = []
    pos = seg.start
    for match in _EMAIL_HEAD.finditer(source_text, seg.start, seg.end):
        # micromark tries each place whose previous character is not an ASCII letter or /
        start = match.start()
        while start < match.end() - 1 and start > lo and (
                source_text[start - 1] == "/" or (source_text[start - 1].isascii() and source_text[start - 1].isalpha())):
            start += 1
        if start == match.end() - 1 or start < pos:
            continue
        link_end = _email_end(source_text, start, seg.end)
        if link_end < 0 or _label_open(block, source_text, start):
            continue
        if start > pos:
            out.append(_Segment("Str", pos, start))
        out.append(_Segment("Link", start, link_end, _autolink_node(source_text, start, link_end)))
        pos = link_end
    if not out:
        return [seg]
    if pos < seg.end:
        out.append(_Segment("Str", pos, seg.end))
    return out


def _autolink_node(source_text: str, start: int, end: int) -> Node:
    """A Link node like the one textlint's parser makes of a bare URL."""
    link = Node("Link", start, end, data={"url": source_text[start:end], "title": None, "autolink": True})
    link.children.append(Node("Str", start, end, parent=link))
    return link


def _may_have_url(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has what every ``_URL_START`` match has, "://"
    or "." (two searches for a literal are cheaper than one case-insensitive one)."""
    return text.find("://", start, end) >= 0 or text.find(".", start, end) >= 0


_BRACKET = re.compile(r"[\[\]]")


def escaped(text: str, i: int) -> bool:
    """Whether the character at ``i`` is escaped: an odd number of backslashes before it.

    >>> escaped("a\\\\[", 2), escaped("a\\\\\\\\[", 3)
    (True, False)
    """
    slashes = 0
    while i - slashes > 0 and text[i - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _label_open(block, source_text: str, at: int, urls=()) -> bool:
    """Whether a ``[`` (or ``![``) in the text of ``block`` before ``at`` is still open there
    (no ``]`` has closed it): micromark makes no autolink literal there (``[ https://… ]``).

    Each ``]`` closes the latest open ``[``; brackets of links and images, in code, in one
    of the bare ``urls`` (start, end) found before ``at``, or escaped are no label, nor is
    the ``[^`` of a footnote call.

    >>> from postlint.markdown import parse
    >>> from postlint.source import Source
    >>> text = "[注 https://example.com ] と [a] https://example.org"
    >>> para = parse(Source.from_text(text)).children[0]
    >>> _label_open(para, text, text.index("https://example.com")), _label_open(para, text, text.index("https://example.org"))
    (True, False)
    """
    if block is None or source_text.find("[", block.start, at) < 0:
        return False
    opened = 0
    for start, end in _label_texts(block):
        if start >= at:
            break
        for bracket in _BRACKET.finditer(source_text, start, min(end, at)):
            if escaped(source_text, bracket.start()) or _in_urls(urls, bracket.start()):
                continue
            if bracket.group() == "[":
                # "[^" starts a footnote call, no label: micromark's URLs go on after it
                opened += not source_text.startswith("^", bracket.end())
            elif opened:
                opened -= 1
    return opened > 0


def _label_texts(node):
    """(start, end) of the Str nodes below ``node`` in order, not those of links and images."""
    for child in node.children:
        if child.type == "Str":
            yield child.start, child.end
        elif child.type not in ("Link", "Image") and child.children:
            yield from _label_texts(child)


def _in_urls(urls: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies in one of ``urls`` ((start, end), in order, not overlapping)."""
    k = bisect.bisect_right(urls, (at, math.inf)) - 1
    return k >= 0 and at < urls[k][1]


def _split_autolinks(segs: list[_Segment], source_text: str, lo: int, block=None) -> list[_Segment]:
    """Text segments with their bare URLs and email addresses as Link segments (``block``:
    the Paragraph, Header or TableCell they are in, whose open link labels stop them)."""
    segs = _split_urls(segs, source_text, lo, block)
    out: list[_Segment] = []
    for seg in segs:
        if seg.kind == "Str" and source_text.find("@", seg.start, seg.end) >= 0:
            out.extend(_split_emails(seg, source_text, lo, block))
        else:
            out.append(seg)
    return out


def _split_urls(segs: list[_Segment], source_text: str, lo: int, block=None) -> list[_Segment]:
    out: list[_Segment] = []
    urls: list[tuple[int, int]] = []  # (a "[" in a URL opens no label)
    for seg in segs:
        if seg.kind != "Str" or not _may_have_url(source_text, seg.start, seg.end) \
                or not _URL_START.search(source_text, seg.start, seg.end):
            out.append(seg)
            continue
        pos = seg.start
        for match in _URL_START.finditer(source_text, seg.start, seg.end):
            if match.start() < pos:
                continue
            link_end = _autolink_end(source_text, match.start(), seg.end, lo)
            if link_end <= match.end() or _label_open(block, source_text, match.start(), urls):
                continue
            urls.append((match.start(), link_end))
            if match.start() > pos:
                out.append(_Segment("Str", _after_inline(out, source_text, pos, match.start()), match.start()))
                _end_text_run(out, source_text)
            out.append(_Segment("Link", match.start(), link_end, _autolink_node(source_text, match.start(), link_end)))
            pos = link_end
        if pos < seg.end:
            out.append(_Segment("Str", _after_inline(out, source_text, pos, seg.end), seg.end))
    return out


def _after_inline(segs: list[_Segment], source_text: str, start: int, end: int) -> int:
    """Where text from ``start`` (to ``end``) begins in textlint's tree: after an inline node
    (a bare URL's link too), blanks that end a line are a hole (its text node starts at the
    line break), added to ``segs`` as a Stop segment."""
    if segs and segs[-1].kind not in ("Str", "Break", "Stop"):
        blank = _blank_line_end(source_text, start)
        if start < blank < end:
            segs.append(_Segment("Stop", start, blank))
            return blank
    return start


def _add_text(segs: list[_Segment], start: int, end: int) -> None:
    if segs and segs[-1].kind == "Str" and segs[-1].end == start:
        segs[-1].end = end
    else:
        segs.append(_Segment("Str", start, end))


# -- caches -------------------------------------------------------------------
#
# Two levels, both invisible in results (callers treat what they get as read-only):
# * _SCANS: per document, by node identity: several rules split the same block
#   with the same separators (text.sentences, the textlint-ja helpers);
# * _CONTENT: across documents, by content: a block whose text, line and inline
#   nodes are unchanged gives the same scan / sentences / plain text, shifted.
#   When an editor re-lints after a keystroke, or --fix re-lints after fixing,
#   only the blocks that changed are split again.  A run that lints each file once
#   gets almost nothing back for the keys it makes (5-8% of a corpus run's CPU time):
#   the runner turns _CONTENT off there (remember_across_lints).

_SCANS: dict = {}
_CONTENT: dict = {}
_CONTENT_MAX = 2048
_LINE_END = re.compile(r"[\r\n]")
_ACROSS_LINTS = [True]  # whether _CONTENT is used (content_key gives None when not)


def remember_across_lints(on: bool) -> bool:
    """Use (``on``) or not the analyses remembered by content across lints (this module's
    and the rules' block memos, which take their keys from :func:`content_key`); returns
    the previous setting.  On by default: an editor's re-lints and --fix's passes gain."""
    previous = _ACROSS_LINTS[0]
    _ACROSS_LINTS[0] = on
    if not on:
        _CONTENT.clear()
    return previous


class _Uncacheable(Exception):
    pass


def _remember(key, value) -> None:
    if len(_CONTENT) >= _CONTENT_MAX:
        _CONTENT.clear()
    _CONTENT[key] = value


def _shape(node, base: int) -> tuple:
    """Types, relative ranges and data of ``node`` and everything below it."""
    data = node.data
    if data:
        try:
            data = tuple(sorted(data.items()))
            hash(data)
        except TypeError:
            raise _Uncacheable from None
    else:
        data = None
    return (node.type, node.start - base, node.end - base, data,
            tuple(_shape(child, base) for child in node.children) if node.children else None)


def _content_key(node, source_text: str, what: str):
    """What a split of ``node`` can depend on: the text from the character
    before it to the end of the line its last inline node ends on, where it
    starts in that text, and its subtree (relative ranges); None when the
    subtree holds data that cannot be compared, or when analyses are not remembered
    across lints (:func:`remember_across_lints`)."""
    if not _ACROSS_LINTS[0]:
        return None
    cached = _SCANS.get(("key", id(node)))
    if cached is not None and cached[0] is node and cached[1] is source_text:
        key = cached[2]
    else:
        base = node.start
        lo = base - 1 if base > 0 else 0
        far = node.end
        for child in node.children:
            if child.end > far:
                far = child.end
        line_end = _LINE_END.search(source_text, far)
        hi = line_end.end() if line_end else len(source_text)
        try:
            key = (source_text[lo:hi], base - lo, _shape(node, base))
        except _Uncacheable:
            key = None
        _forget_other_documents(source_text)
        _SCANS[("key", id(node))] = (node, source_text, key)
    return None if key is None else (what, key)


def content_key(node, source_text: str, what: str):
    """A hashable key for an analysis ``what`` of ``node`` that depends only on
    the node's content (see ``_content_key``: the text from the character before
    it to the end of its last line, and its inline subtree with relative ranges):
    equal keys mean the analysis gives the same result, with offsets shifted by
    the difference of the nodes' starts.  None when the subtree cannot be
    compared.  Ancestors (a quote, a list around it) are not part of the key."""
    return _content_key(node, source_text, what)


def _forget_other_documents(source_text: str) -> None:
    if _SCANS and (len(_SCANS) > 50000 or next(iter(_SCANS.values()))[1] is not source_text):
        _SCANS.clear()  # another document: forget the last one's blocks


class _Scan:
    """The results of a scan, with items rebuilt for another copy of the block."""

    __slots__ = ("results",)

    def __init__(self, results):
        self.results = results


def _moved_scan(hit, node, source_text: str) -> _Scan:
    """A cached scan of an equal block at ``base`` (with children ``kids``), for ``node``."""
    base, results, kids = hit
    shift = node.start - base
    where = {id(kid): i for i, kid in enumerate(kids)}
    children = node.children
    autolinks: dict = {}

    def moved(item: _Item) -> _Item:
        old = item.node
        if old is None:
            new = None
        elif id(old) in where:
            new = children[where[id(old)]]
        else:  # a bare URL made into a Link node by the scan
            new = autolinks.get(id(old))
            if new is None:
                new = autolinks[id(old)] = _autolink_node(source_text, old.start + shift, old.end + shift)
        return _Item(item.kind, item.start + shift, item.end + shift, new)

    out = []
    for kind, payload in results:
        if kind == "Sentence":
            start, end, items = payload
            out.append((kind, (start + shift, end + shift, [moved(item) for item in items])))
        else:
            out.append((kind, moved(payload)))
    return _Scan(out)


def _ast_scan(node, source_text: str, separator_chars=None) -> _Scanner:
    """The scan of ``node`` (shared by every caller asking with the same
    separators while ``source_text`` is the text being linted; read-only)."""
    seps = _separators(separator_chars)
    key = (id(node), seps)
    hit = _SCANS.get(key)
    if hit is not None and hit[0] is node and hit[1] is source_text:
        return hit[2]
    content = _content_key(node, source_text, "scan " + seps)
    moved = _CONTENT.get(content) if content is not None else None
    if moved is not None:
        sc = _moved_scan(moved, node, source_text)
    else:
        sc = _scan_node(node, source_text, seps)
        if content is not None:
            _remember(content, (node.start, sc.results, tuple(node.children)))
    _forget_other_documents(source_text)
    _SCANS[key] = (node, source_text, sc)
    return sc


def _scan_node(node, source_text: str, seps: str) -> _Scanner:
    segs = _segments(node, source_text)
    first = segs[0].start if segs else node.start
    end = node.end
    # textlint's block ends after the blanks that close its last line
    while end < len(source_text) and source_text[end] in " \t":
        end += 1
    if end < len(source_text) and source_text[end] not in _NEWLINE:
        end = node.end
    sc = _Scanner(source_text, node.start, end, first, seps)
    starts = [s.start for s in segs]
    lo = node.start
    while lo <= sc.pos < end:
        pos = sc.pos
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            break
        seg = segs[i]
        kind = seg.kind
        if pos >= seg.end or kind == "Stop":
            break
        if kind == "Str":
            sc.step(seg.end, newline_first=False)
        elif kind == "Break":
            sc.push(_Item("Break", seg.start, seg.end, seg.node))
            sc.pos = pos + seg.end - seg.start
        else:
            sc.open()
            sc.push(_Item("Node", seg.start, seg.end, seg.node))
            sc.pos = pos + seg.end - seg.start
    sc.close(sc.run_end(_SPACE_RUN))
    return sc


def sentences(node, source_text: str, separator_chars: str | None = None,
              plain: PlainText | None = None) -> list[Sentence]:
    """Sentences of a Paragraph/Header/TableCell... (port of ``splitAST``).

    Only ``Sentence`` nodes are returned (white space between sentences and
    stray punctuation are dropped).  ``start``/``end`` are file offsets of
    the sentence's raw text (closing punctuation included).  ``text`` is what
    textlint's rules get from ``StringSource(sentence)``: ``Str`` text as
    written (raw), inline code values, link text, image alt text; no HTML, no
    hard breaks.  ``plain_start``/``plain_end`` give the same stretch in
    ``plain_text(node)``; the two texts differ only where Markdown decodes
    text (``&amp;``, ``\\*``, the indentation of continuation lines).
    Use :meth:`Sentence.to_source` for file offsets, :meth:`Sentence.masked`
    to hide inline code.  ``plain``: ``plain_text(node, source_text)`` when
    the caller has it already.

    >>> from postlint.source import Source
    >>> from postlint.markdown import parse
    >>> src = Source.from_text("`a.b` です。[次](u)の文。")
    >>> para = parse(src).children[0]
    >>> [(s.start, s.end, s.text) for s in sentences(para, src.text)]
    [(0, 9, 'a.b です。'), (9, 18, '次の文。')]
    """
    key = _content_key(node, source_text, "sentences " + _separators(separator_chars))
    hit = _CONTENT.get(key) if key is not None else None
    if hit is not None:
        base, found = hit
        shift = node.start - base
        if not shift:
            return list(found)
        return [Sentence(s.start + shift, s.end + shift, s.text, s.plain_start, s.plain_end,
                         [o + shift for o in s.offsets], s.code_spans, s.starts_at_node) for s in found]
    found = _sentences(node, source_text, separator_chars, plain)
    if key is not None:
        _remember(key, (node.start, tuple(found)))
    return found


def _sentences(node, source_text: str, separator_chars, plain) -> list[Sentence]:
    sc = _ast_scan(node, source_text, separator_chars)
    if plain is None:
        plain = plain_text(node, source_text)
    offs, chars = plain.offsets, len(plain.offsets) - 1  # (the last offset is the end)
    out = []
    for kind, payload in sc.results:
        if kind != "Sentence":
            continue
        start, end, items = payload
        builder = _PlainBuilder(source_text)
        for item in items:
            if item.kind == "Node":
                builder.add(item.node)
            elif item.kind != "Break":
                builder.add_raw(item.start, item.end)
        p0 = bisect.bisect_left(offs, start, 0, chars)
        p1 = bisect.bisect_left(offs, end, 0, chars)
        builder.offsets.append(end)
        out.append(Sentence(start, end, builder.text(), p0, p1, builder.offsets, builder.code_spans,
                            starts_at_node=bool(items) and items[0].kind in ("Node", "Break")))
    return out

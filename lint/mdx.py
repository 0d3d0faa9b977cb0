"""MDX files, read into the tree textlint-plugin-mdx gives textlint's rules.

textlint-plugin-mdx parses with remark-mdx (JSX, ``{expressions}``, ``import``/``export``),
remark-directive (``:::note``, ``::leaf``, ``:text``), remark-math (``$x$``, ``$$``) and
GFM, and renames what it finds:

- ``import``/``export`` blocks and ``{…}`` on lines of their own: ``CodeBlock``;
  ``{…}`` in text: ``Code``; ``{/* … */}`` either way: ``Comment`` (so
  ``{/* textlint-disable */}`` works as ``<!-- textlint-disable -->`` does in Markdown);
- a JSX element on lines of its own: ``Html``, with the Markdown between its tags as its
  children; a JSX element in text: a ``Paragraph`` inside the paragraph;
- directives: ``ContainerDirective``, ``LeafDirective``, ``TextDirective`` (an ASCII colon
  before a word is one: ``10:30です`` holds ``:30です``); math: ``math``, ``inlineMath``.

MDX has no indented code, no HTML and no ``<https://…>`` autolinks; ``<`` before a letter
opens a tag, and a tag or ``{`` left open is an error, as in textlint (there the whole file
becomes one "plugin-error"; here it is a ``parse`` problem at the place).

How: the constructs are found line by line, and masked in a copy of the text that the
Markdown parser then reads (a construct on lines of its own becomes empty ``#`` headings, so
that it ends a paragraph or list as MDX's does; one in text keeps its first and last
character and has ``x`` in between).  The tree is then mended: indented "code" is parsed
again as Markdown, the stand-ins become the nodes above, and the text nodes are cut around
the constructs in text.

>>> from postlint.markdown import parse
>>> from postlint.source import Source
>>> text = "import A from 'a'\\n\\n<A>\\n本文{x}です。\\n</A>\\n"
>>> doc = parse(Source.from_text(text), syntax="mdx")
>>> [(n.type, text[n.start:n.end]) for n in doc.walk()][1:]
[('CodeBlock', "import A from 'a'"), ('Html', '<A>\\n本文{x}です。\\n</A>'), ('Paragraph', '本文{x}です。'), ('Str', '本文'), ('Code', '{x}'), ('Str', 'です。')]
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from postlint.nodes import MAX_NESTING, Node
from postlint.text import _autolink_end


class MdxError(ValueError):
    """Text that MDX's parser refuses; ``offset``: where, in the whole file."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


# ------------------------------------------------------------------ characters

def _punctuation(ch: str) -> bool:
    """micromark's unicodePunctuation: Unicode's P and S categories."""
    return unicodedata.category(ch)[0] in "PS"


def _name_start(ch: str) -> bool:
    """A character that can start a JSX name (ID_Start, ``$``, ``_``)."""
    return ch.isidentifier() or ch == "$"


def _name_part(ch: str) -> bool:
    """A character of a JSX name after its first (ID_Continue, ``$``, ``-``)."""
    return ("a" + ch).isidentifier() or ch in "$-"


_SPACE = " \t"
_WHITE = " \t\r\n\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
         "\u2028\u2029\u202f\u205f\u3000\ufeff"  # JavaScript's \s


# ------------------------------------------------------------------ constructs

class _Construct:
    """One MDX construct: ``kind`` (esm, expression, tags, container, close, leaf, math for
    lines of their own; expression, tag, directive, math in text), ``start``/``end`` in the
    file, and what the kind carries."""

    __slots__ = ("kind", "start", "end", "items", "label", "name", "colons", "tag", "inner", "quotes")

    def __init__(self, kind: str, start: int, end: int, **more) -> None:
        self.kind, self.start, self.end = kind, start, end
        self.items = more.get("items")  # tags: [(kind, start, end, tag kind, name)]
        self.label = more.get("label")  # directives: (start, end) of "[label]"
        self.name = more.get("name")  # a tag in text: its name
        self.colons = more.get("colons", 0)  # a container directive's fence
        self.tag = more.get("tag")  # a tag in text: open, close or self (closing)
        self.quotes = more.get("quotes", 0)  # a container directive: the block quotes its line is in
        self.inner = more.get("inner")  # math: (start, end) of the formula


def _js_end(text: str, at: int) -> int:
    """The end of the ``{…}`` expression opening at ``at`` (braces in strings and comments
    left out of the count), or -1 when it never closes.

    >>> _js_end("{a({b: '}'})} x", 0)
    13
    """
    depth, i, n = 0, at, len(text)
    while i < n:
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        elif ch in "'\"`":
            close = text.find(ch, i + 1)
            while close > 0 and text[close - 1] == "\\":
                close = text.find(ch, close + 1)
            line_end = text.find("\n", i)
            if close > 0 and (ch == "`" or line_end < 0 or close < line_end):
                i = close  # (a string in quotes ends on its line; one that does not is no string)
        elif ch == "/" and text.startswith("/*", i):
            close = text.find("*/", i + 2)
            if close < 0:
                return -1
            i = close + 1
        elif ch == "/" and text.startswith("//", i):
            close = text.find("\n", i)
            i = n if close < 0 else close
            continue
        i += 1
    return -1


# Syntax newer than esprima's ES2017 that MDX's acorn reads: where esprima stops on code that
# has any of it, the code is given the benefit of the doubt.
_NEWER_SYNTAX = re.compile(r"\?\.|\?\?|\bimport\.meta\b|\*\*=|\|\|=|&&=|\bcatch\s*\{|\bclass\s+[A-Za-z_$][\w$]*\s*(?:extends\b[^{]*)?\{|\b\d[\d_]*n\b|\d_\d"
                           r"|\basync\s+function\s*\*|\bfor\s+await\b|\bexport\s*\*\s*as\b")


def _check_javascript(text: str, start: int, end: int, module: bool) -> None:
    """Raise :class:`MdxError` where ``text[start:end]`` (a ``{…}`` expression, or an
    import/export block when ``module``) is not JavaScript, as MDX's parser refuses it.
    esprima (ES2017 with JSX) reads it; an expression may be empty or only comments.

    >>> _check_javascript("{props.title}", 0, 13, False)
    >>> try:
    ...     _check_javascript("{ color: red; }", 0, 15, False)
    ... except MdxError as exc:
    ...     print(exc.offset, exc)
    7 MDX: this {…} is not a JavaScript expression (Unexpected token :); write \\{ for a brace in text
    """
    import esprima

    code = text[start:end]
    try:
        if module:
            esprima.parseModule(code, {"jsx": True})
        else:
            try:
                esprima.parseScript("(" + code[1:-1] + "\n)", {"jsx": True})
            except esprima.Error:
                if esprima.tokenize(code[1:-1]):
                    raise
    except esprima.Error as exc:
        if _NEWER_SYNTAX.search(code):
            return
        reason = exc.message.split(": ", 1)[-1]
        what = "this import/export block is not a JavaScript module" if module else \
            "this {…} is not a JavaScript expression"
        hint = " (such a block runs to the next blank line: leave one after it)" if module else \
            "; write \\{ for a brace in text"
        raise MdxError(f"MDX: {what} ({reason}){hint}", min(start + exc.index, end - 1)) from None


def _tag(text: str, at: int, limit: int | None = None) -> tuple[int, str, str]:
    """The JSX tag at ``at`` (a ``<``): its end, kind (open, close, self) and name (empty
    for a fragment); a tag in text must end before ``limit``, its paragraph's end.  Raises
    :class:`MdxError` where MDX's parser stops.

    >>> _tag('<Tab value="a" {...p}>x', 0)
    (22, 'open', 'Tab')
    >>> _tag("</ Tab >", 0)
    (8, 'close', 'Tab')
    """
    n = len(text) if limit is None else limit

    def skip(i: int) -> int:
        while i < n and text[i] in _WHITE:
            i += 1
        return i

    def fail(i: int, what: str):
        found = ("end of file" if limit is None else "end of the paragraph") if i >= n else f"character {text[i]!r}"
        return MdxError(f"MDX: unexpected {found} {what}", i)

    i = skip(at + 1)
    kind = "open"
    if i < n and text[i] == "/":
        kind, i = "close", skip(i + 1)
    name_start = i
    if i < n and text[i] != ">":
        if not _name_start(text[i]):
            hint = " (MDX has no HTML comments: write {/* … */})" if text.startswith("!--", i) else ""
            raise fail(i, "in a tag, where a name should start" + hint)
        while i < n and (_name_part(text[i]) or text[i] in ".:"):
            if text[i] in ".:" and (i + 1 >= n or not _name_start(text[i + 1])):
                raise fail(i + 1, f"in the tag name {text[name_start:i + 1]!r}" + (
                    " (MDX has no <https://…> links: write [text](url))" if text[i] == ":" else ""))
            i += 1
    name = text[name_start:i]
    while True:
        i = skip(i)
        if i >= n:
            raise fail(i, f"in the tag <{name}>: it never ends")
        ch = text[i]
        if ch == ">":
            return i + 1, kind, name
        if ch == "/" and kind == "open":
            i = skip(i + 1)
            if i < n and text[i] == ">":
                return i + 1, "self", name
            raise fail(i, f"after the '/' of <{name}>")
        if ch == "{":
            end = _js_end(text, i)
            if end < 0 or end > n:
                raise fail(i, f"in the tag <{name}>: a '{{' that never closes")
            if not text[i + 1:end - 1].strip().startswith("..."):
                raise MdxError(f"MDX: in the tag <{name}>, a {{…}} without a name must spread an object "
                               "({...props})", i + 1)
            i = end
        elif _name_start(ch) and kind == "open":
            while i < n and (_name_part(text[i]) or text[i] == ":"):
                i += 1
            j = skip(i)
            if j < n and text[j] == "=":
                j = skip(j + 1)
                if j < n and text[j] in "'\"":
                    close = text.find(text[j], j + 1, n)
                    if close < 0:
                        raise fail(n, f"in a value of <{name}>")
                    i = close + 1
                elif j < n and text[j] == "{":
                    end = _js_end(text, j)
                    if end < 0 or end > n:
                        raise fail(j, f"in the tag <{name}>: a '{{' that never closes")
                    i = end
                else:
                    raise fail(j, f"in the tag <{name}>, where a value should be")
        else:
            raise fail(i, f"in the tag <{name}>")


def _directive_name_end(text: str, at: int) -> int:
    """Where the directive name starting at ``at`` (just after its colons) ends, or -1:
    characters that are neither white space nor punctuation (``-`` and ``_`` but not at
    its end), as remark-directive reads a name."""
    i, n = at, len(text)
    if i >= n or text[i] in _WHITE or _punctuation(text[i]):
        return -1
    while i < n and text[i] not in _WHITE and (not _punctuation(text[i]) or text[i] in "-_"):
        i += 1
    return -1 if text[i - 1] in "-_" else i


def _bracketed(text: str, at: int, open_: str, close: str) -> int:
    """The end of a balanced ``[…]`` (or ``{…}``) at ``at`` that stays in its paragraph, or -1."""
    depth, i, n = 0, at, len(text)
    while i < n:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == open_:
            depth += 1
        elif ch == close:
            depth -= 1
            if depth == 0:
                return i + 1
        elif ch == "\n" and text[i + 1:text.find("\n", i + 1) if "\n" in text[i + 1:] else n].strip() == "":
            return -1
        i += 1
    return -1


def _directive_tail(text: str, at: int) -> tuple[int, tuple[int, int] | None]:
    """After a directive's name: its ``[label]`` (if any) and ``{attributes}``; returns the
    end and the label's range."""
    label = None
    if at < len(text) and text[at] == "[":
        end = _bracketed(text, at, "[", "]")
        if end > 0:
            label, at = (at, end), end
    if at < len(text) and text[at] == "{":
        end = _bracketed(text, at, "{", "}")
        if end > 0:
            at = end
    return at, label


# Containers' prefixes before a line's content: block quote marks, list markers, white space.
_PREFIX = re.compile(r"(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*")
_FENCE = re.compile(r"(`{3,}|~{3,})")
_ESM = re.compile(r"(?:import|export) ")
_ATX = re.compile(r"#{1,6}(?:[ \t]|$)")
_ITEM = re.compile(r"(?:[-+*]|\d{1,9}[.)])[ \t]")
_LAST_MARKER = re.compile(r".*(?:>|[-+*]|\d{1,9}[.)])(?= |$)")  # (greedy: up to the last one)
# what can interrupt a paragraph: a list item with text (an ordered one from 1), a heading, a
# block quote, a code fence, a thematic break
_INTERRUPTS = re.compile(r"(?:[-+*]|1[.)])[ \t]+\S|#{1,6}(?:[ \t]|$)|>|`{3}|~{3}|"
                         r"(?:\*[ \t]*){3,}$|(?:-[ \t]*){3,}$|(?:_[ \t]*){3,}$")
_DEFINITION = re.compile(r"""\[(?:[^\]\\]|\\.)+\]:[ \t]*(?:<[^>\n]*>|\S+)"""
                         r"""(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$""")
# Docusaurus's heading id ("## 導入 {#setup}"): MDX refuses it as JavaScript, but Docusaurus
# takes it off before MDX reads the file; postlint reads it as text, as in Markdown
_HEADING_ID = re.compile(r"[ \t]\{#[\w-]+\}[ \t]*$", re.M)


class _Scan:
    """The constructs of ``text[base:]`` and the masked copy of ``text`` the Markdown parser
    reads instead."""

    def __init__(self, text: str, base: int) -> None:
        self.text = text
        self.flow: dict[int, _Construct] = {}  # the stand-in's offset -> construct
        self.extra: set[int] = set()  # the offsets of stand-ins after a construct's first line
        self.inline: list[_Construct] = []
        self.breaks: list[int] = []  # line starts the Markdown parser is to read a blank line before
        self.mask = list(text)
        self._lines(base)

    # masking
    def _stand_in(self, construct: _Construct) -> None:
        """Every line of a construct on lines of its own becomes an empty ``#`` heading."""
        text, first = self.text, True
        pos = construct.start
        while pos < construct.end:
            stop = text.find("\n", pos, construct.end)
            stop = construct.end if stop < 0 else stop
            at = pos if first else _PREFIX.match(text, pos, stop).end()
            if at < stop:
                self.mask[at] = "#"
                for k in range(at + 1, stop):
                    self.mask[k] = " "
                if first:
                    self.flow[at] = construct
                else:
                    self.extra.add(at)
                first = False
            pos = stop + 1

    def _hide(self, start: int, end: int, keep_ends: bool) -> None:
        """Hide ``text[start:end]`` from the Markdown parser (white space stays, so that the
        lines it runs over keep their indentation)."""
        for k in range(start + keep_ends, end - keep_ends):
            if self.mask[k] not in " \t\r\n":
                self.mask[k] = "x"

    # lines
    def _lines(self, base: int) -> None:
        text = self.text
        n = len(text)
        pos = base
        run: list[tuple[int, int]] = []  # the lines of the paragraph being read
        fence = None  # the opening fence of the code block being skipped
        math = None  # the construct of the math block being read
        opened_in = ""  # the containers' prefix of the fence or math block's first line
        containers: list[_Construct] = []
        while pos <= n:
            stop = text.find("\n", pos)
            stop = n if stop < 0 else stop
            at = _PREFIX.match(text, pos, stop).end()
            rest = text[at:stop]
            blank = not rest.strip()
            if (fence is not None or math is not None) and not blank and _left(opened_in, text[pos:at]):
                fence = None  # (an unclosed block ends with its container)
                if math is not None:
                    math.end = len(text[:pos].rstrip())
                    math.inner = (math.inner[0], max(math.inner[0], math.end))
                    self._stand_in(math)
                    math = None
            if fence is not None:
                marker = _FENCE.match(rest)
                if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence) \
                        and not rest[marker.end():].strip():
                    fence = None
            elif math is not None:
                if rest.startswith("$$"):
                    math.end = at + len(rest.rstrip())
                    math.inner = (math.inner[0], pos)
                    self._stand_in(math)
                    math = None
            elif (marker := _FENCE.match(rest)) is not None and not (marker.group(1)[0] == "`" and "`" in rest[marker.end():]):
                self._text_run(run)
                fence, opened_in = marker.group(1), text[pos:at]
            elif rest.startswith("$$"):
                self._text_run(run)
                math, opened_in = _Construct("math", at, n, inner=(stop + 1, n)), text[pos:at]
            elif pos == at and not run and _ESM.match(rest):  # (it cannot interrupt a paragraph)
                self._text_run(run)
                end = stop
                while end < n:
                    nxt = text.find("\n", end + 1)
                    nxt = n if nxt < 0 else nxt
                    if not text[end + 1:nxt].strip():
                        break
                    end = nxt
                _check_javascript(text, at, end, module=True)
                self._stand_in(_Construct("esm", at, end))
                stop = end
            elif rest[:1] in ("<", "{") and (end := self._flow_items(at)) is not None:
                self._text_run(run)
                stop = end
            elif rest.startswith(":::") and self._container(at, stop, containers, text[pos:at].count(">")):
                self._text_run(run)
            elif rest.startswith("::") and not rest.startswith(":::") and self._leaf(at, stop):
                self._text_run(run)
            elif blank or (not run and _DEFINITION.match(rest)):  # (a definition's URL is no text)
                self._text_run(run)
            elif _ATX.match(rest):
                self._text_run(run)
                heading_id = _HEADING_ID.search(text, at, stop)
                self._text_run([(at, heading_id.start() if heading_id else stop)])
            else:
                if run and self._interrupts(run[0][0], pos, stop):
                    self._text_run(run)
                    self.breaks.append(pos)
                elif run and _ITEM.search(text, pos, at):  # (a list item starts a paragraph of its own)
                    self._text_run(run)
                run.append((at, stop))
            pos = stop + 1
        self._text_run(run)
        if math is not None:
            math.end = n
            self._stand_in(math)

    def _flow_items(self, at: int) -> int | None:
        """The end of the line of JSX tags and expressions at ``at``, if nothing else is on
        it (then they are recorded and masked), else None."""
        text, n = self.text, len(self.text)
        items, i = [], at
        while i < n and text[i] in "<{":
            if text[i] == "<":
                if i + 1 >= n or text[i + 1] in _WHITE:
                    return None
                end, kind, name = _tag(text, i)
                items.append(("tag", i, end, kind, name))
            else:
                end = _js_end(text, i)
                if end < 0:
                    raise MdxError("MDX: a '{' that never closes", i)
                _check_javascript(text, i, end, module=False)
                items.append(("expression", i, end, None, None))
            i = end
            while i < n and text[i] in _SPACE:
                i += 1
        if i < n and text[i] not in "\r\n":
            return None
        self._stand_in(_Construct("tags", at, i, items=items))
        return i

    def _container(self, at: int, stop: int, open_: list[_Construct], quotes: int) -> bool:
        """A ``:::name`` line opening a container directive, or a ``:::`` line closing one
        (``quotes``: how many block quotes the line is in; a fence closes only a container
        opened in as many)."""
        text = self.text
        colons = len(text[at:stop]) - len(text[at:stop].lstrip(":"))
        after = at + colons
        if not text[after:stop].strip():
            # the outermost container it can close closes, and those inside it with it: each
            # looks for its closing fence before its content does (nest with more colons outside)
            outer = next((j for j, c in enumerate(open_) if colons >= c.colons and c.quotes == quotes), None)
            if outer is None:
                return False
            self._stand_in(_Construct("close", at, after, colons=len(open_) - outer))  # (how many)
            del open_[outer:]
            return True
        name_end = _directive_name_end(text, after)
        if name_end < 0:
            return False
        end, label = _directive_tail(text, name_end)
        if text[end:stop].strip():
            return False
        construct = _Construct("container", at, end, label=label, colons=colons, quotes=quotes)
        self._stand_in(construct)
        open_.append(construct)
        return True

    def _leaf(self, at: int, stop: int) -> bool:
        """A ``::name[label]{attributes}`` line."""
        name_end = _directive_name_end(self.text, at + 2)
        if name_end < 0:
            return False
        end, label = _directive_tail(self.text, name_end)
        if self.text[end:stop].strip():
            return False
        self._stand_in(_Construct("leaf", at, end, label=label))
        return True

    def _interrupts(self, first: int, pos: int, stop: int) -> bool:
        """Whether the line ``text[pos:stop]`` starts a block that ends the paragraph whose
        first line's text starts at ``first``, though it is indented four columns more: MDX,
        with no indented code, reads ``    - 項目`` after a paragraph line as a list, where
        CommonMark reads more of the paragraph.

        >>> scan = _Scan("手順:\\n    - 一つ目\\n", 0)
        >>> scan.breaks
        [4]
        """
        text = self.text
        prefix = text[text.rfind("\n", 0, first) + 1:first].expandtabs(4)  # the first line's
        marker = _LAST_MARKER.match(prefix)
        content_column = marker.end() + 1 if marker else 0  # where its container's content starts
        line = text[pos:stop]
        blanks = len(line) - len(line.lstrip(" \t"))
        return len(line[:blanks].expandtabs(4)) >= content_column + 4 and _INTERRUPTS.match(line, blanks) is not None

    # text
    def _text_run(self, run: list[tuple[int, int]]) -> None:
        """Find the constructs in the lines of one paragraph (or heading), pair its tags, and
        empty ``run``."""
        if not run:
            return
        text = self.text
        start, end = run[0][0], run[-1][1]
        found: list[_Construct] = []
        i, brackets = start, 0  # brackets: "[" not closed yet
        while i < end:
            ch = text[i]
            if ch == "\\":
                i += 2
            elif ch == "`":
                ticks = len(text[i:end]) - len(text[i:end].lstrip("`"))
                close = re.compile(r"(?<!`)`{%d}(?!`)" % ticks).search(text, i + ticks, end)
                i = close.end() if close else i + ticks
            elif ch == "<":
                if i + 1 >= end:  # (before a line break inside the paragraph, it is text)
                    raise MdxError("MDX: the paragraph ends after '<' (write &lt; for a '<' in text)", i + 1)
                if text[i + 1] in _WHITE:
                    i += 1
                    continue
                tag_end, kind, name = _tag(text, i, end)
                found.append(_Construct("tag", i, tag_end, name=name, tag=kind))
                self._hide(i, tag_end, len(name) > 0 or kind == "close")
                i = tag_end
            elif ch == "{":
                close = _js_end(text, i)
                if close < 0 or close > end:
                    raise MdxError("MDX: a '{' that never closes", i)
                _check_javascript(text, i, close, module=False)
                found.append(_Construct("expression", i, close))
                self._hide(i, close, True)
                i = close
            elif ch == "$":
                dollars = len(text[i:end]) - len(text[i:end].lstrip("$"))
                close = re.compile(r"(?<!\$)\${%d}(?!\$)" % dollars).search(text, i + dollars, end)  # (no escapes in math)
                if close and close.start() > i + dollars:
                    found.append(_Construct("inlineMath", i, close.end(), inner=(i + dollars, close.start())))
                    self._hide(i, close.end(), True)
                    i = close.end()
                else:
                    i += dollars
            elif ch == ":" and (i == 0 or text[i - 1] != ":"):
                name_end = _directive_name_end(text, i + 1)
                if name_end < 0 or (name_end < end and text[name_end] == ":"):
                    i += 1
                    continue
                tail, label = _directive_tail(text, name_end)
                found.append(_Construct("directive", i, tail, label=label))
                if label:  # its brackets are no link's (the directive comes first)
                    self.mask[label[0]] = self.mask[label[1] - 1] = "x"
                if tail > (label[1] if label else name_end):
                    self._hide((label[1] if label else name_end), tail, True)
                i = tail
            elif ch == "[":
                brackets += 1
                i += 1
            elif ch == "]" and brackets:
                brackets -= 1
                destination = _LINK_TAIL.match(text, i + 1)  # (MDX's constructs are text's, not a
                i = destination.end() if destination else i + 1  # link destination's)
            elif ch in "hHwW" and _URL.match(text, i, end) and (url_end := _autolink_end(text, i, end, start)) > i:
                i = url_end  # (a bare URL: GFM's autolink literal comes first)
            else:
                i += 1
        self.inline += _paired(found)
        run.clear()


_URL = re.compile(r"(?i)https?://|www\.")
# a link's destination and title after its "]": on one line, parentheses balanced one deep
_LINK_TAIL = re.compile(r"""\((?:<[^<>\n]*>|(?!<)(?:[^\s()\\]|\\.|\([^\s()]*\))*)"""
                        r"""(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)""")


def _left(opened_in: str, prefix: str) -> bool:
    """Whether a line with the containers' ``prefix`` lies outside the block quote or list
    item a block opened with ``opened_in`` is in (a code or math block cannot be lazy).

    >>> _left("> ", ""), _left("> ", "> "), _left("- ", "  "), _left("- ", ""), _left("", "")
    (True, False, False, True, False)
    >>> _left("*  ", "*   "), _left("- ", "  - ")
    (True, False)
    """
    if prefix.count(">") < opened_in.count(">"):
        return True
    if not any(mark in opened_in for mark in "-+*.)"):
        return False
    column, prefix = len(opened_in.expandtabs(4)), prefix.expandtabs(4)
    item = _ITEM.search(prefix)  # (a list item starting left of the content: the block is over)
    return len(prefix) < column or (item is not None and item.start() < column)


def _paired(found: list[_Construct]) -> list[_Construct]:
    """The constructs of one paragraph with its JSX tags paired into elements (kind
    ``element``: ``inner`` is what lies between the tags)."""
    out, stack = [], []
    for c in found:
        if c.kind != "tag":
            out.append(c)
        elif c.tag == "open":
            stack.append(c)
            if len(stack) > MAX_NESTING:
                raise MdxError(f"MDX: elements nested more than {MAX_NESTING} deep; not linted", c.start)
        elif c.tag == "self":
            out.append(_Construct("element", c.start, c.end, inner=(c.end, c.end)))
        else:
            if not stack or stack[-1].name != c.name:
                expected = f", expected </{stack[-1].name}>" if stack else ""
                raise MdxError(f"MDX: unexpected closing tag </{c.name}>{expected}", c.start)
            opening = stack.pop()
            out.append(_Construct("element", opening.start, c.end, inner=(opening.end, c.start)))
    if stack:
        raise MdxError(f"MDX: <{stack[-1].name}> is not closed in its paragraph", stack[-1].start)
    return out


# ------------------------------------------------------------------ the tree

def parse_mdx(text: str, base: int, doc: Node) -> None:
    """Add the tree of the MDX ``text[base:]`` to ``doc`` (its front matter is there already)."""
    from postlint.markdown import _parse_markdown

    scan = _Scan(text, base)
    masked = "".join(scan.mask)
    _parse_markdown(masked, base, doc, micromark2=False, blank_before=[b - base for b in scan.breaks])
    _unindent_code(doc, masked)
    if "|" in masked:
        for row in (n for n in doc.walk() if n.type == "TableRow"):
            _cells_before_pipes(row, text)
    _flow_nodes(doc, scan, text)
    if scan.inline:
        _put_inline(doc, sorted(scan.inline, key=lambda c: (c.start, -c.end)), text)


_MAX_UNINDENT = 50  # code blocks in code blocks read again (four columns less each time)


def _unindent_code(node: Node, masked: str, depth: int = 0) -> None:
    """Parse each indented code block (MDX has none) again as Markdown, in place."""
    from postlint.markdown import _code_lines, _parse_markdown

    out: list[Node] = []
    after_code = False  # whether ``out`` ends with what was indented code
    for child in node.children:
        if child.type == "CodeBlock" and not masked.startswith(("```", "~~~"), child.start):
            lines = _code_lines(masked, child, fenced=False)
            fragment = "\n".join(content for _, content in lines)
            if depth < _MAX_UNINDENT and fragment != masked[child.start:child.end]:  # (else a tab the
                sub = Node("Document", 0, len(fragment))  # two parsers count apart took nothing off)
                _parse_markdown(fragment, 0, sub, micromark2=False)
                _unindent_code(sub, fragment, depth + 1)
                _shift(sub, lines)
                for n in sub.children:
                    n.parent = node
                out += sub.children
                after_code = bool(sub.children)
                continue
        elif child.children and child.type not in ("CodeBlock", "Html"):
            _unindent_code(child, masked, depth)
        if after_code and _joined(out[-1], child, masked):
            continue
        out.append(child)
        after_code = False
    node.children = out


def _shift(sub: Node, lines: list[tuple[int, str]]) -> None:
    """Move the nodes of a fragment made of ``lines`` (each with its offset in the file) to
    their places in the file."""
    starts, shift = [], []
    at = 0
    for offset, content in lines:
        starts.append(at)
        shift.append(offset - at)
        at += len(content) + 1
    for n in sub.walk():
        start, end = n.start, n.end
        n.start = start + shift[bisect.bisect_right(starts, start) - 1]
        n.end = end + shift[bisect.bisect_right(starts, max(end - 1, start)) - 1]


def _joined(last: Node, following: Node, text: str) -> bool:
    """Join ``following`` into ``last`` when ``last`` is a paragraph (the end of what was
    indented code) and ``following`` one on the next line: MDX reads that line as the
    paragraph's lazy continuation.

    >>> last, following = Node("Paragraph", 0, 1, [Node("Str", 0, 1)]), Node("Paragraph", 2, 3, [Node("Str", 2, 3)])
    >>> _joined(last, following, "a\\nb"), [(n.type, n.start, n.end) for n in last.walk()]
    (True, [('Paragraph', 0, 3), ('Str', 0, 3)])
    """
    if last.type != "Paragraph" or following.type != "Paragraph" or text.count("\n", last.end, following.start) != 1:
        return False
    head, tail = last.children, following.children
    if head and tail and head[-1].type == tail[0].type == "Str":
        head[-1].end = tail[0].end
        tail = tail[1:]
    for child in tail:
        child.parent = last
    last.children = head + tail
    last.end = following.end
    return True


def _cells_before_pipes(row: Node, text: str) -> None:
    """Cells as the GFM parser of textlint-plugin-mdx has them: each from its opening pipe
    to the next cell's (the Markdown path's end after their closing pipe, see
    ``markdown._cells_as_in_textlint``).

    >>> row = Node("TableRow", 0, 9, [Node("TableCell", 0, 5), Node("TableCell", 5, 9)])
    >>> _cells_before_pipes(row, "| a | b |")
    >>> [(c.start, c.end) for c in row.children]
    [(0, 4), (4, 9)]
    """
    cells = row.children
    for before, after in zip(cells, cells[1:]):
        if text[before.end - 1] == "|" and before.end - 1 > before.start:
            before.end -= 1
            after.start = before.end


def _flow_nodes(node: Node, scan: _Scan, text: str) -> None:
    """Put the constructs on lines of their own in place of their stand-ins, under ``node``."""
    out: list[Node] = []
    stack: list[tuple[str, int, int, int]] = []  # (kind or tag name, start, end, where its children start)
    for child in node.children:
        if child.type == "Header" and child.start in scan.extra and not child.children:
            continue
        construct = scan.flow.get(child.start) if child.type == "Header" and not child.children else None
        if construct is None:
            if child.children:  # (stand-ins are blocks: no leaf holds one)
                _flow_nodes(child, scan, text)
            out.append(child)
            continue
        kind = construct.kind
        if kind == "esm":
            out.append(_value_node("CodeBlock", construct.start, construct.end, text[construct.start:construct.end]))
        elif kind == "math":
            inner = text[construct.inner[0]:construct.inner[1]].rstrip("\n")
            out.append(Node("math", construct.start, construct.end, data={"value": inner}))
        elif kind == "leaf":
            out.append(_directive("LeafDirective", construct, text))
        elif kind == "container":
            stack.append(("::container", construct.start, construct.end, len(out)))
            if len(stack) > MAX_NESTING:
                raise MdxError(f"MDX: directives nested more than {MAX_NESTING} deep; not linted", construct.start)
            out.append(_directive("ContainerDirective", construct, text))
        elif kind == "close":
            for closing in range(construct.colons):
                if not stack or stack[-1][0] != "::container":
                    if stack:
                        raise MdxError(f"MDX: <{stack[-1][0]}> is not closed before the ::: that ends its "
                                       "directive", stack[-1][1])
                    break
                inner_end = text.rfind("\n", 0, construct.start) + 1  # (an inner one ends at the fence's line)
                _close(out, stack, "::container", construct.end if closing == construct.colons - 1 else inner_end)
        else:
            for item, start, end, tag_kind, name in construct.items:
                if item == "expression":
                    out.append(_expression(start, end, text, flow=True))
                elif tag_kind == "self":
                    out.append(Node("Html", start, end))
                elif tag_kind == "open":
                    stack.append((name, start, end, len(out)))
                    if len(stack) > MAX_NESTING:
                        raise MdxError(f"MDX: elements nested more than {MAX_NESTING} deep; not linted", start)
                else:
                    if not stack or stack[-1][0] != name:
                        expected = f", expected </{stack[-1][0]}>" if stack else ""
                        raise MdxError(f"MDX: unexpected closing tag </{name}>{expected}", start)
                    _close(out, stack, name, end)
    while stack:
        name, start, _, _ = stack[-1]
        if name != "::container":
            raise MdxError(f"MDX: <{name}> is never closed", start)
        _close(out, stack, name, max([node.end, *(c.end for c in out)]))
    for child in out:
        child.parent = node
    node.children = out


def _close(out: list[Node], stack: list, name: str, end: int) -> None:
    """Wrap what ``out`` gained since the top of ``stack`` opened into its node."""
    _, start, _, at = stack.pop()
    if name == "::container":
        wrapper = out[at]
        wrapper.end = max(end, wrapper.end, *(child.end for child in out[at + 1:]))
        wrapper.children += out[at + 1:]
        del out[at + 1:]
    else:
        wrapper = Node("Html", start, end, out[at:])
        out[at:] = [wrapper]
    for child in wrapper.children:
        child.parent = wrapper


def _value_node(kind: str, start: int, end: int, value: str) -> Node:
    return Node(kind, start, end, data={"value": value})


_COMMENT = re.compile(r"/\*[\s\S]*\*/")


def _expression(start: int, end: int, text: str, flow: bool) -> Node:
    """``{…}``: a Comment when it holds only a comment, else a CodeBlock (``flow``) or Code."""
    value = text[start + 1:end - 1]
    if _COMMENT.fullmatch(value):
        return _value_node("Comment", start, end, value[2:-2])
    return _value_node("CodeBlock" if flow else "Code", start, end, value)


def _label_nodes(start: int, end: int, text: str) -> list[Node]:
    """The inline nodes of ``text[start:end]`` (a directive's label), at their offsets."""
    from postlint.markdown import _parse_markdown

    sub = Node("Document", 0, end - start)
    _parse_markdown(text[start:end], 0, sub, micromark2=False)
    children = [c for block in sub.children for c in block.children]
    for n in (m for c in children for m in c.walk()):
        n.start += start
        n.end += start
    return children


def _directive(kind: str, construct: _Construct, text: str) -> Node:
    node = Node(kind, construct.start, construct.end)
    if construct.label and construct.label[1] - construct.label[0] > 2:
        start, end = construct.label
        children = _label_nodes(start + 1, end - 1, text)
        if kind == "ContainerDirective":  # its label is a paragraph of its own
            children = [Node("Paragraph", start, end, children)]
        node.children = children
        for child in children:
            child.parent = node
            for n in child.children:
                n.parent = child
    return node


def _put_inline(node: Node, items: list[_Construct], text: str) -> None:
    """Put the constructs in text ``items`` (inside ``node``; sorted by start, an outer one
    before those inside it) in place of the nodes that cover them: one pass over ``node``'s
    children, going down into a child that holds a construct whole.  A construct that
    crosses other markup is left as the Markdown parser read it."""
    children = list(node.children)
    out: list[Node] = []
    k = i = 0
    while i < len(items):
        item = items[i]
        j = i + 1
        while j < len(items) and items[j].start < item.end:
            j += 1
        nested, i = items[i + 1:j], j
        while k < len(children) and children[k].end <= item.start:
            out.append(children[k])
            k += 1
        holder = children[k] if k < len(children) else None
        if holder is not None and holder.children and holder.start <= item.start and item.end <= holder.end:
            inside = [item, *nested]
            while i < len(items) and items[i].end <= holder.end:
                inside.append(items[i])
                i += 1
            _put_inline(holder, inside, text)
            continue
        m = k
        while m < len(children) and children[m].start < item.end:
            m += 1
        covered = children[k:m]
        if any(c.type != "Str" and (c.start < item.start or c.end > item.end) for c in covered):
            continue  # (its children go on to ``out`` with the ones after it)
        if covered and covered[0].start < item.start:
            out.append(Node("Str", covered[0].start, item.start))
        made, keep = _inline_construct(item, text)
        if keep is not None:
            for child in covered:
                if child.type == "Str":
                    if max(child.start, keep[0]) < min(child.end, keep[1]):
                        made.children.append(Node("Str", max(child.start, keep[0]), min(child.end, keep[1])))
                elif keep[0] <= child.start and child.end <= keep[1]:
                    made.children.append(child)
            if nested:
                _put_inline(made, nested, text)
            for child in made.children:
                child.parent = made
        out.append(made)
        k = m
        if covered and covered[-1].end > item.end:  # the text after it: read again with the rest
            k -= 1
            children[k] = Node("Str", item.end, covered[-1].end)
    out += children[k:]
    for child in out:
        child.parent = node
    node.children = out


def _inline_construct(construct: _Construct, text: str) -> tuple[Node, tuple[int, int] | None]:
    """The node a construct in text becomes, and the range of what it keeps as its children
    (an element's content, a directive's label), if any."""
    start, end, kind = construct.start, construct.end, construct.kind
    if kind == "expression":
        return _expression(start, end, text, flow=False), None
    if kind == "inlineMath":
        return _value_node("inlineMath", start, end, text[construct.inner[0]:construct.inner[1]]), None
    if kind == "element":
        return Node("Paragraph", start, end), construct.inner
    label = construct.label
    return Node("TextDirective", start, end), (label[0] + 1, label[1] - 1) if label else None

"""The text of one file and the arithmetic of positions in it.

Offsets inside postlint are Python ``str`` indices into the whole file (front
matter included, BOM excluded).  Lines are 1-based; columns are 0-based here
and become 1-based only in formatters.  textlint counts in UTF-16 code units,
so :meth:`Source.utf16` converts an offset for the formats that promise it.

>>> src = Source.from_text("a\\r\\nb😀c")
>>> src.position(4), src.newline
((2, 1), '\\r\\n')
>>> src.utf16(5)
6
"""

from __future__ import annotations

import bisect
import os
import re
from itertools import accumulate

from postlint.record import Record

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
_LINE_FEED = re.compile("\n")
ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # a character that is a UTF-16 surrogate pair
_BINARY_SAMPLE = 8192


def _looks_binary(data: bytes) -> bool:
    """NUL bytes beyond a stray one or two (real posts do carry a stray NUL) mean binary.

    >>> _looks_binary(b"a long line of text " * 9 + b"\\x00"), _looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    (False, True)
    """
    sample = data[:_BINARY_SAMPLE]
    nuls = sample.count(b"\x00")
    return nuls > 0 and (nuls > 2 or nuls * 100 > len(sample))


# Larger files are not linted: a post is rarely over 1 MB (the corpus's largest is 60 KB),
# and a 28 MB file took a quarter of an hour and gigabytes of memory.
MAX_BYTES = 10 * 2**20


def refuse_if_too_large(size: int) -> None:
    """Raise :class:`SourceError` when ``size`` bytes are more than postlint lints."""
    if size > MAX_BYTES:
        raise SourceError(f"larger than the {MAX_BYTES / 2**20:g} MB postlint lints "
                          "(a post is rarely over 1 MB); not linted")


def refuse_text_if_too_large(text: str) -> None:
    """:func:`refuse_if_too_large` for a text already decoded (an editor's document): its
    UTF-8 size, measured only when it may be too large (a character is at most 4 bytes)."""
    if len(text) > MAX_BYTES // 4:
        refuse_if_too_large(len(text.encode("utf-8", "surrogatepass")))


def read_bounded(stream_or_path) -> bytes:
    """A file's bytes (a path, or a binary stream such as standard input), read no further
    than one byte past ``MAX_BYTES``: enough for :meth:`Source.from_bytes` to refuse a
    file too large, without holding a 30 GB one in memory or reading a device that never
    ends (``/dev/zero``).

    >>> import io
    >>> len(read_bounded(io.BytesIO(b"x" * (MAX_BYTES + 5)))) == MAX_BYTES + 1
    True
    """
    if isinstance(stream_or_path, (str, bytes, os.PathLike)):
        with open(stream_or_path, "rb") as handle:
            return handle.read(MAX_BYTES + 1)
    return stream_or_path.read(MAX_BYTES + 1)


class SourceError(Exception):
    """A file that cannot be read as text; carries the line where it went wrong."""

    def __init__(self, message: str, line: int = 1, column: int = 0):
        super().__init__(message)
        self.line = line
        self.column = column


def utf16_len(text: str) -> int:
    """``text.length`` in JavaScript: characters outside the BMP count 2.

    Counted by encoding the text as UTF-16 (at C speed; ``max(text)`` made a string of
    each character): two bytes a unit, a lone surrogate one unit as before.

    >>> utf16_len("a😀b"), utf16_len("あ\\ud800")
    (4, 2)
    """
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) >> 1


def astral_offsets(text: str) -> list[int]:
    """The offsets of ``text``'s characters beyond U+FFFF (two UTF-16 units each), in order.

    >>> astral_offsets("a😀b𠀋")
    [1, 3]
    """
    return [m.start() for m in ASTRAL.finditer(text)]


def line_starts(text: str) -> list[int]:
    r"""Offsets where the lines of ``text`` start (after CRLF, CR, LF, U+2028 and U+2029).

    >>> line_starts("a\nbc\r\nd"), line_starts("x")
    ([0, 2, 6], [0])
    """
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    # LF only (nearly every file): the lengths of the lines, summed without a Python loop
    return [0, *accumulate(map((1).__add__, map(len, text.split("\n")[:-1])))]


class Source(Record):
    """A file's text (without its BOM, if it had one: ``bom``), the line break it uses
    first (``newline``) and where its lines start."""

    _fields = ("text", "path", "bom", "encoding", "newline", "line_starts", "_astral", "_lf_starts")
    _repr_fields = ("text", "path", "bom", "encoding", "newline")

    def __init__(self, text: str, path: str = "<text>", bom: bool = False, encoding: str = "utf-8") -> None:
        self.text = text
        self.path = path
        self.bom = bom
        self.encoding = encoding  # the file's: "utf-8", "utf-16-le" or "utf-16-be" (written back so)
        first = _LINE_BREAK.search(text)
        self.newline = first.group() if first else "\n"
        self.line_starts = line_starts(text)
        self._astral: list[int] | None = None  # offsets of characters beyond U+FFFF (made when asked)
        self._lf_starts: list[int] | None = None  # (lf_line_starts, found when asked)

    @classmethod
    def from_text(cls, text: str, path: str = "<text>") -> "Source":
        bom = text.startswith("\ufeff")
        return cls(text[1:] if bom else text, path=path, bom=bom)

    @classmethod
    def from_bytes(cls, data: bytes, path: str = "<bytes>") -> "Source":
        """Decode UTF-8 (with or without BOM) or UTF-16 with BOM.

        Raises :class:`SourceError` naming the line of the first bad byte, or
        saying the file looks binary or is too large (over ``MAX_BYTES``).
        """
        refuse_if_too_large(len(data))
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            encoding = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
            try:
                return cls(data[2:].decode(encoding), path, bom=True, encoding=encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(f"cannot decode as UTF-16: {exc.reason}") from exc
        if _looks_binary(data):
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            raise SourceError("binary file (NUL bytes), or UTF-16 without a BOM; not linted", line)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            head = data[: exc.start]
            line = head.count(b"\n") + 1
            column = len(head[head.rfind(b"\n") + 1:].decode("utf-8", "replace"))
            raise SourceError(
                f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at byte offset {exc.start}); "
                "save the file as UTF-8",
                line,
                column,
            ) from exc
        return cls.from_text(text, path)

    # -- positions -----------------------------------------------------------
    def position(self, offset: int) -> tuple[int, int]:
        """(line 1-based, column 0-based in str characters) of an offset."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index]

    def offset(self, line: int, column: int = 0) -> int:
        """Inverse of :meth:`position` (line 1-based, column 0-based)."""
        line = max(1, min(line, len(self.line_starts)))
        return min(self.line_starts[line - 1] + column, len(self.text))

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n\u2028\u2029")

    def utf16(self, offset: int) -> int:
        """The UTF-16 code-unit offset of a str offset (textlint's unit)."""
        if self._astral is None:
            self._astral = astral_offsets(self.text)
        return offset + bisect.bisect_left(self._astral, offset)

    def utf16_position(self, offset: int) -> tuple[int, int]:
        """(line, 0-based UTF-16 column) as textlint reports them."""
        line, _ = self.position(offset)
        start = self.line_starts[line - 1]
        return line, self.utf16(offset) - self.utf16(start)

    def git_position(self, offset: int) -> tuple[int, int]:
        """(line, 0-based UTF-16 column) with lines counted by line feeds only, as git, GitHub
        and SARIF (its default ``newlineSequences``) count them: a U+2028, a U+2029 or a lone
        CR, which end a line for textlint (:meth:`utf16_position`), end none there.

        >>> Source.from_text("a\\u2028b\\nc").git_position(2), Source.from_text("a\\u2028b\\nc").utf16_position(2)
        ((1, 2), (2, 0))
        """
        if not self.has_odd_breaks:
            return self.utf16_position(offset)
        offset = max(0, min(offset, len(self.text)))
        starts = self.lf_line_starts
        line = bisect.bisect_right(starts, offset)
        return line, self.utf16(offset) - self.utf16(starts[line - 1])

    @property
    def lf_line_starts(self) -> list[int]:
        """Where lines start when only line feeds end them, as git counts lines
        (:attr:`line_starts` itself when no other line break is in the text).

        >>> Source.from_text("a\\u2028b\\nc").lf_line_starts, Source.from_text("a\\nb").lf_line_starts
        ([0, 4], [0, 2])
        """
        if self._lf_starts is None:
            text = self.text
            if len(self.line_starts) - 1 == text.count("\n"):
                self._lf_starts = self.line_starts
            else:
                self._lf_starts = [0, *(m.end() for m in _LINE_FEED.finditer(text))]
        return self._lf_starts

    @property
    def has_odd_breaks(self) -> bool:
        """Whether a line ends at something other than a line feed (U+2028, U+2029, a lone CR),
        so that textlint's lines and git's differ."""
        return self.lf_line_starts is not self.line_starts

    def parser_position(self, offset: int) -> tuple[int, int]:
        """(line, 0-based UTF-16 column) as textlint's Markdown parser gives a node's position:
        U+2028 and U+2029 end no line there (they do in :meth:`utf16_position`, as in the
        positions textlint computes from a report's index).

        >>> Source.from_text("a\\u2028b\\nc").parser_position(2), Source.from_text("a\\u2028b\\nc").utf16_position(2)
        ((1, 2), (2, 0))
        """
        line, _ = self.position(offset)
        text = self.text
        if "\u2028" not in text and "\u2029" not in text:
            return self.utf16_position(offset)
        line -= text.count("\u2028", 0, offset) + text.count("\u2029", 0, offset)
        start = max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1
        return line, self.utf16(offset) - self.utf16(start)

    def split_utf16(self, offset16: int) -> tuple[int, int]:
        """(str offset, units past its start) of a UTF-16 offset: inside a character beyond
        U+FFFF (two units), that character's offset and 1.

        >>> Source.from_text("a😀b").split_utf16(2), Source.from_text("a😀b").split_utf16(3)
        ((1, 1), (2, 0))
        """
        if self._astral is None:
            self.utf16(0)
        if not self._astral:  # (most files: the offsets are the same)
            return offset16, 0
        index = self.from_utf16(offset16)
        if index > 0 and self.utf16(index) > offset16:
            index -= 1
        return index, offset16 - self.utf16(index)

    def from_utf16(self, offset16: int) -> int:
        """The str offset of a UTF-16 offset (inverse of :meth:`utf16`)."""
        if self._astral is None:
            self.utf16(0)
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.utf16(mid) < offset16:
                lo = mid + 1
            else:
                hi = mid
        return lo

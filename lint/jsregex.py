"""JavaScript regular expressions, as textlint's rules and dictionaries write them, run by ``re``.

Word lists (prh dictionaries, ``allows`` options) carry regexes written for
JavaScript: ``/pattern/flags`` strings.  :func:`compile_js` translates such a
pattern into an equivalent Python pattern so that it matches what JavaScript
would match, then compiles it:

- ``\\d \\w \\b \\s`` mean what they mean in JavaScript (ASCII digits and word
  characters; JavaScript's white-space set), ``.`` stops at ``\\n \\r \\u2028
  \\u2029``, ``[^]`` is any character, ``[]`` nothing;
- ``^``/``$`` follow the ``m`` flag as JavaScript does (``$`` without ``m`` is
  the very end, never "before a final newline");
- ``(?<name>…)``, ``\\k<name>``, ``\\u{…}`` and ``\\uXXXX`` surrogate pairs are
  rewritten; ``[`` inside a class is escaped (``re`` would warn);
- with the ``u`` or ``v`` flag, Unicode property escapes (``\\p{Script=Han}``, ``\\p{gc=Zs}``,
  ``\\P{L}``), which ``re`` lacks: such a pattern is compiled by the ``regex`` package, whose
  Unicode tables know the same names.

Python's ``re`` has no variable-width look-behind: such a pattern raises
:class:`JSRegexError`, as any pattern ``re`` cannot compile does.

:func:`match_patterns` ports ``@textlint/regexp-string-matcher`` (the
"RegExp-like string" lists of ``allow``/``allows`` options): a plain string matches
literally, ``/…/flags`` as a regex; results are unique and sorted.  The rules pin one
of its two major versions, which read a string differently (:func:`pattern_of`).
:func:`substitute` expands a replacement as ``String.prototype.replace`` does (``$1 $& $<name>``…).

>>> compile_js(r"\\bfoo\\d+", "").findall("foo12 ｆoo3 xfoo4")
['foo12']
>>> [(m.start, m.end) for m in match_patterns("処理を行う。処理を", ["処理", "/を行./"], matcher=1)]
[(0, 2), (2, 5), (6, 8)]
>>> parse_literal("/a+/gi"), parse_literal("a+")
(('a+', 'gi'), None)
"""

from __future__ import annotations

import functools
import re

from postlint.record import FrozenRecord

__all__ = ["JSRegexError", "compile_js", "translate", "parse_literal", "pattern_of", "match_patterns", "Match",
           "substitute", "unusable_patterns", "quiet_patterns_check"]

# JavaScript's \s: WhiteSpace and LineTerminator code points.
JS_SPACE = ("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
            "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
_SPACE_CLASS = "".join(f"\\u{ord(c):04x}" for c in JS_SPACE)
_WORD_CLASS = "A-Za-z0-9_"
_DIGIT_CLASS = "0-9"
_LINE_END = "\\n\\r\\u2028\\u2029"
_WORD = f"[{_WORD_CLASS}]"
_BOUNDARY = f"(?:(?<={_WORD})(?!{_WORD})|(?<!{_WORD})(?={_WORD}))"
_NOT_BOUNDARY = f"(?:(?<={_WORD})(?={_WORD})|(?<!{_WORD})(?!{_WORD}))"
_LITERAL = re.compile(r"^/(.*)/([dgimsuyv]*)$", re.S)


class JSRegexError(ValueError):
    """A JavaScript regex that cannot be run here (bad syntax, unsupported construct)."""


def parse_literal(text: str) -> tuple[str, str] | None:
    """``"/src/flags"`` -> ``(src, flags)``; anything else -> None."""
    m = _LITERAL.match(text)
    return (m.group(1), m.group(2)) if m else None


def _hex(source: str, i: int, n: int) -> int | None:
    digits = source[i:i + n]
    if len(digits) == n and all(c in "0123456789abcdefABCDEF" for c in digits):
        return int(digits, 16)
    return None


def _escape_char(code: int) -> str:
    return f"\\U{code:08x}"


def _complement(chars: str) -> str:
    """A class body (ranges) for every code point not in ``chars``.

    >>> print(_complement("0123456789"))
    \\U00000000-\\U0000002f\\U0000003a-\\U0010ffff
    """
    out, start = [], 0
    for code in sorted(set(map(ord, chars))) + [0x110000]:
        if code > start:
            out.append(f"{_escape_char(start)}-{_escape_char(code - 1)}" if code - 1 > start else _escape_char(start))
        start = code + 1
    return "".join(out)


# \D, \W and \S inside a class, where "[^…]" cannot stand: the code points they match, as ranges
_NEGATED_IN_CLASS = {
    "D": _complement("0123456789"),
    "W": _complement("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"),
    "S": _complement(JS_SPACE),
}


class _Translator:
    def __init__(self, source: str, flags: str):
        self.src = source
        self.unicode = "u" in flags or "v" in flags
        self.multiline = "m" in flags
        self.dotall = "s" in flags
        self.out: list[str] = []
        self.i = 0
        self.properties = False  # a Unicode property escape was written: only ``regex`` compiles it

    def error(self, what: str) -> JSRegexError:
        return JSRegexError(f"/{self.src}/: {what}")

    def run(self) -> str:
        src = self.src
        while self.i < len(src):
            c = src[self.i]
            if c == "\\":
                self.out.append(self.escape(in_class=False))
            elif c == "[":
                self.out.append(self.klass())
            elif c == ".":
                self.out.append("[\\s\\S]" if self.dotall else f"[^{_LINE_END}]")
                self.i += 1
            elif c == "^":
                self.out.append(f"(?:\\A|(?<=[{_LINE_END}]))" if self.multiline else "\\A")
                self.i += 1
            elif c == "$":
                self.out.append(f"(?=[{_LINE_END}]|\\Z)" if self.multiline else "\\Z")
                self.i += 1
            elif c == "(" and src.startswith("(?<", self.i) and src[self.i + 3:self.i + 4] not in ("=", "!"):
                self.out.append("(?P<")
                self.i += 3
            else:
                self.out.append(c)
                self.i += 1
        return "".join(self.out)

    def code_escape(self) -> int | None:
        """At ``\\u`` / ``\\x``: the code point written, advancing past it."""
        src, i = self.src, self.i
        kind = src[i + 1]
        if kind == "x":
            code = _hex(src, i + 2, 2)
            if code is not None:
                self.i = i + 4
            return code
        if self.unicode and src.startswith("{", i + 2):
            end = src.find("}", i + 3)
            if end > 0:
                try:
                    code = int(src[i + 3:end], 16)
                except ValueError:
                    return None
                self.i = end + 1
                return code
            return None
        code = _hex(src, i + 2, 4)
        if code is None:
            return None
        self.i = i + 6
        if 0xD800 <= code <= 0xDBFF and src.startswith("\\u", self.i):
            low = _hex(src, self.i + 2, 4)
            if low is not None and 0xDC00 <= low <= 0xDFFF:
                self.i += 6
                return 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        return code

    def escape(self, in_class: bool) -> str:
        src, i = self.src, self.i
        if i + 1 >= len(src):
            raise self.error("trailing backslash")
        c = src[i + 1]
        simple = {
            "d": _DIGIT_CLASS, "w": _WORD_CLASS, "s": _SPACE_CLASS,
        }
        if c in simple:
            self.i += 2
            return simple[c] if in_class else f"[{simple[c]}]"
        if c in "DWS":
            self.i += 2
            inner = simple[c.lower()]
            if in_class:  # a negated class inside a class: the ranges it stands for
                return _NEGATED_IN_CLASS[c]
            return f"[^{inner}]"
        if c == "b" and not in_class:
            self.i += 2
            return _BOUNDARY
        if c == "B" and not in_class:
            self.i += 2
            return _NOT_BOUNDARY
        if c == "b":  # backspace inside a class
            self.i += 2
            return "\\x08"
        if c in "ux":
            code = self.code_escape()
            if code is None:
                self.i += 2
                return c
            return _escape_char(code)
        if c in "pP" and self.unicode:
            end = src.find("}", i + 3) if src.startswith("{", i + 2) else -1
            if end < 0 or not _PROPERTY.fullmatch(src[i + 3:end]):
                raise self.error(f"invalid property escape at {i}")
            self.i = end + 1
            self.properties = True
            return src[i:end + 1]
        if c == "c" and i + 2 < len(src) and src[i + 2].isalpha():
            self.i += 3
            return _escape_char(ord(src[i + 2]) % 32)
        if c == "k" and src.startswith("<", i + 2):
            end = src.find(">", i + 3)
            if end > 0:
                self.i = end + 1
                return f"(?P={src[i + 3:end]})"
        if c == "0" and not (i + 2 < len(src) and src[i + 2].isdigit()):
            self.i += 2
            return "\\x00"
        if c.isdigit():
            j = i + 1
            while j < len(src) and src[j].isdigit():
                j += 1
            self.i = j
            return "\\" + src[i + 1:j] if not in_class else _escape_char(int(src[i + 1:j], 8) if all(
                d in "01234567" for d in src[i + 1:j]) else ord(src[i + 1]))
        if c in "tnrfv":
            self.i += 2
            return "\\" + c
        self.i += 2
        if c.isalnum():
            if self.unicode:
                raise self.error(f"invalid escape \\{c}")
            return re.escape(c)  # identity escape (non-unicode JavaScript)
        return re.escape(c)

    def klass(self) -> str:
        src = self.src
        start = self.i
        self.i += 1
        negate = False
        if self.i < len(src) and src[self.i] == "^":
            negate = True
            self.i += 1
        parts: list[str] = []
        while self.i < len(src) and src[self.i] != "]":
            c = src[self.i]
            if c == "\\":
                parts.append(self.escape(in_class=True))
            elif c in "[&~|":
                parts.append("\\" + c)
                self.i += 1
            else:
                parts.append(c)
                self.i += 1
        if self.i >= len(src):
            raise self.error(f"unterminated character class at {start}")
        self.i += 1
        if not parts:
            return "[\\s\\S]" if negate else "(?!)"
        return "[" + ("^" if negate else "") + "".join(parts) + "]"


# What may stand between the braces of a property escape: a name, or a name=value pair.
_PROPERTY = re.compile(r"[A-Za-z_]+(?:=[A-Za-z0-9_]+)?")


def translate(source: str, flags: str = "") -> str:
    """A JavaScript regex source -> an equivalent Python ``re`` source (``regex``'s, when it
    holds a Unicode property escape)."""
    return _Translator(source, flags).run()


@functools.lru_cache(maxsize=4096)
def compile_js(source: str, flags: str = "") -> re.Pattern:
    """Compile a JavaScript regex (source without slashes, JS flags).

    >>> [m.group() for m in compile_js(r"[\\p{Script=Han}\\p{sc=Hira}]+", "u").finditer("漢字と かな、カナ")]
    ['漢字と', 'かな']
    """
    py_flags = re.IGNORECASE if "i" in flags else 0
    translator = _Translator(source, flags)
    pattern = translator.run()
    engine = re
    if translator.properties:
        import regex as engine  # (only a pattern with a property escape needs it)
    try:
        return engine.compile(pattern, py_flags)
    except engine.error as exc:
        raise JSRegexError(f"invalid regular expression /{source}/{flags}: {exc}") from None


class Match(FrozenRecord):
    """Where a pattern matched: ``text`` at ``[start, end)``."""

    _fields = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end


# @textlint/regexp-string-matcher, by major version: which strings are "/source/flags"
# (JavaScript's ``.`` stops at a line end, its ``$`` is the very end), and the flags every
# such pattern gets.  1.x: textlint-filter-rule-allowlist, ja-no-redundant-expression,
# ja-unnatural-alphabet, ja-no-successive-word, no-exclamation-question-mark; 2.x (Unicode
# mode: ``\\u{…}``, no identity escapes of letters): sentence-length,
# ja-space-between-half-and-full-width.
_REGEXP_LIKE = {
    1: (re.compile(r"/([^\n\r\u2028\u2029]*)/([guimy]*)\Z"), ""),
    2: (re.compile(r"/([^\n\r\u2028\u2029]+)/([guimysd]*)\Z"), "u"),
}


@functools.lru_cache(maxsize=1024)
def pattern_of(pattern: str, matcher: int) -> re.Pattern:
    """A RegExp-like string as ``@textlint/regexp-string-matcher`` of major version
    ``matcher`` reads it: ``/source/flags`` a JavaScript regex, anything else literal.
    One that cannot compile raises :class:`JSRegexError` (the original's 1.x quietly
    matches nothing then: see :func:`match_patterns` and :func:`quiet_patterns_check`).

    >>> bool(pattern_of("/a.c/s", 1).search("a\\nc")), bool(pattern_of("/a.c/s", 2).search("a\\nc"))
    (False, True)
    >>> pattern_of("//", 1).pattern, pattern_of("//", 2).pattern
    ('', '//')
    >>> pattern_of(r"/\\w+/", 1).findall("abc日本語")
    ['abc']
    """
    if not pattern:
        raise JSRegexError("an empty pattern cannot be used")
    like, flags = _REGEXP_LIKE[matcher]
    m = like.match(pattern)
    if m is not None:
        return compile_js(m.group(1), m.group(2) + flags)
    return re.compile(re.escape(pattern))


@functools.lru_cache(maxsize=1024)
def _usable(pattern: str, matcher: int) -> re.Pattern | None:
    """:func:`pattern_of`, or None for a pattern 1.x cannot compile: it matches nothing there."""
    try:
        return pattern_of(pattern, matcher)
    except JSRegexError:
        if matcher == 1:
            return None
        raise


def match_patterns(text: str, patterns, *, matcher: int) -> list[Match]:
    """Where ``patterns`` ("RegExp-like strings", read by :func:`pattern_of`) match
    ``text``: unique, sorted by (start, end).  A pattern that cannot compile raises
    :class:`JSRegexError` with version 2 (it stops textlint's run) and matches nothing with
    version 1, as there.

    >>> [m.text for m in match_patterns("a1 b2", ["/[a-z][0-9]/", "/[z-a]/"], matcher=1)]
    ['a1', 'b2']
    """
    found: set[Match] = set()
    for pattern in patterns:
        compiled = _usable(pattern, matcher)
        if compiled is None:
            continue
        for m in compiled.finditer(text):
            found.add(Match(m.group(), m.start(), m.end()))
    return sorted(found, key=lambda m: (m.start, m.end, m.text))


def unusable_patterns(patterns, *, matcher: int, what: str) -> list[str]:
    """A warning for each of ``patterns`` that version 1 cannot compile (it is left out, as
    textlint's matcher leaves it out); version 2 raises :class:`JSRegexError` for the first.

    >>> unusable_patterns(["/ok/", "/[z-a]/"], matcher=1, what="allow")  # doctest: +ELLIPSIS
    ["allow entry '/[z-a]/' matches nothing, as in textlint: invalid regular expression /[z-a]/...: bad ..."]
    """
    out = []
    for pattern in patterns:
        try:
            pattern_of(pattern, matcher)
        except JSRegexError as exc:
            if matcher != 1 or not pattern:  # (an empty entry is no pattern at all)
                raise
            out.append(f"{what} entry {pattern!r} matches nothing, as in textlint: {exc}")
    return out


def quiet_patterns_check(key: str):
    """The ``check_options`` of a rule whose option ``key`` is a list of version-1 patterns
    (ja-no-successive-word's, ja-unnatural-alphabet's, no-exclamation-question-mark's
    ``allow``): warnings for entries that cannot compile, when the config loads."""
    def check_options(opts) -> list[str]:
        return unusable_patterns(opts[key], matcher=1, what=key)
    check_options.__doc__ = f"Warn of each {key!r} entry that cannot compile (called when the config loads)."
    return check_options


def substitute(template: str, m, string: str) -> str:
    """``template`` as JavaScript's ``String.prototype.replace`` expands it for the match ``m``
    in ``string``: ``$$ $& $` $' $1``..``$99`` ``$<name>`` (a group that took no part: "").

    >>> m = re.search("(b)(?P<x>c)?", "abd")
    >>> print(substitute("[$1|$2|$&|$`|$'|$$|$3|$<x>|$0]", m, "abd"))
    [b||b|a|d|$|$3||$0]
    """
    out, i, n = [], 0, len(template)
    groups = m.re.groups
    while i < n:
        c = template[i]
        if c != "$" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        nxt = template[i + 1]
        if nxt == "$":
            out.append("$")
            i += 2
        elif nxt == "&":
            out.append(m.group())
            i += 2
        elif nxt == "`":
            out.append(string[:m.start()])
            i += 2
        elif nxt == "'":
            out.append(string[m.end():])
            i += 2
        elif nxt.isdigit() and nxt.isascii():
            two = template[i + 1:i + 3]
            if len(two) == 2 and two.isdigit() and two.isascii() and 1 <= int(two) <= groups:
                out.append(m.group(int(two)) or "")
                i += 3
            elif 1 <= int(nxt) <= groups:
                out.append(m.group(int(nxt)) or "")
                i += 2
            else:
                out.append("$")
                i += 1
        elif nxt == "<" and m.re.groupindex:
            close = template.find(">", i + 2)
            if close < 0:
                out.append("$")
                i += 1
            else:
                name = template[i + 2:close]
                out.append((m.group(name) if name in m.re.groupindex else None) or "")
                i = close + 1
        else:
            out.append("$")
            i += 1
    return "".join(out)

"""What a rule sees and what it returns: Problem, Fix, Severity, Context.

A rule module (see ``postlint.rules``) yields ``ctx.report(...)`` results; the
engine stamps the rule id and severity afterwards.

>>> from postlint.source import Source
>>> ctx = Context(Source.from_text("abc"))
>>> p = ctx.report(1, 2, "b is bad", fix=ctx.fix(1, 2, "B"))
>>> (p.start, p.end, p.fix.text, p.fix.safe)
(1, 2, 'B', True)
"""

from __future__ import annotations

import enum
import os
import re
import types

from postlint.nodes import Node
from postlint.record import FrozenRecord, Record
from postlint.source import Source

TYPE_CHECKING = False  # typing costs milliseconds to import, and is needed for annotations only
if TYPE_CHECKING:
    from typing import Any


class Severity(enum.IntEnum):
    """textlint's numbers: 1 warning, 2 error, 3 info."""

    WARNING = 1
    ERROR = 2
    INFO = 3

    @classmethod
    def parse(cls, value: Any) -> "Severity":
        names = {"warning": cls.WARNING, "warn": cls.WARNING, "error": cls.ERROR, "info": cls.INFO,
                 "1": cls.WARNING, "2": cls.ERROR, "3": cls.INFO}
        try:
            return names[str(value).lower()]
        except KeyError:
            raise ValueError(f"severity must be one of error, warning, info (got {value!r})") from None

    @property
    def label(self) -> str:
        return self.name.lower()


class Fix(FrozenRecord):
    """Replace ``text[start:end]`` by ``text``.  ``safe=False`` is a suggestion."""

    _fields = ("start", "end", "text", "safe")

    def __init__(self, start: int, end: int, text: str, safe: bool = True) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.safe = safe


class Problem(Record):
    """One finding: ``[start, end)`` in the file, its line and 0-based column (``str``
    characters) once located.

    ``textlint_loc``: (line, column, end line, end column) as textlint prints them (columns
    0-based UTF-16), when they are not those of the offsets: a sentence's position comes
    from sentence-splitter (see sentence-length).  The formats in textlint's units print
    them; stylish, the offsets (range, fixes) and the language server stay exact.

    ``utf16_shift``: (start, end) UTF-16 units to add to the offsets' UTF-16 positions where
    textlint's position falls inside a character beyond U+FFFF (an emoji), which no str
    offset can hold (see :meth:`Context.report_utf16`); the same formats print it.

    ``textlint_message``: the message textlint prints for the problem, where that rather
    than postlint's decides whether another rule's problem repeats it (the engine keeps one
    problem of those alike in range, severity and message, as textlint does).  Never printed.
    """

    __slots__ = _fields = ("rule_id", "message", "start", "end", "severity", "fix", "line", "column",
                           "end_line", "end_column", "textlint_loc", "utf16_shift", "textlint_message")

    def __init__(self, rule_id: str, message: str, start: int, end: int, severity: Severity = Severity.ERROR,
                 fix: Fix | None = None, line: int = 0, column: int = 0, end_line: int = 0,
                 end_column: int = 0, textlint_loc: tuple[int, int, int, int] | None = None,
                 utf16_shift: tuple[int, int] | None = None, textlint_message: str | None = None) -> None:
        self.rule_id = rule_id
        self.message = message
        self.start = start
        self.end = end
        self.severity = severity
        self.fix = fix
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column
        self.textlint_loc = textlint_loc
        self.utf16_shift = utf16_shift
        self.textlint_message = textlint_message

    @classmethod
    def about_file(cls, rule_id: str, message: str, severity: Severity = Severity.ERROR) -> "Problem":
        """A problem of the whole file (it cannot be read, its fixes were not written),
        reported at its first line."""
        return cls(rule_id, message, 0, 0, severity, line=1, end_line=1)

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    def sort_key(self):
        return (self.start, self.end, self.rule_id, self.message)


_morph = None  # postlint.morph, imported on first use


class RuleError(Exception):
    """A rule reported something impossible (outside the file, reversed range)."""


class Context(Record):
    """Everything a rule may use while checking one file.  ``settings``: postlint-wide
    settings (e.g. run data); ``text``: ``source.text`` (rules read it for every node)."""

    _fields = ("source", "doc", "path", "settings", "_cache", "_tokens", "text")
    _repr_fields = ("source", "doc", "path", "settings")

    def __init__(self, source: Source, doc: Node | None = None, path: str = "",
                 settings: dict[str, Any] | None = None) -> None:
        self.source = source
        self.doc = doc
        self.path = path
        self.settings = {} if settings is None else settings
        self._cache: dict = {}
        self._tokens: dict = {}
        self.text = source.text

    @property
    def front_matter(self) -> dict | None:
        node = self.yaml_node
        value = node.data.get("value") if node is not None else None
        return value if isinstance(value, dict) else None

    @property
    def yaml_node(self) -> Node | None:
        if self.doc is not None and self.doc.children and self.doc.children[0].type == "Yaml":
            return self.doc.children[0]
        return None

    # -- reporting -----------------------------------------------------------
    def report(self, start: int, end: int | None = None, message: str = "", fix: Fix | None = None) -> Problem:
        if end is None:
            end = start
        return Problem("", message, start, end, fix=fix)

    def report_utf16(self, start16: int, end16: int, message: str, fix: Fix | None = None) -> Problem:
        """A problem at UTF-16 offsets (textlint's unit), which may fall inside a character
        beyond U+FFFF: its str offsets take in that character, and ``utf16_shift`` keeps
        the rest.

        >>> ctx = Context(Source.from_text("😀😀です"))
        >>> p = ctx.report_utf16(1, 2, "m")   # textlint: inside the first emoji
        >>> (p.start, p.end, p.utf16_shift)
        (0, 1, (1, 0))
        >>> ctx.report_utf16(4, 5, "m").utf16_shift is None
        True
        """
        start, start_shift = self.source.split_utf16(start16)
        end, end_shift = self.source.split_utf16(end16)
        if end_shift:  # the end takes in the whole character
            end, end_shift = end + 1, end_shift - 2
        shift = (start_shift, end_shift) if start_shift or end_shift else None
        return Problem("", message, start, max(start, end), fix=fix, utf16_shift=shift)

    def fix(self, start: int, end: int, text: str, safe: bool = True) -> Fix:
        return Fix(start, end, text, safe)

    # -- cached analyses -----------------------------------------------------
    def tokens(self, text: str, dic: str = "ipadic", *, when=None) -> tuple:
        """Tokens of ``text`` (see :func:`postlint.morph.tokens`), each text tokenized
        once per document however many rules ask.  A tuple shared by every rule that
        asks (read-only: copying it for each caller cost 3% of a corpus run).

        ``when`` (IPADIC only): a test of MeCab's output for the text
        (:func:`postlint.morph.ipadic_output`, a line per token), asked only when no
        rule has had the text's tokens yet: when it is false, ``()`` comes back and
        the tokens are not built.
        A rule that needs a conjunction asks ``when=re.compile("\\t接続詞,").search``,
        and most sentences, which have none, cost MeCab's run only (building tokens
        in Python costs more than MeCab).  The test must be true whenever the rule
        could find something in the tokens.

        >>> import re
        >>> from postlint.source import Source
        >>> ctx = Context(Source.from_text(""))
        >>> conjunction = re.compile("\\t接続詞,").search
        >>> ctx.tokens("雨が降った。", when=conjunction)
        ()
        >>> [t.surface_form for t in ctx.tokens("しかし晴れた。", when=conjunction)][:1]
        ['しかし']
        """
        found = self._tokens.get((text, dic))
        if found is not None:
            return found
        if not text:
            return ()
        global _morph
        if _morph is None:
            from postlint import morph as _morph
        if when is not None:
            output_of = _morph.IPADIC_OUTPUT.get(dic)
            if output_of is None:
                raise ValueError("when= tests MeCab's IPADIC output")
            if not when(output_of(text)):  # MeCab's output is cached with the tokens
                return ()
        found = self._tokens[(text, dic)] = _morph._tokenize(text, dic)
        return found

    def plain(self, node: Node):
        key = ("plain", id(node))
        if key not in self._cache:
            from postlint.text import plain_text

            self._cache[key] = plain_text(node, self.text)
        return self._cache[key]

    def sentences(self, node: Node):
        key = ("sentences", id(node))
        if key not in self._cache:
            from postlint.text import sentences

            self._cache[key] = sentences(node, self.text, plain=self.plain(node))
        return self._cache[key]

    def memo(self, key, compute):
        """Cache any per-file analysis shared by several rules."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]


# -- option validation --------------------------------------------------------

class OptionError(ValueError):
    pass


def _type_name(kind) -> str:
    if isinstance(kind, list):  # [str]: a list of such values
        return f"a list of {_type_name(kind[0])} values"
    if isinstance(kind, (set, frozenset)):
        return "one of " + ", ".join(repr(v) for v in sorted(kind, key=str))
    if isinstance(kind, tuple):
        return " or ".join(_type_name(k) for k in kind)
    return {int: "integer", float: "number", bool: "true/false", str: "string", list: "list",
            dict: "mapping", type(None): "null"}.get(kind, getattr(kind, "__name__", str(kind)))


def _fits(value, kind) -> bool:
    if isinstance(kind, list):  # [str]: a list of such values
        return isinstance(value, list) and all(_fits(item, kind[0]) for item in value)
    if isinstance(kind, (set, frozenset)):  # a set of allowed values
        return value in kind
    if isinstance(kind, tuple):
        return any(_fits(value, k) for k in kind)
    if kind is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def _number_in(value, kind) -> int | float | None:
    """The number a string option holds where the option is a number (JavaScript compares
    ``"150"`` with a length as 150), else None.

    >>> _number_in("150", int), _number_in(" 2.5 ", (int, float)), _number_in("lots", int), _number_in("3", str)
    (150, 2.5, None, None)
    """
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if not isinstance(value, str) or not any(k is int or k is float for k in kinds) or any(k is str for k in kinds):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    if number.is_integer() and any(k is int for k in kinds):
        return int(number)
    return number if any(k is float for k in kinds) and number == number else None


def _in_folder(folder: str, value):
    """``value`` taken from ``folder`` when it is a relative path (other values as they are).

    >>> _in_folder("/site", "words.yml"), _in_folder("/site", "/etc/w.yml"), _in_folder("/site", 3)
    ('/site/words.yml', '/etc/w.yml', 3)
    """
    if isinstance(value, str) and value and not os.path.isabs(os.path.expanduser(value)):
        return os.path.join(folder, value)
    return value


def known_options(key, names) -> str:
    """What to say of the options ``names`` after an unknown option ``key``: the one it
    likely means, a misspelling of it, first.

    >>> known_options("alow", ["allow", "max"]), known_options("x", [])
    ("did you mean 'allow'? known: allow, max", 'known: none')
    """
    import difflib

    names = sorted(map(str, names))
    close = difflib.get_close_matches(str(key), names, n=1, cutoff=0.75)
    listed = f"known: {', '.join(names) or 'none'}"
    return f"did you mean {close[0]!r}? {listed}" if close else listed


def validate_options(rule: types.ModuleType, options: dict | None, folder: str | None = None,
                     warnings: list[str] | None = None) -> dict:
    """Check ``options`` against ``rule.OPTIONS`` and merge ``rule.DEFAULTS``.

    An option the rule does not have is an error, or, given a ``warnings`` list, a warning
    added to it and the option left out: textlint ignores such an option (a config written
    for an older version of a rule, ``separatorChars`` for no-doubled-joshi's
    ``separatorCharacters``), so a ``.textlintrc`` that textlint runs runs here too.
    A value of the wrong type is always an error: the rule cannot honour it.

    An option the rule names in ``FILE_OPTIONS`` may be the path of a data file, and one it
    names in ``FILE_LIST_OPTIONS`` a list of them: a relative path is taken from ``folder`` (the
    config file's), so that the rule, and its ``check_options``, read the same file wherever
    postlint runs.

    >>> import types
    >>> r = types.SimpleNamespace(ID="x", OPTIONS={"max": int}, DEFAULTS={"max": 3})
    >>> validate_options(r, {"max": 5})
    {'max': 5}
    >>> validate_options(types.SimpleNamespace(ID="y", OPTIONS={"p": frozenset({"a", ""})}), {"p": "b"})  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    postlint.rule.OptionError: rule y: option 'p' must be one of '', 'a', got 'b'
    >>> validate_options(types.SimpleNamespace(ID="z", OPTIONS={"allow": [str]}), {"allow": ["a", 1]})  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    postlint.rule.OptionError: rule z: option 'allow' must be a list of string values, got ['a', 1]
    >>> validate_options(r, {"mx": 5})  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    postlint.rule.OptionError: rule x: unknown option 'mx' (did you mean 'max'? known: max)
    >>> warned = []
    >>> validate_options(r, {"mx": 5}, warnings=warned), warned
    ({'max': 3}, ["rule x: unknown option 'mx' ignored, as textlint ignores it (did you mean 'max'? known: max)"])
    """
    spec = getattr(rule, "OPTIONS", {})
    merged = dict(getattr(rule, "DEFAULTS", {}))
    for key, value in (options or {}).items():
        if key not in spec:
            if getattr(rule, "EXTRA_OPTIONS_OK", False):
                merged[key] = value
                continue
            known = known_options(key, spec)
            if warnings is None:
                raise OptionError(f"rule {rule.ID}: unknown option {key!r} ({known})")
            warnings.append(f"rule {rule.ID}: unknown option {key!r} ignored, as textlint ignores it ({known})")
            continue
        if value is None and not _fits(None, spec[key]):
            continue  # left empty (YAML's `max:` alone): the default, as textlint's rules take `null ?? default`
        number = _number_in(value, spec[key])
        if number is not None:
            if warnings is not None:
                warnings.append(f"rule {rule.ID}: option {key!r} is the string {value!r}: read as the number {number}, "
                                "as textlint's rule compares it")
            value = number
        elif spec[key] is bool and isinstance(value, str):  # JavaScript's truth: any string but '' is true
            if warnings is not None:
                warnings.append(f"rule {rule.ID}: option {key!r} is the string {value!r}, which textlint's rule takes "
                                f"for {str(bool(value)).lower()}: write true or false")
            value = bool(value)
        if not _fits(value, spec[key]):
            raise OptionError(
                f"rule {rule.ID}: option {key!r} must be {_type_name(spec[key])}, got {value!r}"
            )
        merged[key] = value
    if folder:
        for key in getattr(rule, "FILE_OPTIONS", ()):
            merged[key] = _in_folder(folder, merged.get(key))
        for key in getattr(rule, "FILE_LIST_OPTIONS", ()):
            if isinstance(merged.get(key), list):
                merged[key] = [_in_folder(folder, item) for item in merged[key]]
    check_options = getattr(rule, "check_options", None)
    if check_options is not None:  # a rule's own checks of values (ranges, names); it may return warnings
        try:
            said = check_options(merged)
        except (ValueError, TypeError, re.error) as exc:
            raise OptionError(f"rule {rule.ID}: {exc}") from None
        if said and warnings is not None:
            warnings.extend(f"rule {rule.ID}: {message}" for message in said)
    return merged

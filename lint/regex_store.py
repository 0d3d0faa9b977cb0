"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

Python's ``re`` compiles a pattern in Python code, and a character class costs a loop
over every code point it holds: the rules' Japanese classes (kanji, kana, CJK) and
PyYAML's own reader pattern made up about a third of a one-post run.  The compiler's
output is a list of integers that ``_sre.compile`` turns into a pattern at once, so the
``postlint`` command keeps those lists in a file and hands them straight to
``_sre.compile`` in the next run::

    install()      # before the imports that compile patterns
    ...            # re.compile() as usual: stored patterns skip the compiler
    save()         # once, at exit: adds the patterns this run compiled

Only the command installs it (never ``import postlint``).  The file lives in
``$XDG_CACHE_HOME/postlint`` (default ``~/.cache/postlint``), one per interpreter, and
is read only when the interpreter's exact version and its regex engine's
``MAGIC`` match the ones it was written by, so a code list is only ever fed to
the engine that produced it (which validates it again).  Nothing is written when
Python is told not to write bytecode (``-B``, ``PYTHONDONTWRITEBYTECODE``), when the folder
cannot be written, or when ``POSTLINT_REGEX_STORE=off``; any unreadable
file is ignored.  Patterns compiled with ``re.DEBUG`` or ``re.LOCALE`` always go
through the compiler.

>>> store = RegexStore()
>>> first = store.compile("[ぁ-ゖ]+", 0)       # compiled: its code is kept
>>> again = RegexStore(store.dump()).compile("[ぁ-ゖ]+", 0)   # no compiler
>>> again.pattern == first.pattern and again.findall("ひらがなとカナ") == first.findall("ひらがなとカナ")
True
"""

from __future__ import annotations

import marshal
import os
import sys

import _sre
from re import _compiler, _parser

_BYPASS_FLAGS = _compiler.SRE_FLAG_DEBUG | _compiler.SRE_FLAG_LOCALE
# Entries beyond this are dropped, keeping those the last run used: user dictionaries
# bring their own patterns, and the file should not grow for ever.
MAX_ENTRIES = 4096
_FORMAT = 1


def _engine_key() -> tuple:
    """What a stored code list depends on: the interpreter build and its regex engine."""
    return (_FORMAT, sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)


class RegexStore:
    """Code lists of compiled patterns, keyed by (pattern, flags)."""

    def __init__(self, stored: bytes | None = None) -> None:
        self.entries: dict = {}
        self.used: set = set()
        self.added = 0
        if stored:
            self.entries = _load(stored)

    def compile(self, pattern, flags: int):
        """``re._compiler.compile(pattern, flags)``, from the stored code when there is one."""
        if type(flags) is not int:  # an int subclass (3.13 passes re._ZeroSentinel): as marshal writes it
            flags = int(flags)
        key = (pattern, flags)
        self.used.add(key)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                return _sre.compile(pattern, *entry)
            except Exception:  # a damaged entry (the engine checks the code): compile afresh
                pass
        entry = self.entries[key] = _compile_entry(pattern, flags)
        self.added += 1
        return _sre.compile(pattern, *entry)

    def dump(self) -> bytes:
        """The store as bytes for the file; over :data:`MAX_ENTRIES`, only the entries used."""
        entries = self.entries
        if len(entries) > MAX_ENTRIES:
            entries = {key: entries[key] for key in self.used}
        return marshal.dumps((_engine_key(), entries))


def _compile_entry(pattern, flags: int) -> tuple:
    """The arguments ``_sre.compile`` takes after the pattern (what ``re._compiler.compile``
    computes), in types ``marshal`` can write."""
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))


def _load(stored: bytes) -> dict:
    try:
        key, entries = marshal.loads(stored)
    except (EOFError, ValueError, TypeError):
        return {}
    if key != _engine_key() or not isinstance(entries, dict):
        return {}
    return entries


def path() -> str:
    """The store's file for this interpreter."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "postlint", f"regex-{sys.implementation.cache_tag}.marshal")


_installed: RegexStore | None = None
_PROBE = "(?P<x>a+)[^ぁ-ゖ]"
_original_compile = _compiler.compile


def install() -> None:
    """Route ``re``'s compiler through the store read from :func:`path` (for this process)."""
    global _installed
    if _installed is not None or os.environ.get("POSTLINT_REGEX_STORE") == "off":
        return
    try:
        with open(path(), "rb") as file:
            stored = file.read()
    except OSError:
        stored = None
    store = RegexStore(stored)
    try:  # the compiler internals it reads are those of Python 3.11 to 3.13
        fresh = RegexStore()
        fresh.compile(_PROBE, 0)
        probe = RegexStore(fresh.dump()).compile(_PROBE, 0)
        if probe.groupindex != {"x": 1} or probe.match("aaア").span() != (0, 3):
            return
    except Exception:
        return

    def compile(p, flags=0):
        if type(p) is str and not flags & _BYPASS_FLAGS:
            return store.compile(p, flags)
        return _original_compile(p, flags)

    _installed = store
    _compiler.compile = compile


def save() -> None:
    """Write the store back if this run compiled new patterns (atomically; errors ignored)."""
    store = _installed
    if store is None or not store.added or sys.dont_write_bytecode:
        return
    target = path()
    temporary = f"{target}.{os.getpid()}.tmp"
    try:
        data = store.dump()
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except Exception:  # the store only saves time: it must never fail a run
        try:
            os.remove(temporary)
        except OSError:
            pass
    store.added = 0

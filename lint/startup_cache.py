"""What the ``postlint`` command keeps between runs to start fast, as Python keeps
compiled modules: compiled regular expressions, and the parsed form of the YAML files
postlint ships (word lists, presets).

Python's ``re`` compiles a pattern in Python code, and a character class costs a loop
over every code point it holds: the rules' Japanese classes (kanji, kana, CJK) and
PyYAML's own reader pattern made up about a third of a one-post run.  The compiler's
output is a list of integers that ``_sre.compile`` turns into a pattern at once, so the
cache keeps those lists and hands them straight to ``_sre.compile`` in the next run.
Parsing the word lists' YAML cost another tenth; the cache keeps what it gave, in
``marshal``'s form, keyed by the file's whole text::

    install()      # before the imports that compile patterns
    ...            # re.compile() as usual: cached patterns skip the compiler
    parsed("wordlist", text, load)   # load(text) the first time, then from the cache
    save()         # once, at exit: adds what this run computed

Only the command installs it (never ``import postlint``).  The file lives in
``$XDG_CACHE_HOME/postlint`` (default ``~/.cache/postlint``), one per interpreter, and
is read only when the interpreter's exact version and its regex engine's
``MAGIC`` match the ones it was written by, so a code list is only ever fed to
the engine that produced it (which validates it again).  Nothing is written when
Python is told not to write bytecode (``-B``, ``PYTHONDONTWRITEBYTECODE``), when the folder
cannot be written, or when ``POSTLINT_STARTUP_CACHE=off``; any unreadable
file or entry is ignored and computed afresh.  Patterns compiled with ``re.DEBUG`` or
``re.LOCALE`` always go through the compiler.

>>> cache = StartupCache()
>>> first = cache.compile("[ぁ-ゖ]+", 0)       # compiled: its code is kept
>>> again = StartupCache(cache.dump()).compile("[ぁ-ゖ]+", 0)   # no compiler
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
# Entries of a kind beyond this are dropped, keeping those the last run used: user
# dictionaries bring their own patterns, and the file should not grow for ever.
MAX_ENTRIES = 4096
_FORMAT = 3  # 3: each pattern's entry as marshal bytes, unpacked when used


def _engine_key() -> tuple:
    """What a stored code list depends on: the interpreter build and its regex engine."""
    return (_FORMAT, sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)


class StartupCache:
    """Code lists of compiled patterns, keyed by (pattern, flags), and parsed data, keyed
    by (kind, text), each entry kept as its own ``marshal`` bytes: a run reads the file
    whole but unpacks only the entries it uses (the file of a user who ran every rule holds
    thousands of patterns; unpacking them all cost a one-post run 40-80 ms)."""

    def __init__(self, stored: bytes | None = None) -> None:
        self.patterns: dict = {}
        self.data: dict = {}
        self.used: set = set()
        self.added = 0
        if stored:
            self.patterns, self.data = _load(stored)

    def compile(self, pattern, flags: int):
        """``re._compiler.compile(pattern, flags)``, from the cached code when there is one."""
        if type(flags) is not int:  # an int subclass (3.13 passes re._ZeroSentinel): as marshal writes it
            flags = int(flags)
        key = (pattern, flags)
        self.used.add(key)
        stored = self.patterns.get(key)
        if stored is not None:
            try:
                return _sre.compile(pattern, *marshal.loads(stored))
            except Exception:  # a damaged entry (the engine checks the code): compile afresh
                pass
        entry = _compile_entry(pattern, flags)
        self.patterns[key] = marshal.dumps(entry)
        self.added += 1
        return _sre.compile(pattern, *entry)

    def parsed(self, kind: str, text: str, parse):
        """``parse(text)``, from the cache when this ``kind`` of parse of this exact text
        is in it.  Each call returns a new copy (callers may change what they get).
        A result ``marshal`` cannot write (a date, say) is simply not kept."""
        key = (kind, text)
        self.used.add(key)
        stored = self.data.get(key)
        if stored is not None:
            try:
                return marshal.loads(stored)
            except Exception:  # a damaged entry: parse afresh
                pass
        value = parse(text)
        try:
            self.data[key] = marshal.dumps(value)
        except ValueError:
            return value
        self.added += 1
        return marshal.loads(self.data[key])

    def dump(self) -> bytes:
        """The cache as bytes for the file; a kind over :data:`MAX_ENTRIES` keeps only the
        entries this run used."""
        kept = [entries if len(entries) <= MAX_ENTRIES else {k: v for k, v in entries.items() if k in self.used}
                for entries in (self.patterns, self.data)]
        return marshal.dumps((_engine_key(), *kept))


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


def _load(stored: bytes) -> tuple[dict, dict]:
    try:
        key, patterns, data = marshal.loads(stored)
    except (EOFError, ValueError, TypeError):
        return {}, {}
    if key != _engine_key() or not isinstance(patterns, dict) or not isinstance(data, dict):
        return {}, {}
    return patterns, data


def cache_home() -> str:
    """postlint's folder in the user's cache folder: ``$XDG_CACHE_HOME/postlint``
    (default ``~/.cache/postlint``)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "postlint")


def path() -> str:
    """The cache's file for this interpreter."""
    return os.path.join(cache_home(), f"startup-{sys.implementation.cache_tag}.marshal")


_installed: StartupCache | None = None
_PROBE = "(?P<x>a+)[^ぁ-ゖ]"
_original_compile = _compiler.compile


def install() -> None:
    """Route ``re``'s compiler, and :func:`parsed`, through the cache read from
    :func:`path` (for this process)."""
    global _installed
    if _installed is not None or os.environ.get("POSTLINT_STARTUP_CACHE") == "off":
        return
    try:
        with open(path(), "rb") as file:
            stored = file.read()
    except OSError:
        stored = None
    cache = StartupCache(stored)
    try:  # the compiler internals it reads are those of Python 3.11 to 3.13
        fresh = StartupCache()
        fresh.compile(_PROBE, 0)
        probe = StartupCache(fresh.dump()).compile(_PROBE, 0)
        if probe.groupindex != {"x": 1} or probe.match("aaア").span() != (0, 3):
            return
    except Exception:
        return

    def compile(p, flags=0):
        if type(p) is str and not flags & _BYPASS_FLAGS:
            return cache.compile(p, flags)
        return _original_compile(p, flags)

    _installed = cache
    _compiler.compile = compile


def parsed(kind: str, text: str, parse):
    """``parse(text)``, through the cache when the command installed one.  For the files
    postlint ships: ``kind`` names the parser (the same text parsed another way is
    another entry).

    >>> parsed("lines", "a\\nb", str.splitlines)
    ['a', 'b']
    """
    if _installed is None:
        return parse(text)
    return _installed.parsed(kind, text, parse)


def save() -> None:
    """Write the cache back if this run added to it (atomically; errors ignored)."""
    cache = _installed
    if cache is None or not cache.added or sys.dont_write_bytecode:
        return
    target = path()
    temporary = f"{target}.{os.getpid()}.tmp"
    try:
        data = cache.dump()
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
    except Exception:  # the cache only saves time: it must never fail a run
        try:
            os.remove(temporary)
        except OSError:
            pass
    cache.added = 0

"""``--cache``: problems stored per file content, invalidated by anything that changes them.

The key hashes the file's bytes, the effective config (rules, options,
severities, filters), postlint's version and code (the size and modification
time of each of its files: an install from a newer checkout of the same version
is a miss too), the entries' format and the dictionaries' versions; a change in
any of them is a miss.  Entries are small
JSON files under ``.postlintcache/`` (``--cache-location``), written atomically.

>>> import tempfile
>>> from postlint.config import resolve
>>> cache = Cache(tempfile.mkdtemp())
>>> config = resolve({"rules": {}})
>>> cache.get(b"text", config) is None
True
>>> cache.put(b"text", config, []); cache.get(b"text", config)
[]
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

from postlint.rule import Fix, Problem, Severity

DEFAULT_LOCATION = ".postlintcache"
ENTRY_FORMAT = 5  # part of the key: an entry written in another format is never read


@functools.lru_cache(maxsize=1)
def _versions() -> str:
    from postlint import __version__
    from postlint.morph import dictionary_versions

    return json.dumps({"postlint": __version__, "code": _code_stamp(), "entry": ENTRY_FORMAT,
                       **dictionary_versions()}, sort_keys=True)


def _code_stamp() -> str:
    """A digest of the name, size and modification time of every file of postlint's
    own packages (the engine, the rules and their word lists)."""
    import postlint
    import postlint.rules

    digest = hashlib.sha256()
    for folder in (*postlint.__path__, *postlint.rules.__path__):
        for path in sorted(Path(folder).rglob("*")):
            if path.suffix in (".py", ".yml", ".yaml", ".json", ".txt") and "__pycache__" not in path.parts:
                info = path.stat()
                digest.update(f"{path.relative_to(folder)}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _encode(p: Problem) -> list:
    fix = [p.fix.start, p.fix.end, p.fix.text, p.fix.safe] if p.fix else None
    return [p.rule_id, p.message, p.start, p.end, int(p.severity), fix,
            p.line, p.column, p.end_line, p.end_column, p.textlint_loc, p.utf16_shift]


def _decode(row: list) -> Problem:
    rule_id, message, start, end, severity, fix, line, column, end_line, end_column, loc, shift = row
    return Problem(rule_id, message, start, end, Severity(severity), Fix(*fix) if fix else None,
                   line, column, end_line, end_column, tuple(loc) if loc else None, tuple(shift) if shift else None)


def cacheable(config) -> bool:
    """Whether results under ``config`` may be kept: not when it enables a rule whose module
    says ``CACHEABLE = False`` (no-dead-link: the same text gives other results once a link
    has died, and a stored result would hide it)."""
    from postlint.engine import load_rule

    try:
        return all(getattr(load_rule(r.id), "CACHEABLE", True) for r in config.rules)
    except Exception:  # (an unknown rule: linting will say so; keep nothing meanwhile)
        return False


class Cache:
    def __init__(self, location: str | os.PathLike = DEFAULT_LOCATION):
        self.root = Path(location)
        self._config_keys: dict[int, str] = {}
        self._cacheable_configs: dict[int, bool] = {}
        self._warned = False

    def _key(self, data: bytes, config) -> str:
        config_key = self._config_keys.get(id(config))
        if config_key is None:
            config_key = hashlib.sha256((config.fingerprint() + _versions()).encode()).hexdigest()
            self._config_keys[id(config)] = config_key
        return hashlib.sha256(config_key.encode() + hashlib.sha256(data).digest()).hexdigest()

    def _cacheable(self, config) -> bool:
        known = self._cacheable_configs.get(id(config))
        if known is None:
            known = self._cacheable_configs[id(config)] = cacheable(config)
        return known

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key[2:]}.json"

    def get(self, data: bytes, config) -> list[Problem] | None:
        entry = self.get_entry(data, config)
        return None if entry is None else entry[0]

    def get_entry(self, data: bytes, config) -> tuple[list[Problem], list | None] | None:
        """(problems, their stored positions or None) of a file, or None when not cached.
        The positions (``runner.ProblemPositions.stored``) spare a re-run decoding the file."""
        if not self._cacheable(config):
            return None
        try:
            stored = json.loads(self._path(self._key(data, config)).read_text("utf-8"))
            return [_decode(r) for r in stored["problems"]], stored.get("positions")
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def put(self, data: bytes, config, problems: list[Problem], positions: list | None = None) -> None:
        if not self._cacheable(config):
            return
        path = self._path(self._key(data, config))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not (self.root / ".gitignore").exists():
                (self.root / ".gitignore").write_text("*\n", "utf-8")
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"problems": [_encode(p) for p in problems], "positions": positions}, handle,
                          ensure_ascii=False)
            os.replace(tmp, path)
        except OSError as exc:  # a cache that cannot be written only costs time: say so once
            if not self._warned:
                self._warned = True
                print(f"postlint: warning: cannot write the cache in {self.root}: {exc.strerror or exc}; "
                      "the next run will lint every file again", file=sys.stderr)

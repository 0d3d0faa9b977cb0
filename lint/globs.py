"""Globs as textlint reads them: the ignore file (``.textlintignore``) and glob arguments.

textlint hands both to node-glob, whose patterns are minimatch's: ``*`` and ``?`` within a
path segment, ``**`` for any number of segments, ``[...]`` classes, ``{a,b}`` and ``{1..3}``
braces, ``@(a|b)``-style extglobs; dot files match like any other; ``!`` at the start is an
ordinary character (no negation).  wcmatch implements the same dialect; its flags are set to
minimatch's here, and a pattern's ``.`` and ``dir/..`` segments are removed as minimatch
removes them.  Patterns are relative to the current folder, not to the ignore file.

The ignore file: one pattern per line; blank lines and lines starting with ``#`` are skipped.
A pattern ignores a file when it matches the file's path relative to the current folder (or
the absolute path, for an absolute pattern).  As in textlint, ``drafts/**`` ignores what is
under drafts/, while ``drafts`` and ``drafts/`` only name the folder itself and ignore
nothing inside it.

>>> ignore = Ignore(["drafts/**", "*.txt", "posts/20[01]?/**"], cwd="/site")
>>> [ignore.ignored(p) for p in ["/site/drafts/a.md", "/site/notes.txt", "/site/sub/notes.txt"]]
[True, True, False]
>>> [ignore.ignored(p) for p in ["/site/posts/2015/a.md", "/site/posts/2024/a.md"]]
[True, False]
>>> is_glob("posts/**/*.md"), is_glob("posts/2024-01-01-hello.md")
(True, False)
"""

from __future__ import annotations

import os
import re

IGNORE_FILES = (".postlintignore", ".textlintignore")  # looked for in the current folder, in this order
DEFAULT_IGNORES = ("**/.git/**", "**/node_modules/**")  # textlint's, for glob arguments and named files
_MAGIC = re.compile(r"[*?[{]|[@!+]\(")


def _flags():
    from wcmatch import glob

    return glob.GLOBSTAR | glob.BRACE | glob.EXTGLOB | glob.DOTGLOB | glob.NODOTDIR


def is_glob(arg: str) -> bool:
    """Whether a command-line path is a pattern (it holds one of minimatch's special characters)."""
    return bool(_MAGIC.search(arg))


def normalize(pattern: str) -> str:
    """The pattern without ``.`` segments and ``dir/..`` pairs, as minimatch reads it.

    >>> normalize("./docs/./a.md"), normalize("docs/../a.md"), normalize("**/../a.md")
    ('docs/a.md', 'a.md', '**/../a.md')
    """
    parts: list[str] = []
    for i, part in enumerate(pattern.split("/")):
        if part == "." and (parts or i > 0 or "/" in pattern):
            continue
        if part == ".." and parts and parts[-1] not in ("..", "**", ""):
            parts.pop()
            continue
        parts.append(part)
    return "/".join(parts)


class Ignore:
    """Patterns of an ignore file, matched as textlint matches them (see the module's text),
    and textlint's own two (anything under a .git/ or node_modules/ folder)."""

    def __init__(self, patterns=(), cwd: str | None = None, source: str | None = None) -> None:
        self.cwd = os.path.abspath(cwd or os.getcwd())
        self.source = source  # the ignore file the patterns came from, if any
        self.patterns = [normalize(p) for p in patterns]
        self._matchers = None

    @classmethod
    def read(cls, path: str, cwd: str | None = None) -> Ignore:
        """The patterns of the ignore file ``path`` (``OSError``/``UnicodeDecodeError`` if unreadable)."""
        with open(path, encoding="utf-8-sig") as handle:
            lines = handle.read().splitlines()
        patterns = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
        return cls(patterns, cwd, source=path)

    def _match(self, relative: str, full: str) -> bool:
        if self._matchers is None:  # wcmatch is imported only where an ignore file has patterns
            from wcmatch import glob

            relative_ones = [p for p in self.patterns if not p.startswith("/")]
            absolute_ones = [p for p in self.patterns if p.startswith("/")]
            self._matchers = tuple(glob.compile(group, flags=_flags()) if group else None
                                   for group in (relative_ones, absolute_ones))
        by_relative, by_full = self._matchers
        return bool((by_relative and (by_relative.match(relative) or by_relative.match(relative + "/")))
                    or (by_full and (by_full.match(full) or by_full.match(full + "/"))))

    def ignored(self, path: str) -> bool:
        """Whether the file ``path`` (absolute, or relative to the current folder) is ignored."""
        full = os.path.abspath(os.path.join(self.cwd, path))
        relative = os.path.relpath(full, self.cwd).replace(os.sep, "/")
        folders = relative.split("/")[:-1]
        if ".." not in folders and (".git" in folders or "node_modules" in folders):
            return True  # DEFAULT_IGNORES, without the pattern matcher
        return bool(self.patterns) and self._match(relative, full.replace(os.sep, "/"))


def find_ignore_file(cwd: str | None = None) -> str | None:
    """The ignore file of the current folder: ``.postlintignore``, else ``.textlintignore``."""
    for name in IGNORE_FILES:
        path = os.path.join(cwd or os.getcwd(), name)
        if os.path.isfile(path):
            return path
    return None


def expand(pattern: str, cwd: str | None = None) -> list[str]:
    """The files a glob argument names, sorted; not those under .git/ or node_modules/.

    Paths come back as the pattern writes them: relative when it is relative.
    """
    from wcmatch import glob

    found = glob.glob(normalize(pattern), flags=_flags() | glob.NODIR, root_dir=cwd or None,
                      exclude=list(DEFAULT_IGNORES))
    return sorted(found)

"""Data a rule downloads from the web (a proofdict site's ``dictionary.json``, the list of
words no-hoso-kinshi-yogo looks for): fetched when the config loads and at most every
``max_age`` seconds, kept on disk so that a run without the network uses the last copy,
and not asked again for ``RETRY_AFTER`` seconds after a failure (a run of many files does
not wait for a site that is down once per file).  With ``POSTLINT_OFFLINE`` set (to anything
but the empty string), nothing is downloaded: copies on disk and ``file:`` addresses still
serve (a sandboxed CI, the project's own tests).

A copy is the response's bytes as they came, in a file of its own; its modification time
is when it was fetched.  It is written atomically (a temporary file renamed over it), so a
run stopped halfway, or two runs at once, never leave half a copy.  A ``file:`` address
is read itself, again whenever it changes, and no copy is kept.

>>> import json, os, pathlib, tempfile
>>> site = pathlib.Path(tempfile.mkdtemp(), "list.json"); site.write_text("[1, 2]")
6
>>> fetch(site.as_uri(), 60, json.loads, "the test list", "test")   # a file: address is read as it is
([1, 2], None)
>>> site.write_text("[3]"); fetch(site.as_uri(), 60, json.loads, "the test list", "test")
3
([3], None)
"""

from __future__ import annotations

import hashlib
import os
import time
import urllib.error
import urllib.request

__all__ = ["cache_folder", "fetch", "FETCH_TIMEOUT", "RETRY_AFTER"]

FETCH_TIMEOUT = 5.0  # seconds a site may take to answer
RETRY_AFTER = 60.0  # seconds before a site that failed is asked again
MAX_BYTES = 64 * 2 ** 20  # a larger answer is refused, not held in memory

_FETCHED: dict[str, tuple[float, object]] = {}  # url -> (when, the data), this process's
_FAILED: dict[str, tuple[float, str]] = {}  # url -> (when, why) of this process's last failed fetch


def cache_folder(kind: str) -> str:
    """Where copies of ``kind`` are kept: ``$POSTLINT_CACHE_HOME/kind``, else the user's
    cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``) ``/postlint/kind``."""
    home = os.environ.get("POSTLINT_CACHE_HOME")
    if home:
        return os.path.join(home, kind)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "postlint", kind)


def fetch(url: str, max_age: float, parse, label: str, kind: str,
          path: str | None = None) -> tuple[object | None, str | None]:
    """(the data at ``url``, None) or (the last copy's data or None, why it could not be
    fetched).  ``parse`` turns the bytes into the data (ValueError for bytes that are not
    what was asked for); ``label`` names the data in the reason; the copy is kept at
    ``path``, else in ``cache_folder(kind)`` under a name made from the URL.  A copy younger
    than ``max_age`` seconds, in this process or on disk, is used without asking the site."""
    if url.startswith("file:"):
        return _local(url, parse, label)
    now = time.time()
    held = _FETCHED.get(url)
    if held is not None and now - held[0] <= max_age:
        return held[1], None
    if path is None:
        path = os.path.join(cache_folder(kind), hashlib.sha256(url.encode()).hexdigest()[:32])
    stored = _read_copy(path, parse)
    if stored is not None and now - stored[0] <= max_age:
        _FETCHED[url] = stored
        return stored[1], None
    failed = _FAILED.get(url)
    if failed is not None and now - failed[0] <= max(max_age, RETRY_AFTER):
        return (stored[1] if stored is not None else None), failed[1]
    if os.environ.get("POSTLINT_OFFLINE"):
        why = f"not fetching {label} {url}: POSTLINT_OFFLINE is set"
        return (stored[1], why + " (using the copy fetched before)") if stored is not None else (None, why)
    try:
        with urllib.request.urlopen(url, timeout=FETCH_TIMEOUT) as response:
            body = response.read(MAX_BYTES + 1)
        if len(body) > MAX_BYTES:
            raise ValueError(f"the answer is over {MAX_BYTES // 2 ** 20} MB")
        data = parse(body)
    except (OSError, ValueError, urllib.error.URLError) as exc:
        why = f"cannot fetch {label} {url}: {getattr(exc, 'reason', None) or exc}"
        if stored is not None:
            why += " (using the copy fetched before)"
        _FAILED[url] = (now, why)
        return (stored[1] if stored is not None else None), why
    _FETCHED[url] = (now, data)
    _FAILED.pop(url, None)
    _write_copy(path, body)
    return data, None


_PARSED: dict[tuple, tuple[tuple, object]] = {}  # (path, parse) -> ((mtime, size), the data)


def _parsed_file(path: str, parse) -> tuple[float, object]:
    """(modification time, data) of the file at ``path``, parsed again only when it changes
    (a rule asks once per document; OSError or ValueError when it cannot be had)."""
    stat = os.stat(path)
    stamp = (stat.st_mtime_ns, stat.st_size)
    held = _PARSED.get((path, parse))
    if held is not None and held[0] == stamp:
        return stat.st_mtime, held[1]
    with open(path, "rb") as f:
        data = parse(f.read())
    if len(_PARSED) > 16:
        _PARSED.clear()
    _PARSED[(path, parse)] = (stamp, data)
    return stat.st_mtime, data


def _local(url: str, parse, label: str) -> tuple[object | None, str | None]:
    """A ``file:`` address: the file itself, read again whenever it changes (no copy kept)."""
    from urllib.parse import urlsplit

    try:
        return _parsed_file(urllib.request.url2pathname(urlsplit(url).path), parse)[1], None
    except (OSError, ValueError) as exc:
        return None, f"cannot fetch {label} {url}: {getattr(exc, 'strerror', None) or exc}"


def _read_copy(path: str, parse) -> tuple[float, object] | None:
    """(when it was fetched, its data) of the copy at ``path``, or None (none, or not data)."""
    try:
        return _parsed_file(path, parse)
    except (OSError, ValueError):
        return None


def _write_copy(path: str, body: bytes) -> None:
    try:
        os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
        temporary = f"{path}.{os.getpid()}.tmp"
        with open(temporary, "wb") as f:
            f.write(body)
        os.replace(temporary, path)
    except OSError:
        pass  # no cache folder: the next run fetches again

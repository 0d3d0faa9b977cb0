"""Lint many files: a process pool (one tagger per worker), largest files first,
results in the order the files were given, an optional content-addressed cache.

>>> from postlint.config import resolve
>>> results = lint_files([], lambda p: resolve({"rules": {}}), jobs=1)
>>> results
[]
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

from postlint import timing
from postlint.formatters import FileResult
from postlint.rule import Problem, Severity

# Below this much text a run stays in one process: starting workers costs more than
# the lint (a pre-commit hook's few posts).
PARALLEL_MIN_BYTES = 200_000
# Files read and queued per worker ahead of it in a parallel run.
QUEUED_PER_WORKER = 4


def _read(path: str) -> bytes | OSError:
    from postlint.source import read_bounded

    try:
        return read_bounded(path)
    except OSError as exc:
        return exc


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _lint_job(job) -> list[Problem]:
    path, data, config = job
    from postlint.engine import lint_bytes

    return lint_bytes(data, config, path)


def _lint_path_job(job) -> FileResult:
    """A worker's whole part of one file when no cache is asked for: read it, lint it and
    keep its problems' positions, so that the main process (which shares the CPUs with
    the workers) only hands the result on."""
    path, config = job
    return _finished(path, _read(path), config, None)


def _timed(job, args):
    """``job(args)`` and the time this worker's rules spent on it (``TIMING``)."""
    return job(args), timing.take()


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def _pool(workers: int):
    from concurrent.futures import ProcessPoolExecutor  # 26 ms to import: only parallel runs pay

    from postlint.text import remember_across_lints

    return ProcessPoolExecutor(max_workers=workers, initializer=remember_across_lints, initargs=(False,))


def _preload(configs) -> None:
    """Import the rules and open the tagger before the workers fork, so they
    inherit them instead of each loading its own."""
    from postlint.engine import load_rule
    from postlint.morph import tokens

    for config in configs:
        for setting in config.rules:
            load_rule(setting.id)
    tokens("。", "ipadic")


def lint_files(files: list[str], config_for, *, jobs: int | None = None, cache=None,
               progress: bool = False) -> list[FileResult]:
    """Lint ``files`` (paths) with the config ``config_for(path)`` gives each: the results
    of :func:`iter_results`, as a list."""
    return list(iter_results(files, config_for, jobs=jobs, cache=cache, progress=progress))


def iter_results(files: list[str], config_for, *, jobs: int | None = None, cache=None,
                 progress: bool = False) -> Iterator[FileResult]:
    """Each file's result, in the order the files were given, as soon as it and every file
    before it are done.

    Streams: a file is read when it is linted (in a parallel run, when it is
    queued for a worker, a few per worker ahead), its result keeps the positions
    of its problems, not its text, unless a run-level rule will read the text
    again, and a result the caller has taken is not kept here.  Memory does not
    grow with the size of the site.
    """
    from postlint.text import remember_across_lints

    jobs = jobs or default_jobs()
    sizes = [_size(path) for path in files]
    bar = _Progress(len(files)) if progress and len(files) >= 20 and sys.stderr.isatty() else None
    if jobs > 1 and len(files) > 1 and sum(sizes) >= PARALLEL_MIN_BYTES:
        done = _in_input_order(_lint_in_pool(files, sizes, config_for, jobs, cache))
    else:
        done = (_finished(path, _read(path), config_for(path), cache) for path in files)
    # each file is linted once here: memos by content across lints would cost, not save
    previous = remember_across_lints(False)
    try:
        for result in done:
            if bar:
                bar.step()
            yield result
    finally:
        remember_across_lints(previous)
    if bar:
        bar.done()


def _in_input_order(finished) -> Iterator[FileResult]:
    """``(index, result)`` pairs in any order -> the results in index order."""
    waiting: dict[int, FileResult] = {}
    following = 0
    for i, result in finished:
        waiting[i] = result
        while following in waiting:
            yield waiting.pop(following)
            following += 1


# Files go to the pool in windows of this many, largest first within each window (a long file
# does not start last and hold up the end of the run), and no file is queued more than two
# windows after the earliest one still running: the results waiting to be handed on in input
# order stay under about two windows, however many files the run has.
ORDER_WINDOW = 256


def submission_order(sizes: list[int], window: int = ORDER_WINDOW) -> list[int]:
    """Indices of the files, window by window, largest first in each.

    >>> submission_order([1, 5, 3, 9, 2], window=3)
    [1, 2, 0, 3, 4]
    """
    order: list[int] = []
    for low in range(0, len(sizes), window):
        order += sorted(range(low, min(low + window, len(sizes))), key=lambda i: sizes[i], reverse=True)
    return order


def _lint_in_pool(files, sizes, config_for, jobs: int, cache) -> Iterator[tuple[int, FileResult]]:
    """``(index, result)`` as the workers finish; at most QUEUED_PER_WORKER files per worker
    read ahead."""
    from concurrent.futures import FIRST_COMPLETED, wait

    order = submission_order(sizes, ORDER_WINDOW)
    timed = timing.enabled()  # the workers send their rules' times with each result
    configs = [config_for(path) for path in files]
    preloaded = False  # rules and tagger load at the first file not in the cache: a re-run need not
    done = bytearray(len(files))
    earliest = 0  # the first file not finished: files are queued at most 2 windows after it
    with _pool(min(jobs, len(files))) as pool:
        running: dict = {}
        cursor = 0
        while True:
            while earliest < len(files) and done[earliest]:
                earliest += 1
            queued_from = cursor
            while cursor < len(order) and len(running) < jobs * QUEUED_PER_WORKER \
                    and order[cursor] < earliest + 2 * ORDER_WINDOW:
                i = order[cursor]
                cursor += 1
                path, config = files[i], configs[i]
                if cache is None:
                    job, args, data = _lint_path_job, (path, config), None
                else:
                    data = _read(path)
                    hit = _cached(cache, data, config)
                    if isinstance(data, OSError) or hit is not None:
                        done[i] = 1
                        yield i, _finished(path, data, config, cache, hit)
                        continue
                    job, args = _lint_job, (path, data, config)
                if not preloaded:
                    _preload({id(c): c for c in configs}.values())
                    preloaded = True
                future = pool.submit(_timed, job, args) if timed else pool.submit(job, args)
                running[future] = (i, path, data, config)
            if not running:
                if cursor >= len(order):
                    return
                if cursor == queued_from:  # cannot happen: the earliest unfinished file is always queueable
                    raise RuntimeError("postlint: the file queue stalled; please report it")
                continue  # everything queued was cached: queue the next files
            for future in wait(running, return_when=FIRST_COMPLETED).done:
                i, path, data, config = running.pop(future)
                done[i] = 1
                result = timing.merged(future.result()) if timed else future.result()
                if data is None:  # read and linted by the worker
                    yield i, result
                else:
                    yield i, _finished(path, data, config, cache, None, result)


_NOT_LOOKED_UP = object()


def _cached(cache, data, config):
    if cache is None or isinstance(data, OSError):
        return None
    return cache.get_entry(data, config)


def _finished(path: str, data, config, cache, hit=_NOT_LOOKED_UP, problems=None) -> FileResult:
    """One file's result: unreadable, from the cache, or linted (here, unless ``problems``)."""
    if isinstance(data, OSError):
        from postlint.cli import _unreadable

        return _unreadable(path, data)
    if hit is _NOT_LOOKED_UP:
        hit = _cached(cache, data, config)
    if hit is not None:
        cached, positions = hit
        if positions is None or _needs_text(config):
            return _result(path, data, cached, config)
        try:
            return FileResult(path, cached, ProblemPositions.restored(positions, path, cached))
        except ValueError:
            pass  # a damaged cache entry: lint the file again (and store it anew)
    if problems is None:
        problems = _lint_job((path, data, config))
    result = _result(path, data, problems, config)
    if cache is not None:
        positions = result.source.stored() if isinstance(result.source, ProblemPositions) else None
        cache.put(data, config, problems, positions)
    return result


def _result(path: str, data: bytes, problems: list[Problem], config=None) -> FileResult:
    """A file's result; its text is kept only when a run-level rule will read it again."""
    from postlint.source import Source, SourceError

    try:
        source = Source.from_bytes(data, path)
    except SourceError:
        source = None
    if source is not None and config is not None and not _needs_text(config):
        source = ProblemPositions(source, problems)
    return FileResult(path, problems, source)


_NEEDS_TEXT: dict[int, tuple] = {}  # id(config) -> (config, answer): asked once per file


def _needs_text(config) -> bool:
    known = _NEEDS_TEXT.get(id(config))
    if known is None or known[0] is not config:
        from postlint.runlevel import run_level_rules

        if len(_NEEDS_TEXT) > 64:
            _NEEDS_TEXT.clear()
        known = _NEEDS_TEXT[id(config)] = (config, bool(run_level_rules(config)))
    return known[1]


class ProblemPositions:
    """What the formatters ask of a file's :class:`~postlint.source.Source` (UTF-16
    offsets and positions), kept for the offsets of its problems only: a run over
    a whole site holds no file's text.

    >>> from postlint.source import Source
    >>> src = Source.from_text("😀あい\\nう", "x.md")
    >>> pos = ProblemPositions(src, [Problem("r", "m", 1, 4)])
    >>> pos.utf16(1), pos.utf16_position(4), bool(pos.text)
    (2, (2, 0), True)
    """

    __slots__ = ("_utf16", "_positions", "_git", "bom", "path")

    def __init__(self, source, problems: list[Problem]):
        offsets = {o for p in problems for o in self._offsets(p)}
        self._utf16 = {o: source.utf16(o) for o in offsets}
        self._positions = {o: source.utf16_position(o) for o in offsets}
        # git's positions, where a line ends at something else than a line feed (see Source.git_position)
        self._git = {o: source.git_position(o) for o in offsets} if source.has_odd_breaks else None
        self.bom, self.path = source.bom, source.path

    @property
    def text(self) -> str:
        return "\0"  # not empty (the file had text), but the text itself is not kept

    def stored(self) -> list:
        """What ``--cache`` keeps of it (JSON): ``[bom, [[offset, utf16, line, column], ...]]``,
        and where git counts other lines, ``[[offset, git line, column], ...]`` after them.

        >>> from postlint.source import Source
        >>> pos = ProblemPositions(Source.from_text("😀あ", "x.md"), [Problem("r", "m", 1, 2)])
        >>> again = ProblemPositions.restored(pos.stored(), "x.md", [Problem("r", "m", 1, 2)])
        >>> [again.utf16(1), again.utf16_position(2)] == [pos.utf16(1), pos.utf16_position(2)]
        True
        """
        stored = [self.bom, [[o, u, *self._positions[o]] for o, u in self._utf16.items()]]
        if self._git is not None:
            stored.append([[o, *position] for o, position in self._git.items()])
        return stored

    @classmethod
    def restored(cls, stored: list, path: str, problems: list[Problem]) -> "ProblemPositions":
        """The positions ``stored()`` kept for ``problems``, without the file's text.
        ValueError if ``stored`` is not what ``stored()`` writes or misses one of them."""
        self = cls.__new__(cls)
        try:
            bom, rows, *git_rows = stored
            self._utf16 = {o: u for o, u, _line, _column in rows}
            self._positions = {o: (line, column) for o, _u, line, column in rows}
            self._git = {o: (line, column) for o, line, column in git_rows[0]} if git_rows else None
            if len(git_rows) > 1 or (self._git is not None and self._git.keys() != self._utf16.keys()):
                raise ValueError("git's positions are not those of the offsets")
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not stored positions: {exc}") from None
        values = [bom, *self._utf16, *self._utf16.values(), *(n for pair in self._positions.values() for n in pair),
                  *(n for pair in (self._git or {}).values() for n in pair)]
        if not all(type(v) is int or type(v) is bool for v in values):
            raise ValueError("not stored positions: a value is no number")
        if any(o not in self._utf16 for p in problems for o in cls._offsets(p)):
            raise ValueError("not stored positions: a problem's offset is missing")
        self.bom, self.path = bom, path
        return self

    @staticmethod
    def _offsets(problem: Problem) -> tuple[int, ...]:
        """The offsets of a problem whose positions are kept: its range and its fix's."""
        fix = problem.fix
        return (problem.start, problem.end) if fix is None else (problem.start, problem.end, fix.start, fix.end)

    def utf16(self, offset: int) -> int:
        return self._utf16[offset]

    def utf16_position(self, offset: int) -> tuple[int, int]:
        return self._positions[offset]

    @property
    def has_odd_breaks(self) -> bool:
        return self._git is not None

    def git_position(self, offset: int) -> tuple[int, int]:
        return self._positions[offset] if self._git is None else self._git[offset]


class _Progress:
    """A one-line progress bar on stderr (only on a terminal, only for many files)."""

    def __init__(self, total: int):
        self.total, self.count = total, 0

    def step(self) -> None:
        self.count += 1
        width = 30
        filled = width * self.count // self.total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.count}/{self.total}")
        sys.stderr.flush()

    def done(self) -> None:
        sys.stderr.write("\r" + " " * 50 + "\r")
        sys.stderr.flush()


def only_errors(results):
    """The results with their errors only (``--quiet``), one by one."""
    for r in results:
        r.problems = [p for p in r.problems if p.severity == Severity.ERROR]
        yield r

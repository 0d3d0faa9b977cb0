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
from pathlib import Path

from postlint.formatters import FileResult
from postlint.rule import Problem, Severity


def _read(path: str) -> bytes | OSError:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        return exc


def _lint_job(job) -> list[Problem]:
    path, data, config = job
    from postlint.engine import lint_bytes

    return lint_bytes(data, config, path)


def _result(path: str, data: bytes, problems: list[Problem]) -> FileResult:
    from postlint.source import Source, SourceError

    try:
        source = Source.from_bytes(data, path)
    except SourceError:
        source = None
    return FileResult(path, problems, source)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


# Below this much text a run stays in one process: starting workers costs more than
# the lint (a pre-commit hook's few posts).
PARALLEL_MIN_BYTES = 200_000


def _pool(workers: int):
    from concurrent.futures import ProcessPoolExecutor  # 26 ms to import: only parallel runs pay

    return ProcessPoolExecutor(max_workers=workers)


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
    """Lint ``files`` (paths) with the config ``config_for(path)`` gives each."""
    from postlint.cli import _unreadable

    results: dict[int, FileResult] = {}
    pending = []
    for i, path in enumerate(files):
        data = _read(path)
        if isinstance(data, OSError):
            results[i] = _unreadable(path, data)
            continue
        config = config_for(path)
        cached = cache.get(data, config) if cache is not None else None
        if cached is not None:
            results[i] = _result(path, data, cached)
        else:
            pending.append((i, path, data, config))
    pending.sort(key=lambda job: len(job[2]), reverse=True)
    jobs = jobs or default_jobs()
    bar = _Progress(len(pending)) if progress and len(pending) >= 20 and sys.stderr.isatty() else None
    if jobs > 1 and len(pending) > 1 and sum(len(job[2]) for job in pending) >= PARALLEL_MIN_BYTES:
        _preload({id(c): c for *_, c in pending}.values())
        with _pool(min(jobs, len(pending))) as pool:
            outputs = pool.map(_lint_job, [(p, d, c) for _, p, d, c in pending], chunksize=4)
            for (i, path, data, config), problems in zip(pending, outputs):
                results[i] = _store(cache, path, data, config, problems)
                bar and bar.step()
    else:
        for i, path, data, config in pending:
            results[i] = _store(cache, path, data, config, _lint_job((path, data, config)))
            bar and bar.step()
    bar and bar.done()
    return [results[i] for i in range(len(files))]


def _store(cache, path, data, config, problems) -> FileResult:
    if cache is not None:
        cache.put(data, config, problems)
    return _result(path, data, problems)


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


def only_errors(results: list[FileResult]) -> None:
    for r in results:
        r.problems = [p for p in r.problems if p.severity == Severity.ERROR]

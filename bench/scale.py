#!/usr/bin/env python3
"""How a whole-site run scales: N generated posts linted by the CLI, and what 1M posts would take.

    python bench/scale.py --posts 100000 --jobs 2
    python bench/scale.py --posts 2000 --jobs 1 --jobs 2      # a quick look at the scaling

Posts are built from the sentences of ../shared/corpus as in bench/cross_post_scale.py (6-16
paragraphs of 2-4 real sentences, a few paragraphs copied between posts), written under a
temporary folder, and linted by ``python -m postlint --format json`` with
preset-ja-technical-writing, as in bench/perf.py.  For each ``--jobs`` value the bench prints
wall time, posts and characters per second, peak RSS of the largest process, and the time
1,000,000 such posts would take at that rate on the same number of cores.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cross_post_scale import DEFAULT_CORPUS, corpus_sentences, generate, render  # noqa: E402
from perf import config_file, machine, run_with_peak_rss  # noqa: E402


def write_posts(root: Path, n_posts: int, corpus: Path, seed: int) -> tuple[int, int]:
    """Write the generated posts under ``root``; (posts, characters)."""
    posts, _ = generate(n_posts, corpus_sentences(corpus), 0.01, 0.01, seed)
    chars = 0
    for path, paragraphs in posts:
        text = render(path, paragraphs)
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
        chars += len(text)
    return len(posts), chars


def lint_all(root: Path, jobs: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds of postlint and its workers, peak RSS (MiB) of the largest process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = root.parent / f"report-{jobs}.json"
    proc, peak = run_with_peak_rss([sys.executable, "-m", "postlint", "--jobs", str(jobs), "--format", "json",
                                    "--config", config_file(), "--output-file", str(out), str(root)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"postlint failed: {proc.stderr.decode()[-1500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, peak // 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--posts", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, action="append", help="worker processes (repeatable; default: CPUs)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        t0 = time.perf_counter()
        n_posts, chars = write_posts(root, args.posts, args.corpus, args.seed)
        print(f"generated {n_posts:,} posts, {chars / 1e6:.1f}M characters "
              f"({chars / n_posts:,.0f} per post) in {time.perf_counter() - t0:.0f} s")
        for jobs in args.jobs or [os.cpu_count() or 1]:
            wall, cpu, rss = lint_all(root, jobs)
            per_post = wall / n_posts
            print(f"--jobs {jobs}: {wall:.1f} s wall, {cpu:.0f} s CPU, {n_posts / wall:.0f} posts/s, "
                  f"{chars / wall / 1e6:.2f}M chars/s, peak RSS {rss} MB (largest process); "
                  f"1,000,000 such posts: {per_post * 1e6 / 3600:.1f} h on {jobs} core(s), "
                  f"{cpu / n_posts * 1e6 / 3600:.1f} CPU-hours")
    return 0


if __name__ == "__main__":
    sys.exit(main())

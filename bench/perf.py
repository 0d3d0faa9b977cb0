#!/usr/bin/env python3
"""Speed and memory of postlint, side by side with textlint and with the floor, in one run.

    python bench/perf.py                 # everything; writes bench/RESULTS.md, adds a row to bench/HISTORY.md
    python bench/perf.py --skip-textlint --repeat 1

Measures, on ../shared/corpus with preset-ja-technical-writing:
 (a) textlint via ../shared/oracle (one run: it takes minutes),
 (b) postlint in a single process (--jobs 1),
 (c) postlint --jobs N (default: CPUs) and --jobs 2 against --jobs 1 (the corpus runs go in
     turn, --jobs 1, 2, N, --repeat times, so the machine's drift touches them alike),
 (d) the floor: parse every file with pyromark and tokenize its paragraphs and headings once
     with the dictionary the preset's rules use (IPADIC), no rules; and, stricter, the
     libraries alone on the same input (pyromark's events, MeCab's text output: no tree, no
     token objects),
 (e) one post end to end, interpreter start included, for both tools, and its floor (a fresh
     interpreter running bench/floor.py on the post: the imports parsing and tokenizing need);
     postlint and the floor run in turn, 15 times each, with wall and CPU time, and once
     each under valgrind's callgrind for their instruction counts (steady where seconds drift),
 (f) a cached re-run with nothing changed, and peak RSS per process,
and, in one more single-process run, each rule's time (TIMING=all, postlint's timing table).
Medians of --repeat runs.  Also writes bench/out/importtime.txt and bench/out/profile.txt.
A run of the whole corpus with textlint adds its row to bench/HISTORY.md's table of every run.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from compare_textlint import config_file as compare_config
from floor import floor

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
SHARED = HERE.parents[1] / "shared"
CORPUS = SHARED / "corpus"
SEED = HERE.parent / "seeds" / "2025-11-10-korea-ai-investment.md"


def corpus() -> list[str]:
    return [str(CORPUS / n) for n in (CORPUS / "bench-list.txt").read_text("utf-8").split()]


def raw_floor(files: list[str]) -> float:
    """Seconds for the libraries alone on what :func:`floor` parses and tokenizes: pyromark's
    events for every file and MeCab's text output (IPADIC) for the same paragraphs and
    headings, with no tree and no token objects (the texts are found before timing)."""
    import pyromark

    from postlint.markdown import _OPTIONS, parse
    from postlint.morph import _tagger
    from postlint.source import Source

    bodies, texts = [], []
    for path in files:
        source = Source.from_bytes(Path(path).read_bytes(), path)
        bodies.append(source.text)
        texts += [source.text[n.start:n.end] for n in parse(source).walk() if n.type in ("Paragraph", "Header")]
    tagger = _tagger("ipadic")
    start = time.perf_counter()
    for body in bodies:
        for _ in pyromark.events_with_range(body, options=_OPTIONS):
            pass
    for text in texts:
        tagger.parse(text)
    return time.perf_counter() - start


def config_file() -> str:
    """The config textlint and postlint both run with (bench/compare_textlint.py's)."""
    return str(compare_config("technical-writing"))


# As on a user's machine: Python may write and use its .pyc files (some shells here set
# PYTHONDONTWRITEBYTECODE, which makes every start compile postlint's sources again).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str], **kw) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB, largest child so far: see run_with_peak_rss) of a command."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV, **kw)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"{cmd[:4]} failed: {proc.stderr.decode()[-1500:]}")
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


# Runs a command and writes its children's peak RSS (KiB) to the file named first.  A process
# started from this bench inherits the bench's own peak: Linux keeps the larger of the two
# through fork and exec, and the bench holds the parsed corpus or the generated posts.  This
# small interpreter, started fresh, gives its child a clean count.
_PEAK_RSS = ("import resource, subprocess, sys\n"
             "code = subprocess.run(sys.argv[2:]).returncode\n"
             "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
             "sys.exit(code)\n")


def run_with_peak_rss(cmd: list[str], **kw) -> tuple[subprocess.CompletedProcess, int]:
    """``subprocess.run(cmd, **kw)`` and the peak RSS (KiB) of its largest process, workers
    included, whatever this process's own size."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "peak"
        proc = subprocess.run([sys.executable, "-c", _PEAK_RSS, str(report), *cmd], env=ENV, **kw)
        try:
            return proc, int(report.read_text())
        except (OSError, ValueError):
            return proc, 0


def cpu_of(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of a command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, _ = timed(cmd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(cmd: list[str]) -> int | None:
    """Instructions a command executes (valgrind's callgrind; None without valgrind): unlike
    seconds, the same for the same binary and input whatever else the machine is doing."""
    if not shutil.which("valgrind"):
        return None
    proc = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV, text=True)
    found = [line for line in proc.stderr.splitlines() if "Collected :" in line]
    return int(found[-1].split(":")[-1]) if found else None


def alternating(repeat: int, *cmds: list[str]) -> list[dict[str, float]]:
    """Median and best wall time and median CPU time of each command, run in turn
    ``repeat`` times, so that the machine's drift touches them alike."""
    runs: list[list[tuple[float, float]]] = [[] for _ in cmds]
    for _ in range(repeat):
        for cmd, found in zip(cmds, runs):
            found.append(cpu_of(cmd))
    return [{"wall": statistics.median(w for w, _ in found), "best": min(w for w, _ in found),
             "cpu": statistics.median(c for _, c in found)} for found in runs]


def median_of(repeat: int, cmd: list[str], **kw) -> tuple[float, int]:
    runs = [timed(cmd, **kw) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def postlint_cmd(files: list[str], *extra: str) -> list[str]:
    """The command a user runs: the ``postlint`` script installed beside this Python (as
    pip and pre-commit install it; ``python -m postlint`` would add runpy's imports)."""
    script = Path(sys.executable).with_name("postlint")
    program = [str(script)] if script.exists() else [sys.executable, "-m", "postlint"]
    return [*program, "--format", "json", "--config", config_file(), *extra, *files]


HISTORY_MARK = "<!-- bench/perf.py adds each run's row above this line -->"


def add_history_row(cells: list[str], history: Path = HERE / "HISTORY.md") -> bool:
    """Put a run's row at the end of the table in ``history`` (before HISTORY_MARK);
    False when the file or the mark is missing.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     h = Path(tmp) / "HISTORY.md"
    ...     _ = h.write_text("| a | b |\\n|---|---|\\n| 1 | 2 |\\n" + HISTORY_MARK + "\\n")
    ...     add_history_row(["3", "4"], h), h.read_text().splitlines()[3]
    (True, '| 3 | 4 |')
    """
    try:
        text = history.read_text("utf-8")
    except OSError:
        return False
    if HISTORY_MARK not in text:
        return False
    row = "| " + " | ".join(cells) + " |\n"
    history.write_text(text.replace(HISTORY_MARK, row + HISTORY_MARK, 1), "utf-8")
    return True


def commit() -> str:
    """The checkout's short commit id, marked when files differ from it (not the two files
    this bench writes: RESULTS.md is written before the row is made)."""
    def git(*args):
        return subprocess.run(["git", "-C", str(HERE), *args], capture_output=True, text=True).stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = [line for line in git("status", "--porcelain", "--untracked-files=no").splitlines()
               if not line.endswith(("bench/RESULTS.md", "bench/HISTORY.md"))]
    return head + (" (modified)" if changed else "")


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} CPUs, {mem:.0f} GiB, Python {platform.python_version()}, {platform.system()}"


def profile(files: list[str]) -> None:
    from postlint.config import load
    from postlint.engine import lint_bytes

    config = load(config_file())
    prof = cProfile.Profile()
    prof.enable()
    for path in files:
        lint_bytes(Path(path).read_bytes(), config, path)
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(40)
    (OUT / "profile.txt").write_text(buf.getvalue())
    imp = subprocess.run([sys.executable, "-X", "importtime", "-m", "postlint", "--config", config_file(), str(SEED)],
                         capture_output=True, text=True)
    (OUT / "importtime.txt").write_text(imp.stderr)


def rule_times(files: list[str]) -> list[str]:
    """The lines of ``TIMING=all``'s table for one ``--jobs 1`` run of ``files`` (postlint's
    own per-rule timing, as a user gets it), and the line under it."""
    run = subprocess.run(postlint_cmd(files, "--jobs", "1"), capture_output=True, text=True,
                         env={**os.environ, "TIMING": "all"})
    lines = run.stderr.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("Rule ")), None)
    if start is None:
        return [f"(no timing table: postlint exited {run.returncode})"]
    return lines[start:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-textlint", action="store_true")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    files = corpus()[: args.limit] if args.limit else corpus()
    jobs = os.cpu_count() or 1
    rows: list[tuple[str, str]] = []
    load_before = os.getloadavg()[0]
    # writes the .pyc files and the start-up caches (postlint.startup_cache) once
    timed(postlint_cmd([str(SEED)], "--jobs", "1"))
    timed([sys.executable, str(HERE / "floor.py"), str(SEED)])

    floor_time = statistics.median(floor(files) for _ in range(args.repeat))
    raw_time = statistics.median(raw_floor(files) for _ in range(args.repeat))
    counts = sorted({1, 2, jobs})
    corpus_runs = dict(zip(counts, alternating(args.repeat, *(postlint_cmd(files, "--jobs", str(n)) for n in counts))))
    # the largest process: a single process holds what two workers share
    peak_rss = max(run_with_peak_rss(postlint_cmd(files, "--jobs", str(n)), stdout=subprocess.DEVNULL)[1]
                   for n in counts)
    single, two, multi = (corpus_runs[n]["wall"] for n in (1, 2, jobs))
    one, one_base = alternating(max(15, args.repeat), postlint_cmd([str(SEED)], "--jobs", "1"),
                                [sys.executable, str(HERE / "floor.py"), str(SEED)])
    one_post, one_floor = one["wall"], one_base["wall"]
    one_instructions = instructions(postlint_cmd([str(SEED)], "--jobs", "1"))
    floor_instructions = instructions([sys.executable, str(HERE / "floor.py"), str(SEED)])
    with tempfile.TemporaryDirectory() as tmp:
        cache = ["--cache", "--cache-location", str(Path(tmp) / "cache")]
        cold, _ = timed(postlint_cmd(files, "--jobs", str(jobs), *cache))
        warm, _ = median_of(args.repeat, postlint_cmd(files, "--jobs", str(jobs), *cache))
    textlint = textlint_one = None
    if not args.skip_textlint and shutil.which("node"):
        oracle = str(SHARED / "oracle" / "textlint-json")
        timed([oracle, "technical-writing", str(SEED)])  # install / warm the oracle
        textlint, _ = timed([oracle, "technical-writing", *files])
        textlint_one, _ = median_of(max(3, args.repeat), [oracle, "technical-writing", str(SEED)])

    rows.append(("files", f"{len(files)}"))
    if textlint:
        rows.append(("(a) textlint, corpus", f"{textlint:.1f} s"))
    for n in counts:
        found = corpus_runs[n]
        rows.append((f"({'b' if n == 1 else 'c'}) postlint --jobs {n}: median (best)",
                     f"{found['wall']:.2f} s ({found['best']:.2f} s)"))
    rows.append(("(d) floor: parse + tokenize once (IPADIC)", f"{floor_time:.2f} s"))
    rows.append(("(d) the libraries alone: pyromark's events + MeCab's text output, same texts", f"{raw_time:.2f} s"))
    if textlint_one:
        rows.append(("(e) one post, textlint (process start included)", f"{textlint_one:.2f} s"))
    for name, found in (("postlint (interpreter start included)", one),
                        ("floor: interpreter start, imports, parse + tokenize once", one_base)):
        rows.append((f"(e) one post, {name}: median (best; median CPU)",
                     f"{found['wall']:.3f} s ({found['best']:.3f} s; {found['cpu']:.3f} s)"))
    if one_instructions and floor_instructions:
        rows.append(("(e) one post, instructions (callgrind): postlint / floor",
                     f"{one_instructions / 1e6:.0f} M / {floor_instructions / 1e6:.0f} M"))
    rows.append(("(f) cold run with --cache", f"{cold:.2f} s"))
    rows.append(("(f) cached re-run, nothing changed", f"{warm:.2f} s"))
    rows.append(("peak RSS, largest postlint process", f"{peak_rss / 1024:.0f} MB"))
    ratios = []
    if textlint:
        ratios.append(("textlint / postlint --jobs N", f"{textlint / multi:.0f}×"))
        ratios.append(("textlint / postlint --jobs 1", f"{textlint / single:.0f}×"))
    ratios.append(("postlint --jobs 1 / floor", f"{single / floor_time:.2f}×"))
    ratios.append(("postlint --jobs 1 / the libraries alone", f"{single / raw_time:.1f}×"))
    ratios.append(("--jobs 1 / --jobs 2", f"{single / two:.2f}×"))
    if textlint_one:
        ratios.append(("one post: textlint / postlint", f"{textlint_one / one_post:.1f}×"))
    ratios.append(("one post: postlint / its floor", f"{one_post / one_floor:.2f}×"))
    if one_instructions and floor_instructions:
        ratios.append(("one post, instructions: postlint / its floor", f"{one_instructions / floor_instructions:.2f}×"))
    ratios.append(("cached re-run / cold run", f"{warm / cold:.1%}"))

    load = f"load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
    text = ["# postlint benchmark results", "", f"Machine: {machine()}; {load}", "",
            f"Command: `python bench/perf.py --repeat {args.repeat}` — medians of {args.repeat} runs "
            "(textlint's corpus run: one run). Corpus: ../shared/corpus (bench-list.txt), "
            "preset-ja-technical-writing.", "", "| measurement | value |", "|---|---:|"]
    text += [f"| {k} | {v} |" for k, v in rows]
    text += ["", "| ratio | value |", "|---|---:|"] + [f"| {k} | {v} |" for k, v in ratios]
    text += ["", "Where `--jobs 1`'s time goes, rule by rule (`TIMING=all`, one more run; a rule's time "
             "includes the sentences it is the first to split and tokenize):", "", "```",
             *rule_times(files), "```", "",
             "Every run before this one, and notes on each: [HISTORY.md](HISTORY.md)."]
    report = "\n".join(text) + "\n"
    print(report)
    (HERE / "RESULTS.md").write_text(report, "utf-8")
    if textlint and not args.limit:
        cpu = machine().split(",")[0].replace("(R)", "").replace(" Processor", "")
        added = add_history_row([
            commit(), f"perf.py, in turn, {cpu}", f"{textlint:.1f} s", f"{single:.2f} s", f"{two:.2f} s",
            f"{textlint / two:.0f}×", f"{single / floor_time:.2f}×", f"{single / two:.2f}×",
            f"{one_post:.3f} s ({one_floor:.3f} s)", f"{warm / cold:.1%}"])
        if not added:
            print(f"bench/HISTORY.md or its mark ({HISTORY_MARK}) is missing: no row added", file=sys.stderr)
    profile(files)
    return 0


if __name__ == "__main__":
    sys.exit(main())

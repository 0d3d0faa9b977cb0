#!/usr/bin/env python3
"""postlint against the real textlint on the same files with the same preset.

    python bench/compare_textlint.py                      # all of ../shared/corpus, technical-writing
    python bench/compare_textlint.py --preset japanese --limit 100
    python bench/compare_textlint.py --textlint-json out.json   # reuse a saved textlint run (no timing)

Prints, per rule: textlint's count, postlint's count, precision, recall and F1
(a match is the same file, rule and range[0] in UTF-16), how many matches print
the whole position alike (range, line, column, end line, end column), then both
wall times and their ratio.  textlint runs through ../shared/oracle/textlint-json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
PRESETS = {"technical-writing": "preset-ja-technical-writing", "japanese": "preset-japanese", "jtf": "preset-jtf-style"}


def corpus_files(limit: int | None) -> list[Path]:
    names = (SHARED / "corpus" / "bench-list.txt").read_text("utf-8").split()
    files = [SHARED / "corpus" / n for n in names]
    return files[:limit] if limit else files


def config_file(preset: str) -> Path:
    """The config both tools run with: the preset, and the comments filter (textlint's
    ``<!-- textlint-disable -->``, which postlint reads too)."""
    config = HERE / "out" / f"{preset}.textlintrc.json"
    config.parent.mkdir(exist_ok=True)
    config.write_text(json.dumps({"rules": {PRESETS[preset]: True}, "filters": {"comments": True}}), "utf-8")
    return config


def run_textlint(preset: str, files: list[Path]) -> tuple[list, float]:
    oracle = SHARED / "oracle" / "textlint-json"
    start = time.perf_counter()
    out = subprocess.run([str(oracle), str(config_file(preset)), *map(str, files)], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        sys.exit(f"textlint failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout), elapsed


def run_postlint(preset: str, files: list[Path], jobs: int) -> tuple[list, float]:
    config = config_file(preset)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "postlint", "--format", "json", "--config", str(config),
                          "--jobs", str(jobs), *map(str, files)], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if out.returncode not in (0, 1):
        sys.exit(f"postlint failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout), elapsed


def keyed(report: list, whole: bool = False) -> dict[str, Counter]:
    """rule (without preset prefix) -> Counter of (file, range[0]); ``whole``: of (file,
    range, line, column, end line, end column), the whole position as printed."""
    by_rule: dict[str, Counter] = defaultdict(Counter)
    for entry in report:
        path = str(Path(entry["filePath"]).resolve())
        for m in entry["messages"]:
            key = (path, m["range"][0])
            if whole:
                loc = m["loc"]
                key += (m["range"][1], loc["start"]["line"], loc["start"]["column"], loc["end"]["line"],
                        loc["end"]["column"])
            by_rule[m["ruleId"].rsplit("/", 1)[-1]][key] += 1
    return by_rule


def compare(textlint: list, postlint: list) -> list[tuple]:
    """Per rule: (rule, textlint's count, postlint's, matched, precision, recall, F1, matched
    with the whole position alike: range, line, column, end line and end column)."""
    theirs, ours = keyed(textlint), keyed(postlint)
    theirs_whole, ours_whole = keyed(textlint, whole=True), keyed(postlint, whole=True)
    rows = []
    for rule in sorted(set(theirs) | set(ours)):
        t, p = theirs.get(rule, Counter()), ours.get(rule, Counter())
        hit = sum((t & p).values())
        same = sum((theirs_whole.get(rule, Counter()) & ours_whole.get(rule, Counter())).values())
        nt, np_ = sum(t.values()), sum(p.values())
        precision = hit / np_ if np_ else 1.0
        recall = hit / nt if nt else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((rule, nt, np_, hit, precision, recall, f1, same))
    return rows


def table(rows: list[tuple]) -> str:
    lines = ["| rule | textlint | postlint | matched | precision | recall | F1 | same position |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for rule, nt, np_, hit, precision, recall, f1, same in rows:
        lines.append(f"| {rule} | {nt} | {np_} | {hit} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {same} |")
    nt, np_, hit, same = (sum(r[i] for r in rows) for i in (1, 2, 3, 7))
    precision, recall = hit / np_ if np_ else 1.0, hit / nt if nt else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    lines.append(f"| **all** | {nt} | {np_} | {hit} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {same} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--preset", default="technical-writing", choices=sorted(PRESETS))
    parser.add_argument("--limit", type=int, help="only the first N corpus files")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--textlint-json", help="reuse this saved textlint output instead of running textlint")
    parser.add_argument("--save-textlint", help="save textlint's output here for later --textlint-json runs")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or corpus_files(args.limit)
    if args.textlint_json:
        textlint, t_time = json.loads(Path(args.textlint_json).read_text("utf-8")), None
        wanted = {str(f.resolve()) for f in files}
        textlint = [e for e in textlint if str(Path(e["filePath"]).resolve()) in wanted]
    else:
        textlint, t_time = run_textlint(args.preset, files)
        if args.save_textlint:
            Path(args.save_textlint).write_text(json.dumps(textlint, ensure_ascii=False), "utf-8")
    postlint, p_time = run_postlint(args.preset, files, args.jobs)
    print(f"{len(files)} files, preset {args.preset}\n")
    print(table(compare(textlint, postlint)))
    print()
    if t_time is not None:
        print(f"textlint: {t_time:.1f} s   postlint (--jobs {args.jobs}): {p_time:.2f} s   "
              f"postlint is {t_time / p_time:.0f}x faster")
    else:
        print(f"postlint (--jobs {args.jobs}): {p_time:.2f} s (textlint output reused, not timed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

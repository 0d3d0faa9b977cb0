#!/usr/bin/env python3
"""Every rule at once on the corpus: time, peak memory, and whether memory keeps growing.

    python bench/every_rule.py                # all of ../shared/corpus
    python bench/every_rule.py --limit 200

perf.py measures the preset textlint users run; this measures the heaviest configuration a
user can write: every built-in rule and the presets together (not prh, pattern, morpheme-match
and ja-simple-user-dictionary, which need a dictionary, patterns or words, nor
no-cross-post-duplicate, which compares posts, nor no-dead-link, which asks the network),
comments filter on.

 (a) the ``postlint`` command on the corpus, ``--jobs 1`` and ``--jobs N``: wall time, CPU
     time and the peak RSS of the largest process;
 (b) in one fresh interpreter, the corpus linted twice through ``postlint.engine.lint``:
     the peak RSS after the first pass and after the second.  The caches are bounded and
     full after one pass, so a second pass that raises the peak by more than a few MB holds
     something per document (a reference cycle kept a whole lint's tree and tokens alive
     until the next full collection once: f0752b6).  Both passes must find the same problems.

Prints a table and writes it to bench/out/every-rule.md (not committed: bench/out is
ignored).  Not part of the test suite's timing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from compare_textlint import corpus_files
from perf import ENV, alternating, run_with_peak_rss

HERE = Path(__file__).resolve().parent
PRESETS = ("preset-ja-technical-writing", "preset-japanese", "preset-jtf-style", "preset-ja-spacing",
           "@textlint-ja/preset-ai-writing", "preset-smarthr")
# a dictionary, patterns or words to give; a run-level comparison of posts; the network
LEFT_OUT = ("prh", "proofdict", "pattern", "morpheme-match", "ja-simple-user-dictionary", "no-cross-post-duplicate",
            "no-dead-link")

# Run in a fresh interpreter (its own peak RSS, none of this script's): argv = config, files.
_TWO_PASSES = """
import json, resource, sys
from pathlib import Path
from postlint.config import load
from postlint.engine import lint
from postlint.source import Source

config = load(sys.argv[1])
files = sys.argv[2:]
found = []
for _ in range(2):
    count = 0
    for path in files:
        count += len(lint(Source.from_bytes(Path(path).read_bytes(), path), config))
    found.append((count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
print(json.dumps(found))
"""


def config_data() -> dict:
    """Every built-in rule (but LEFT_OUT) and the presets, comments filter on."""
    from postlint.engine import rule_ids

    rules = {rule: True for rule in rule_ids() if rule not in LEFT_OUT}
    rules.update({preset: True for preset in PRESETS})
    return {"rules": rules, "filters": {"comments": True}}


def command(config: str, files: list[str], jobs: int) -> list[str]:
    script = Path(sys.executable).with_name("postlint")
    program = [str(script)] if script.exists() else [sys.executable, "-m", "postlint"]
    return [*program, "--format", "json", "--config", config, "--jobs", str(jobs), *files]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    files = [str(p) for p in corpus_files(args.limit)]
    jobs = os.cpu_count() or 1
    rows = [("files", str(len(files)))]
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / ".textlintrc.json"
        data = config_data()
        config.write_text(json.dumps(data), "utf-8")
        rows.append(("rules and presets enabled", str(len(data["rules"]))))
        counts = sorted({1, jobs})
        runs = alternating(args.repeat, *(command(str(config), files, n) for n in counts))
        for n, found in zip(counts, runs):
            rows.append((f"(a) postlint --jobs {n}: wall (CPU)", f"{found['wall']:.1f} s ({found['cpu']:.1f} s)"))
        for n in counts:
            proc, peak = run_with_peak_rss(command(str(config), files, n), stdout=subprocess.PIPE)
            problems = sum(len(f["messages"]) for f in json.loads(proc.stdout))
            rows.append((f"(a) peak RSS, largest process, --jobs {n}", f"{peak / 1024:.0f} MB"))
        rows.append(("(a) problems", f"{problems:,}"))
        proc = subprocess.run([sys.executable, "-c", _TWO_PASSES, str(config), *files],
                              stdout=subprocess.PIPE, env=ENV, check=True, text=True)
        (first, rss1), (second, rss2) = json.loads(proc.stdout)
        rows.append(("(b) one process, peak RSS after one pass / after two", f"{rss1 / 1024:.0f} MB / {rss2 / 1024:.0f} MB"))
        rows.append(("(b) growth in the second pass", f"{(rss2 - rss1) / 1024:.1f} MB"))
        rows.append(("(b) problems in each pass", f"{first:,} / {second:,}" + ("" if first == second else "  DIFFER")))
    table = ["| every rule and the presets | value |", "|---|---:|", *(f"| {k} | {v} |" for k, v in rows)]
    report = "\n".join(table) + "\n"
    print(report)
    out = HERE / "out"
    out.mkdir(exist_ok=True)
    (out / "every-rule.md").write_text(report, "utf-8")
    return 0 if first == second else 1


if __name__ == "__main__":
    sys.exit(main())

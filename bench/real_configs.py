#!/usr/bin/env python3
"""Real textlint configs, as users wrote them: does postlint run them, and as textlint does?

    python bench/real_configs.py DIR              # each config file under DIR, on the sample post
    python bench/real_configs.py DIR --oracle     # and, for those naming only the oracle's presets,
                                                  # postlint against textlint on a few posts
    python bench/real_configs.py DIR --files FILES   # FILES/<config's file name>/…: the files a
                                                  # config names (prh dictionaries…), put beside it

DIR holds config files of any name: one ending in ``.json``, ``.yml``, ``.yaml``, ``.js`` or
``.cjs`` is read under that textlint name (``.textlintrc.json``…), any other as ``.textlintrc``.
A JavaScript config runs with Node.js, as textlint runs it: read the files before you survey
them (none of the 113 measured does more than build its object).  They are
third-party files and stay out of the repository: the set measured for the README was the
first 100 files the search tool's index lists for each of ``.textlintrc``,
``.textlintrc.json``, ``.textlintrc.yml`` and ``.textlintrc.yaml`` (and 3 ``.jsonc``) in public
repositories, fetched into /tmp.

Each config is copied beside the sample post into a folder of its own and postlint runs
there, as a user would run it.  The report: exit codes; each config error (a missing
dictionary file is expected: only the config was fetched); any traceback or internal error;
the warnings, counted.  With ``--oracle`` (../shared/oracle), the problems' rule ids, lines and
columns are compared on the sample post and nine corpus posts (front-matter, postlint's own,
left out).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "2025-11-10-korea-ai-investment.md"
ORACLE = ROOT.parent / "shared" / "oracle" / "textlint-json"
CORPUS = ROOT.parent / "shared" / "corpus"
POSTLINT = [sys.executable, "-m", "postlint"]
# What the oracle has: these presets and the comments filter.
ORACLE_PRESETS = {f"{prefix}preset-{name}" for prefix in ("", "textlint-rule-")
                  for name in ("ja-technical-writing", "japanese", "jtf-style")}


def textlint_name(path: Path) -> str:
    for suffix in (".json", ".yml", ".yaml", ".js", ".cjs"):
        if path.name.endswith(suffix):
            return ".textlintrc" + suffix
    return ".textlintrc"


FILES: Path | None = None  # --files


def run_one(config: Path, posts: list[Path], extra: list[str] = ()) -> tuple[subprocess.CompletedProcess, str]:
    """postlint with ``config`` on ``posts``, in a folder of their own (with the files the
    config names, from ``--files``); the run and that folder's name (to take out of messages)."""
    with tempfile.TemporaryDirectory() as folder:
        if FILES is not None and (FILES / config.name).is_dir():
            shutil.copytree(FILES / config.name, folder, dirs_exist_ok=True)
        shutil.copy(config, os.path.join(folder, textlint_name(config)))
        names = []
        for i, post in enumerate(posts):
            names.append(f"p{i}.md")
            shutil.copy(post, os.path.join(folder, names[-1]))
        javascript = [] if config.name.endswith((".js", ".cjs")) else ["--no-js-config"]
        run = subprocess.run([*POSTLINT, *javascript, "-f", "json", *extra, *names], cwd=folder,
                             capture_output=True, text=True, timeout=300)
        return run, folder


def survey(configs: list[Path]) -> None:
    codes: collections.Counter = collections.Counter()
    warnings: collections.Counter = collections.Counter()
    errors = []
    for config in configs:
        run, folder = run_one(config, [SAMPLE])
        stderr = run.stderr.replace(folder + "/", "")
        if "Traceback" in stderr or "internal error" in run.stdout:
            codes["crash or internal error"] += 1
            errors.append((config.name, stderr[-600:] or "internal error in the JSON output"))
            continue
        codes[f"exit {run.returncode}"] += 1
        if run.returncode == 2:
            errors.append((config.name, stderr.strip()))
        for line in stderr.splitlines():
            if ": warning: " in line:
                warnings[line.split(": warning: ", 1)[1].split(": ", 1)[-1]] += 1
    print(f"{len(configs)} configs:", ", ".join(f"{k}: {v}" for k, v in sorted(codes.items())))
    print("\nConfig errors:")
    for name, message in errors:
        print(f"  {name}: {message}")
    print("\nWarnings (how many configs):")
    for message, count in warnings.most_common():
        print(f"  {count:4}  {message}")


def oracle_eligible(config: Path) -> dict | None:
    """The config's data when it names only what the oracle has, else None."""
    from postlint.config import ConfigError, load_file

    try:
        raw = load_file(config)
    except ConfigError:
        return None
    rules, filters = raw.get("rules"), raw.get("filters") or {}
    if not isinstance(rules, dict) or not rules or not set(rules) <= ORACLE_PRESETS:
        return None
    if set(raw) - {"rules", "filters"} or not isinstance(filters, dict) or set(filters) - {"comments"}:
        return None
    return raw


def compare(configs: list[Path]) -> None:
    posts = [SAMPLE, *sorted(p for p in CORPUS.rglob("*.md") if p.name != "MANIFEST.md")[::97][:9]]

    def places(results: list[dict]) -> list[tuple]:
        return sorted((Path(r["filePath"]).name, m["ruleId"], m["line"], m["column"])
                      for r in results for m in r["messages"] if m["ruleId"] != "front-matter")

    same, differ = 0, []
    for config in configs:
        raw = oracle_eligible(config)
        if raw is None:
            continue
        with tempfile.TemporaryDirectory() as folder:
            as_json = Path(folder) / "config.json"  # as postlint read it, so both read the same
            as_json.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
            run, _ = run_one(as_json, posts)
            ours = places(json.loads(run.stdout))
            copies = []
            for i, post in enumerate(posts):
                copies.append(os.path.join(folder, f"p{i}.md"))
                shutil.copy(post, copies[-1])
            theirs = places(json.loads(subprocess.run([str(ORACLE), str(as_json), *copies], capture_output=True,
                                                      text=True, timeout=600).stdout))
        if ours == theirs:
            same += 1
        else:
            differ.append((config.name, sorted(set(theirs) - set(ours))[:3], sorted(set(ours) - set(theirs))[:3]))
    print(f"\nAgainst textlint, configs naming only the oracle's presets: {same} alike, {len(differ)} not")
    for name, only_textlint, only_postlint in differ:
        print(f"  {name}: textlint only {only_textlint}; postlint only {only_postlint}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--oracle", action="store_true", help="compare with textlint where it can run the config")
    parser.add_argument("--files", type=Path, help="FILES/<config's file name>/: what the config names")
    args = parser.parse_args()
    global FILES
    FILES = args.files
    configs = sorted(p for p in args.folder.rglob("*") if p.is_file())
    survey(configs)
    if args.oracle:
        if not ORACLE.exists():
            print(f"no oracle at {ORACLE}", file=sys.stderr)
            return 2
        compare(configs)
    return 0


if __name__ == "__main__":
    sys.exit(main())

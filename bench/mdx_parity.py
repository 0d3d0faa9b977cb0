#!/usr/bin/env python3
"""postlint's MDX against textlint-plugin-mdx, on the corpus's posts renamed ``.mdx``.

    npm install --prefix ~/.cache/postlint-oracle-mdx textlint@15.8.0 textlint-plugin-mdx@1.1.0 \\
        textlint-filter-rule-comments textlint-rule-preset-ja-technical-writing textlint-rule-preset-jtf-style
    python bench/mdx_parity.py [--preset jtf] [--npm ~/.cache/postlint-oracle-mdx]

textlint runs over batches of 25 files; a batch where textlint crashes (it does, on some
posts) runs again file by file.  Prints how many files both refuse (MDX errors), each refuses
alone, and how many of the others give the same problems (rule and range), then the
differences by rule with a few examples.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "shared" / "corpus"
PRESETS = {"technical-writing": "preset-ja-technical-writing", "jtf": "preset-jtf-style"}


def textlint(npm: Path, config: Path, folder: Path, names: list[str]) -> dict[str, list]:
    """textlint's messages per file name; a crashed batch is run again file by file."""
    command = [str(npm / "node_modules" / ".bin" / "textlint"), "-c", str(config), "-f", "json"]
    done = subprocess.run(command + names, cwd=folder, capture_output=True, text=True)
    try:
        return {Path(r["filePath"]).name: r["messages"] for r in json.loads(done.stdout)}
    except json.JSONDecodeError:
        if len(names) == 1:
            return {}  # (textlint crashed on this file)
        out: dict[str, list] = {}
        for name in names:
            out.update(textlint(npm, config, folder, [name]))
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--preset", choices=PRESETS, default="technical-writing")
    parser.add_argument("--npm", type=Path, default=Path.home() / ".cache" / "postlint-oracle-mdx")
    args = parser.parse_args()
    if not (args.npm / "node_modules" / ".bin" / "textlint").exists():
        sys.exit(f"no textlint in {args.npm}: install it as this script's docstring says")
    posts = sorted(p for p in CORPUS.rglob("*.md") if p.name != "MANIFEST.md")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, post in enumerate(posts):
            shutil.copyfile(post, folder / f"p{i:04d}.mdx")
        config = folder / "config.json"
        config.write_text(json.dumps({"plugins": {"mdx": True}, "rules": {PRESETS[args.preset]: True},
                                      "filters": {"comments": True}}), "utf-8")
        names = sorted(p.name for p in folder.glob("*.mdx"))
        batches = [names[i:i + 25] for i in range(0, len(names), 25)]
        theirs: dict[str, list] = {}
        with ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            for found in pool.map(lambda batch: textlint(args.npm, config, folder, batch), batches):
                theirs.update(found)
        done = subprocess.run([sys.executable, "-m", "postlint", "-c", str(config), "-f", "json", *names],
                              cwd=folder, capture_output=True, text=True)
        ours = {Path(r["filePath"]).name: r["messages"] for r in json.loads(done.stdout)}
    report(theirs, ours)


def report(theirs: dict[str, list], ours: dict[str, list]) -> None:
    def key(m):
        return m["ruleId"].rsplit("/", 1)[-1], tuple(m["range"])

    counts: Counter = Counter()
    differences: Counter = Counter()
    examples = defaultdict(list)
    for name, messages in sorted(theirs.items()):
        mine = ours.get(name, [])
        refused = (any(m["ruleId"] == "plugin-error" for m in messages), any(m["ruleId"] == "parse" for m in mine))
        if any(refused):
            counts[{(True, True): "both refuse", (True, False): "textlint alone refuses",
                    (False, True): "postlint alone refuses"}[refused]] += 1
            continue
        a, b = Counter(map(key, messages)), Counter(map(key, mine))
        counts["same problems" if a == b else "different problems"] += 1
        for side, diff in (("textlint only", a - b), ("postlint only", b - a)):
            for rule, where in diff:
                differences[f"{side}: {rule}"] += 1
                examples[f"{side}: {rule}"].append(f"{name}@{where[0]}")
    print(f"{len(theirs)} files textlint reported on:", ", ".join(f"{v} {k}" for k, v in counts.most_common()))
    for what, n in differences.most_common():
        print(f"  {n:4} {what}  e.g. {' '.join(examples[what][:3])}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""postlint's MDX against textlint-plugin-mdx, on the corpus's posts renamed ``.mdx``.

    npm install --prefix ~/.cache/postlint-oracle-mdx textlint@15.8.0 textlint-plugin-mdx@1.1.0 \\
        textlint-filter-rule-comments textlint-rule-preset-ja-technical-writing textlint-rule-preset-jtf-style
    python bench/mdx_parity.py [--preset jtf] [--npm ~/.cache/postlint-oracle-mdx]
    python bench/mdx_parity.py --generated 300 --seed 5   # documents in Docusaurus's style instead

textlint runs over batches of 25 files; a batch where textlint crashes (it does, on some
posts) runs again file by file.  Prints how many files both refuse (MDX errors), each refuses
alone, and how many of the others give the same problems (rule and range), then the
differences by rule with a few examples.
"""

from __future__ import annotations

import argparse
import json
import os
import random
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


SENTENCES = ["この設定は初回だけ必要です。", "手順を順に進めてください。", "詳しくは後の章で説明します",
             "ここで値を確認します、その後に保存します。", "10:30に開始します。", "注意:この操作は元に戻せません。",
             "これはとても重要な点であり、見落とすと動作しないことがあるので注意が必要です。",
             "値は$x+1$になります。", "設定ファイル`config.yml`を開きます。", "**必ず**バックアップを取ります。",
             "[公式サイト](https://example.com/docs)を参照します。", "https://example.com/path を開きます。",
             "結果は{props.count}件です。", "<kbd>Ctrl</kbd>+<kbd>C</kbd>でコピーします。", "できることができる状態です。",
             "（補足）括弧の中身です。", "「かぎかっこ」で囲みます。", "Docusaurusで作ったサイトです!",
             "これはテストです。しかし、しかし問題があります。"]


def generated(rng, count: int) -> list[str]:
    """``count`` MDX documents in Docusaurus's style: imports, tabs with indented Markdown,
    admonitions, details, tables, quotes, comments, math, and JSX and expressions in text."""

    def para():
        return "".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 3)))

    def indent(text, n):
        return "\n".join(" " * n + line if line else line for line in text.split("\n"))

    def block(depth=0):
        r = rng.random() * (0.4 if depth > 2 else 1)
        if r < 0.3:
            return para()
        if r < 0.4:
            return "\n".join(f"{rng.choice(['-', '*', '1.'])} {para()}" + ("\n    - " + para() if rng.random() < 0.3 else "")
                             for _ in range(rng.randint(1, 3)))
        if r < 0.47:
            return "#" * rng.randint(2, 4) + " " + rng.choice(SENTENCES).rstrip("。")
        if r < 0.53:
            return "```js\nconst a = {b: 1};\n```"
        if r < 0.6:
            return f":::{rng.choice(['note', 'tip', 'warning'])}{rng.choice(['', '[題名]'])}\n\n{block(depth + 1)}\n\n:::"
        if r < 0.7:
            n = rng.choice([2, 4])
            items = "\n".join(f'{" " * n}<TabItem value="v{i}">\n\n{indent(block(depth + 1), 2 * n)}\n\n{" " * n}</TabItem>'
                              for i in range(rng.randint(1, 2)))
            return f"<Tabs>\n{items}\n</Tabs>"
        if r < 0.75:
            return f"<details>\n  <summary>{rng.choice(SENTENCES)}</summary>\n\n{indent(block(depth + 1), rng.choice([0, 2, 4]))}\n\n</details>"
        if r < 0.8:
            return f"| 項目 | 説明 |\n| --- | --- |\n| {rng.choice(SENTENCES)} | {rng.choice(SENTENCES)} |"
        if r < 0.85:
            return "> " + para() + ("\n> " + para() if rng.random() < 0.5 else "")
        if r < 0.9:
            return "{/* " + rng.choice(["メモ", "textlint-disable", "textlint-enable"]) + " */}"
        if r < 0.95:
            return "<Image src={require('./a.png').default} alt=\"図\" />"
        return "$$\nE = mc^2\n$$"

    return ["---\ntitle: 記事\n---\n\nimport Tabs from '@theme/Tabs';\n\n"
            + "\n\n".join(block() for _ in range(rng.randint(3, 9))) + "\n" for _ in range(count)]


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
    parser.add_argument("--generated", type=int, metavar="N", help="lint N generated documents, not the corpus")
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed (with --generated)")
    args = parser.parse_args()
    if not (args.npm / "node_modules" / ".bin" / "textlint").exists():
        sys.exit(f"no textlint in {args.npm}: install it as this script's docstring says")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.generated:
            for i, text in enumerate(generated(random.Random(args.seed), args.generated)):
                (folder / f"g{i:04d}.mdx").write_text(text, "utf-8")
        else:
            for i, post in enumerate(sorted(p for p in CORPUS.rglob("*.md") if p.name != "MANIFEST.md")):
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

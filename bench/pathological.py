#!/usr/bin/env python3
"""Long inputs of one shape each, linted at two sizes: which rule's time grows faster than the input?

    python bench/pathological.py                 # shapes at 2,000 and 4,000 repetitions
    python bench/pathological.py --size 1000 --shape links --shape touten

A writer's post is rarely long, but some are odd: one paragraph of hundreds of links, a
sentence strung on a thousand 読点, a table of ten thousand rows, a pasted log.  A rule that
asks a list for every character or mark (``any(a <= pos < b for ...)``) is quadratic on such a
paragraph, and one 1.6-million-character sentence once kept max-ten busy for more than ten
minutes.  Each shape below is generated at ``--size`` and twice that, both linted with
every rule on (bench/every_rule.py's config: the presets and every rule that
needs no dictionary or network; the ``postlint`` command, ``TIMING=all``), and each rule's
time at the two sizes compared: twice the
input should take about twice the time.  A rule that takes more than ``--limit`` times as
long (3 by default) on at least 200 ms is listed; the table goes to bench/out/pathological.md
(not committed).  Not part of the test suite: it measures, and tests never time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from every_rule import command, config_data

HERE = Path(__file__).resolve().parent

# shape -> the body of a post at n repetitions (each line of prose is written anew here)
SHAPES = {
    "touten": lambda n: "# 題\n\n" + "本日は晴天なり、" * n + "\n",
    "sentences": lambda n: "# 題\n\n" + "これは試しの文です。しかし、彼は来た。" * n + "\n",
    "paragraphs": lambda n: "# 題\n\n" + "これは試しの文です。しかし彼は来た。\n\n" * n,
    "list": lambda n: "# 題\n\n" + "".join(f"- 項目{i}です。\n" for i in range(n)),
    "nested-list": lambda n: "# 題\n\n" + "".join("  " * (i % 30) + f"- 項目{i}です。\n" for i in range(n)),
    "table": lambda n: "# 題\n\n| a | b |\n|---|---|\n" + "| セル、です。 | 値 |\n" * n,
    "base64": lambda n: "# 題\n\n" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo" * (n // 2) + "\n",
    "headings": lambda n: "".join(f"## 見出し{i}\n\n本文です。\n\n" for i in range(n)),
    "code-block": lambda n: "# 題\n\n```\n" + "x = 1 # 注釈、です。\n" * n + "```\n",
    "links": lambda n: "# 題\n\n" + "[リンク](https://example.com/a)と`code`です、" * n + "\n",
    "emoji": lambda n: "# 題\n\n" + "😀本日は😀晴天、" * n + "\n",
    "block-quote": lambda n: "# 題\n\n" + ">" * 50 + " 引用です。\n" + "> 引用の続きです。\n" * n,
    "footnotes": lambda n: "# 題\n\n" + "".join(f"本文です[^{i}]。\n\n" for i in range(n))
    + "".join(f"[^{i}]: 注{i}です。\n" for i in range(n)),
    "kanji": lambda n: "# 題\n\n" + "漢字" * n + "です。\n",
    "same-paragraph": lambda n: "# 題\n\n" + "同じ文がここに書かれています。\n\n" * n,
    "open-brackets": lambda n: "# 題\n\n" + "「かっこ" * n + "です。\n" + "（かっこ（入れ子" * n + "です。\n",
    "spaces": lambda n: "# 題\n\n" + "あ  い　　う " * n + "\n",
    "inline-html": lambda n: "# 題\n\n" + "<span>本文</span>です、" * n + "\n",
    "english": lambda n: "# 題\n\n" + "This is an English sentence, with commas. " * n + "\n",
    "numbers": lambda n: "# 題\n\n" + "一つ二つ三つ、1つ2つ、" * n + "\n",
    "katakana": lambda n: "# 題\n\n" + "コンピューター・コンピュータ サーバー" * n + "です。\n",
    "hankaku": lambda n: "# 題\n\n" + "ｶﾀｶﾅです、" * n + "\n",
    # a long run of digits with no unit after it, then numbers with units (use-si-units)
    "digits": lambda n: "# 題\n\n値は " + "1" * (20 * n) + "x です。長さは 10 inch、重さは 5 kg。" * n + "\n",
    "hard-breaks": lambda n: "# 題\n\n" + "改行のある文で  \n" * n + "す。\n",
    "disable-comments": lambda n: "# 題\n\n" + "<!-- textlint-disable -->\n\n本文です。\n\n<!-- textlint-enable -->\n\n" * n,
    # MDX (linted as post.mdx, textlint-plugin-mdx's reading): constructs in one paragraph, tabs
    # of indented Markdown, paragraphs indented as code would be in Markdown
    "mdx-inline": lambda n: "# 題\n\n" + "値は{x}で<b>太字</b>と$x$の式、注意:ここです。" * n + "\n",
    "mdx-tabs": lambda n: "# 題\n\n" + '<Tabs>\n  <TabItem value="a">\n\n    中身の文です、そうです。\n\n  </TabItem>\n</Tabs>\n\n' * n,
    "mdx-indented": lambda n: "# 題\n\n" + "    字下げした文です、そうです。\n\n" * n,
}
FRONT_MATTER = "---\ntitle: 題\ndate: 2025-01-01\n---\n"


def rule_seconds(text: str, config: str, folder: str, name: str = "post.md") -> dict[str, float]:
    """Seconds each rule took on ``text`` (and the parser, as "(parsing)"): the ``postlint``
    command run on it with ``TIMING=all``, as a user runs it (in this process, the caches the
    other shapes filled made some rules look slower than they are)."""
    import re
    import subprocess

    post = os.path.join(folder, name)
    Path(post).write_text(text, "utf-8")
    run = subprocess.run([*command(config, [post], 1)], capture_output=True, text=True,
                         env={**os.environ, "TIMING": "all"})
    if run.returncode not in (0, 1):
        raise SystemExit(f"postlint exited {run.returncode}: {run.stderr[-500:]}")
    seconds = {m.group(1): float(m.group(2)) / 1000
               for m in re.finditer(r"^(\S+)\s*\|\s*([\d.]+)\s*\|", run.stderr, re.M)}
    parsing = re.search(r"parsing ([\d.]+) ms", run.stderr)
    if parsing:
        seconds["(parsing)"] = float(parsing.group(1)) / 1000
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=2000, help="repetitions of the smaller input (default 2000)")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="only these shapes")
    parser.add_argument("--limit", type=float, default=3.0, help="growth that is listed (default 3)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="postlint-pathological-")
    config = os.path.join(folder, "every-rule.json")
    Path(config).write_text(json.dumps({**config_data(), "plugins": {"mdx": True}}), "utf-8")
    lines = [f"Every rule, each shape at {args.size:,} and {2 * args.size:,} repetitions "
             f"(rules whose time grows over {args.limit:g}× on at least 200 ms are named).", "",
             "| shape | characters | all rules, small | all rules, twice as long | growth | faster-growing rules |",
             "|---|---:|---:|---:|---:|---|"]
    flagged = 0
    for shape in args.shape or SHAPES:
        small, large = (FRONT_MATTER + SHAPES[shape](n) for n in (args.size, 2 * args.size))
        name = "post.mdx" if shape.startswith("mdx-") else "post.md"
        before, after = rule_seconds(small, config, folder, name), rule_seconds(large, config, folder, name)
        slow = [f"{rule} ({before.get(rule, 0) * 1000:.0f} → {spent * 1000:.0f} ms)"
                for rule, spent in sorted(after.items(), key=lambda item: -item[1])
                if spent >= 0.2 and spent > args.limit * max(before.get(rule, 0.0), 1e-3)]
        flagged += len(slow)
        total_before, total_after = sum(before.values()), sum(after.values())
        lines.append(f"| {shape} | {len(large):,} | {total_before:.2f} s | {total_after:.2f} s | "
                     f"{total_after / total_before if total_before else 0:.1f}× | {'; '.join(slow) or '-'} |")
        print(lines[-1], flush=True)
    shutil.rmtree(folder)
    out = HERE / "out" / "pathological.md"
    out.parent.mkdir(exist_ok=True)
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"\n{flagged} rule(s) grow faster than the input; table in {out}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())

"""Plant editorial defects in real posts and measure what postlint finds.

    python bench/planted_defects.py [--limit N] [--seed S] [--verbose] [--keep DIR]

Takes posts from the corpus (read-only; everything happens on copies in a
temporary folder), gives each a complete front matter (the seed site's schema:
layout, title, date, categories, tags, author, excerpt, reading_time) and a
``YYYY-MM-DD-slug.md`` file name, then plants some of these defects, recording
the rule and line where each must be reported:

    missing-key      a required key removed                      front-matter, line 1
    invalid-key      an invalid value (bad date, wrong type, empty, date != file name)
                                                                 front-matter, the key's line
    exact-paragraph  a paragraph pasted again later (sometimes with other
                     white space or full-width letters)           no-duplicate-paragraph
    near-paragraph   a lightly edited copy of a paragraph          no-duplicate-paragraph
    closing-question a question ending a paragraph, repeated alone, as a heading or in bold
                                                                 no-duplicate-sentence
    reading-time     a reading time far from the text's length     reading-time

It runs the ``postlint`` command (JSON output) over the planted copies and over
clean copies (complete front matter, correct reading time, nothing planted),
and prints recall per defect kind, precision per rule, and every problem on the
clean copies (false positives).  A no-duplicate-sentence report on a planted
duplicate paragraph is counted as a side effect (the rules are independent),
neither a hit nor a false positive.

The correct reading time of a post is computed here independently of postlint
(a plain regex count: kanji and kana, no punctuation, Latin words), as a user's
own script would, so the rule's tolerance is tested too.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

CORPUS = Path(os.environ.get("POSTLINT_CORPUS", "/work/shared/corpus"))
REQUIRED = ["layout", "title", "date", "categories", "tags", "author", "excerpt", "reading_time"]
CONFIG = {
    "rules": {
        "front-matter": {"required": REQUIRED},
        "no-duplicate-paragraph": True,
        "no-duplicate-sentence": True,
        "reading-time": {"charsPerMinute": 500},
    }
}
KIND_RULE = {
    "missing-key": "front-matter",
    "invalid-key": "front-matter",
    "exact-paragraph": "no-duplicate-paragraph",
    "near-paragraph": "no-duplicate-paragraph",
    "closing-question": "no-duplicate-sentence",
    "reading-time": "reading-time",
}
# reports of these rules at a planted defect of these kinds are expected side effects
SIDE_EFFECTS = {("no-duplicate-sentence", "exact-paragraph"), ("no-duplicate-sentence", "near-paragraph")}

QUESTIONS = [
    "あなたなら、この変化をどう受け止めますか？",
    "皆さんは、この問題をどのように考えるでしょうか？",
    "この流れは、私たちの働き方をどう変えていくのでしょうか？",
    "果たして、この選択は正しかったのでしょうか？",
    "あなたのチームでは、どのように取り組んでいますか？",
    "次の一手として、何を準備しておくべきでしょうか？",
    "この仕組みを、あなたならどこで活かしますか？",
    "Which of these approaches would you choose for your own project?",
]
FILLER = ["さらに", "特に", "実際に", "改めて", "とても", "少しだけ", "かなり", "あらかじめ"]


# -- reading the posts -------------------------------------------------------------

def split_front_matter(text: str) -> tuple[dict, str]:
    import yaml

    m = re.match(r"---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", text, re.S)
    if not m:
        return {}, text
    try:
        data = yaml.safe_load(m.group(1))
    except Exception:
        data = None
    return (data if isinstance(data, dict) else {}), text[m.end():]


def top_blocks(body: str):
    """(type, first line, last line (0-based, inclusive), node) of the top-level blocks."""
    from postlint.markdown import parse
    from postlint.source import Source

    src = Source.from_text(body, "x.md")
    doc = parse(src)
    out = []
    for node in doc.children:
        first = src.position(node.start)[0] - 1
        last = src.position(max(node.start, node.end - 1))[0] - 1
        out.append((node.type, first, last, node))
    return out, src


def prose_paragraphs(body: str, min_chars: int = 30):
    """Top-level paragraphs of plain prose: one line range each, at least ``min_chars``
    Japanese characters, no markup that an edit could break."""
    blocks, src = top_blocks(body)
    lines = body.split("\n")
    out = []
    for i, (kind, first, last, node) in enumerate(blocks):
        if kind != "Paragraph":
            continue
        raw = "\n".join(lines[first:last + 1])
        if re.search(r"[\[\]<>`*_|{}#!]|https?:|^\s|^\d+\.|^[-+]\s", raw, re.M):
            continue
        if len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", raw)) < min_chars:
            continue
        out.append((first, last, raw, i))
    return out, blocks


# -- an independent reading-time estimate ------------------------------------------

def naive_minutes(body: str, cpm: int = 500, wpm: int = 200) -> int:
    text = re.sub(r"^[ \t>]*(```|~~~).*?^[ \t>]*\1[^\n]*$", " ", body, flags=re.S | re.M)
    text = re.sub(r"^\s*\[[^\]]+\]:\s*\S+.*$", " ", text, flags=re.M)  # link reference definitions
    text = re.sub(r"<(pre|script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<!--.*?-->|<[^>]+>", " ", text, flags=re.S)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"https?://\S+", " ", text)
    text = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", " ", text)
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々]", text))
    rest = re.sub(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々]", " ", unicodedata.normalize("NFKC", text))
    words = len(re.findall(r"[A-Za-z0-9]+(?:[.,'][A-Za-z0-9]+)*", rest))
    return max(1, math.ceil(cjk / cpm + words / wpm))


# -- building a post ---------------------------------------------------------------

class Post:
    """Front matter lines + body lines, each line tagged so planted lines can be found."""

    def __init__(self, meta: list[tuple[str, str]], body: str):
        self.meta = list(meta)  # (key, yaml line)
        self.body = [(line, None) for line in body.split("\n")]
        self.expect: list[tuple[str, object]] = []  # (kind, tag)

    def insert_after(self, index: int, new_lines: list[str], tag) -> None:
        """Insert a block (surrounded by blank lines) after body line ``index``."""
        block = [("", None)] + [(line, tag if k == 0 else None) for k, line in enumerate(new_lines)] + [("", None)]
        self.body[index + 1:index + 1] = block

    def render(self) -> tuple[str, dict]:
        out = ["---"]
        where = {}
        for key, line in self.meta:
            where[("key", key)] = len(out) + 1
            if line is not None:
                out.append(line)
        out.append("---")
        for k, (line, tag) in enumerate(self.body):
            if tag is not None:
                where[tag] = len(out) + 1
            out.append(line)
        return "\n".join(out) + ("\n" if not out[-1] == "" else ""), where

    def body_text(self) -> str:
        return "\n".join(line for line, _ in self.body)



def make_front_matter(meta: dict, body: str, name_date: str, rng: random.Random) -> list[tuple[str, str]]:
    title = str(meta.get("title") or "").strip() or "無題の記事"
    title = title.replace('"', "'")
    first_para = next((p for p in re.split(r"\n\s*\n", body) if re.search(r"[ぁ-んァ-ン一-龯]", p)
                       and not p.lstrip().startswith(("#", "```", "<", "-", "*", "|", ">", "!"))), "")
    excerpt = re.sub(r"\s+", " ", re.sub(r"[\[\]()`*_\"\\]", "", first_para)).strip()[:60] or title
    tags = meta.get("tags") or ["blog"]
    if isinstance(tags, str):
        tags = tags.split()
    tags = [str(t).replace('"', "") for t in tags if t][:5] or ["blog"]
    hour, minute = rng.randrange(24), rng.randrange(60)
    return [
        ("layout", "layout: post"),
        ("title", f'title: "{title}"'),
        ("date", f"date: {name_date} {hour:02d}:{minute:02d}:00 +0900"),
        ("categories", f'categories: ["{rng.choice(["技術", "日記", "投資分析", "お知らせ"])}"]'),
        ("tags", "tags: [" + ", ".join(f'"{t}"' for t in tags) + "]"),
        ("author", f'author: "{str(meta.get("author") or "編集部")}"'),
        ("excerpt", f'excerpt: "{excerpt}"'),
        ("reading_time", "reading_time: 0"),  # filled in at the end
    ]


def set_meta(post: Post, key: str, line: str | None) -> None:
    post.meta = [(k, line if k == key else v) for k, v in post.meta]


# -- the defects -------------------------------------------------------------------

def plant_missing_key(post: Post, rng, *_):
    # not the date: the file name (YYYY-MM-DD-slug.md) gives it, as it does to Jekyll
    key = rng.choice([k for k, line in post.meta if line is not None and k not in (post.invalid, "date")])
    set_meta(post, key, None)
    post.expect.append(("missing-key", "line1"))
    return key


def invalid_values(name_date: str, can_crash: bool):
    y, m, d = map(int, name_date.split("-"))
    other = f"{y}-{m:02d}-{(d % 27) + 1:02d}" if (d % 27) + 1 != d else f"{y}-{m:02d}-{d % 27 + 2:02d}"
    values = [
        ("date", f'date: "{y}-02-30"'),
        ("date", f'date: "{y}-13-01 10:00:00 +0900"'),
        ("date", f"date: {other} 09:00:00 +0900"),  # differs from the file name
        ("date", 'date: "昨日"'),
        ("tags", "tags: 42"),
        ("categories", "categories: 3.5"),
        ("title", 'title: ""'),
        ("title", "title: [a, b]"),
        ("author", "author:"),
        ("excerpt", 'excerpt: ""'),
        ("layout", "layout: []"),
        ("reading_time", 'reading_time: "すぐ読めます"'),
        ("reading_time", "reading_time: [5]"),
    ]
    if can_crash:
        values.append(("date", f"date: {y}-02-30"))
    return values


def plant_invalid_key(post: Post, rng, name_date, can_crash):
    key, line = rng.choice([v for v in invalid_values(name_date, can_crash) if dict(post.meta).get(v[0])])
    post.invalid = key
    set_meta(post, key, line)
    post.expect.append(("invalid-key", ("key", key)))
    return line


def _later_block_end(blocks, after_block: int, rng) -> int | None:
    """The last line of a top-level block after block ``after_block`` (not inside a list)."""
    later = [b for b in blocks[after_block + 1:] if b[0] in ("Paragraph", "Header", "CodeBlock", "List",
                                                             "BlockQuote", "Table", "Html")]
    if not later:
        return None
    return rng.choice(later[: max(1, len(later))])[2]


def _width_variant(raw: str, rng) -> str:
    choice = rng.random()
    if choice < 0.4:
        return raw
    if choice < 0.7:  # full-width letters and digits
        return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in raw)
    return raw.replace("、", "、 ", 1).replace("。", "。 ", 1).rstrip()  # extra spaces


def plant_exact_paragraph(post: Post, rng, paragraphs, blocks, tag):
    first, last, raw, bi = rng.choice(paragraphs)
    end = _later_block_end(blocks, bi, rng)
    if end is None:
        return None
    paragraphs.remove((first, last, raw, bi))
    copy = _width_variant(raw, rng).split("\n")
    post.pending.append((end, copy, tag))
    post.expect.append(("exact-paragraph", tag))
    post.size[tag] = len(copy)
    return raw[:30]


def _similarity(a: str, b: str) -> float:
    norm = lambda s: re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def near_copy(raw: str, rng) -> str | None:
    """A light edit of ``raw``: words swapped, a clause dropped or added."""
    for _ in range(30):
        text = raw
        for _ in range(rng.randint(1, 3)):
            op = rng.random()
            runs = [m for m in re.finditer(r"[\u3040-\u30ff\u4e00-\u9fff]{3,}", text)]
            if not runs:
                break
            run = rng.choice(runs)
            if op < 0.4:  # replace a few characters with others from the text
                i = rng.randrange(run.start(), run.end() - 1)
                j = rng.choice(runs)
                text = text[:i] + text[j.start():j.start() + 2] + text[i + 2:]
            elif op < 0.6:  # insert an adverb
                text = text[:run.start()] + rng.choice(FILLER) + text[run.start():]
            elif op < 0.8:  # drop a clause between commas
                parts = text.split("、")
                if len(parts) > 2:
                    k = rng.randrange(1, len(parts) - 1)
                    text = "、".join(parts[:k] + parts[k + 1:])
            else:  # append a short sentence
                text = text.rstrip() + rng.choice(["これは重要な点です。", "ぜひ試してみてください。", "詳しくは後述します。"])
        if text != raw and 0.82 <= _similarity(raw, text) <= 0.97:
            return text
    return None


def plant_near_paragraph(post: Post, rng, paragraphs, blocks, tag):
    for first, last, raw, bi in rng.sample(paragraphs, len(paragraphs)):
        copy = near_copy(raw, rng)
        end = _later_block_end(blocks, bi, rng)
        if copy and end is not None:
            paragraphs.remove((first, last, raw, bi))
            post.pending.append((end, copy.split("\n"), tag))
            post.expect.append(("near-paragraph", tag))
            post.size[tag] = len(copy.split("\n"))
            return f"{_similarity(raw, copy):.2f}"
    return None


def plant_question(post: Post, rng, paragraphs, blocks, tag):
    if not paragraphs:
        return None
    first, last, raw, bi = rng.choice(paragraphs[len(paragraphs) // 2:] or paragraphs)
    paragraphs.remove((first, last, raw, bi))
    question = rng.choice(QUESTIONS)
    ending = raw.split("\n")[-1].rstrip()
    post.edits.append((last, ending + ("" if ending.endswith(("。", "？", "！")) else "。") + question))
    style = rng.random()
    if style < 0.4:
        alone = question
    elif style < 0.6:
        alone = "## " + question.rstrip("？?")
    elif style < 0.8:
        alone = f"**{question}**"
    else:
        alone = question.replace("？", "?").replace("、", "、 ")
    post.pending.append((last, [alone], tag))
    post.expect.append(("closing-question", tag))
    return alone


# -- one post ----------------------------------------------------------------------

def build(path: Path, rng: random.Random, plant: bool, can_crash: bool, kinds_wanted):
    text = path.read_text("utf-8").replace("\r\n", "\n")
    meta, body = split_front_matter(text)
    paragraphs, blocks = prose_paragraphs(body)
    if len(paragraphs) < 3:
        return None
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", path.name)
    name_date = "-".join(m.groups()) if m else f"20{rng.randrange(15, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    post = Post(make_front_matter(meta, body, name_date, rng), body)
    post.pending, post.edits, post.invalid, post.size = [], [], None, {}
    notes = []
    if plant:
        kinds = [k for k in KIND_RULE if rng.random() < 0.5 and k in kinds_wanted] or [rng.choice(kinds_wanted)]
        for n, kind in enumerate(kinds):
            tag = ("plant", n)
            if kind == "missing-key":
                notes.append((kind, plant_missing_key(post, rng)))
            elif kind == "invalid-key":
                notes.append((kind, plant_invalid_key(post, rng, name_date, can_crash)))
            elif kind == "exact-paragraph":
                notes.append((kind, plant_exact_paragraph(post, rng, paragraphs, blocks, tag)))
            elif kind == "near-paragraph":
                notes.append((kind, plant_near_paragraph(post, rng, paragraphs, blocks, tag)))
            elif kind == "closing-question":
                notes.append((kind, plant_question(post, rng, paragraphs, blocks, tag)))
        # line edits first, then insertions from the bottom up (indices stay valid)
        for index, new_text in post.edits:
            post.body[index] = (new_text, post.body[index][1])
        for index, lines, tag in sorted(post.pending, key=lambda p: -p[0]):
            post.insert_after(index, lines, tag)
    minutes = naive_minutes(post.body_text())
    if plant and "reading-time" in kinds_wanted and rng.random() < 0.5 and \
            not any(k in ("missing-key", "invalid-key") and "reading_time" in str(note) for k, note in notes):
        factor = rng.choice([0.3, 0.5, 1.6, 2.0, 3.0])
        wrong = max(1, round(minutes * factor))
        if abs(wrong - minutes) < max(2, 0.35 * minutes):
            wrong = minutes + max(2, math.ceil(0.5 * minutes))
        minutes = wrong
        post.expect.append(("reading-time", ("key", "reading_time")))
        notes.append(("reading-time", wrong))
    form = rng.choice(["{}", "{}", "{}", '"{} min"', '"{}分"', '"約{}分"'])
    current = dict(post.meta).get("reading_time")
    if current == "reading_time: 0":
        set_meta(post, "reading_time", "reading_time: " + form.format(minutes))
    rendered, where = post.render()
    expected = []
    for kind, tag in post.expect:
        line = 1 if tag == "line1" else where.get(tag)
        if line is not None:
            expected.append((kind, line, post.size.get(tag, 1)))
    return f"{name_date}-{re.sub(r'[^a-z0-9]+', '-', path.stem.lower())[-40:].strip('-') or 'post'}.md", \
        rendered, expected, notes


# -- running postlint --------------------------------------------------------------

def run_postlint(folder: Path, config: Path) -> dict[str, list[dict]]:
    exe = Path(sys.executable).with_name("postlint")
    cmd = [str(exe) if exe.exists() else "postlint", "--format", "json", "--config", str(config), str(folder)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"postlint failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return {os.path.basename(r["filePath"]): r["messages"] for r in json.loads(proc.stdout)}


def engine_survives_bad_date() -> bool:
    """Whether an unquoted impossible date (2025-02-30) reaches the front-matter rule."""
    from postlint.config import resolve
    from postlint.engine import lint_text

    problems = lint_text("---\ndate: 2025-02-30\n---\n本文。\n", resolve({"rules": {"front-matter": True}}))
    return any(p.rule_id == "front-matter" for p in problems)


def stress(n: int = 500) -> None:
    """Time the duplicate rules on one post of ``n`` paragraphs that share many sentences."""
    import time

    from postlint.config import resolve
    from postlint.engine import lint
    from postlint.source import Source

    sentences = re.findall(r"[^。？\n]+[。？]", "".join(QUESTIONS) + "".join(
        f"{a}の{b}について、{c}観点から改めて整理してみました。" for a in ("開発", "運用", "設計", "教育")
        for b in ("速度", "品質", "費用", "体制") for c in ("長期的な", "現場の", "利用者の")))
    rng = random.Random(0)
    text = "\n\n".join("".join(rng.sample(sentences, 3)) for _ in range(n)) + "\n"
    for rule in ("no-duplicate-paragraph", "no-duplicate-sentence", "reading-time"):
        started = time.process_time()
        problems = lint(Source.from_text(text, "stress.md"), resolve({"rules": {rule: True}}))
        print(f"  {rule:24} {time.process_time() - started:6.2f} s CPU for {n} paragraphs ({len(problems)} problems)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=400, help="posts to use (default 400; 0 = all)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--kinds", default=",".join(KIND_RULE), help="defect kinds to plant")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every miss and false positive")
    ap.add_argument("--keep", metavar="DIR", help="write the planted posts here instead of a temp folder")
    args = ap.parse_args(argv)
    kinds_wanted = args.kinds.split(",")

    rng = random.Random(args.seed)
    files = [CORPUS / line.strip() for line in (CORPUS / "bench-list.txt").read_text().splitlines() if line.strip()]
    rng.shuffle(files)
    can_crash = engine_survives_bad_date()
    if not can_crash:
        print("note: an unquoted impossible date (date: 2025-02-30) makes the parser fail; "
              "that variant is left out", file=sys.stderr)

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.keep) if args.keep else Path(tmp)
        planted_dir, clean_dir = root / "planted", root / "clean"
        planted_dir.mkdir(parents=True, exist_ok=True)
        clean_dir.mkdir(parents=True, exist_ok=True)
        config = root / "postlintrc.json"
        config.write_text(json.dumps(CONFIG))
        expected: dict[str, list] = {}
        notes: dict[str, list] = {}
        used = 0
        for path in files:
            if args.limit and used >= args.limit:
                break
            try:
                seed = rng.randrange(1 << 30)
                planted = build(path, random.Random(seed), True, can_crash, kinds_wanted)
                clean = build(path, random.Random(seed), False, can_crash, kinds_wanted)
            except (UnicodeDecodeError, ValueError):
                continue
            if planted is None or clean is None:
                continue
            name = planted[0].replace(".md", f"-{used:04d}.md")
            (planted_dir / name).write_text(planted[1], "utf-8")
            (clean_dir / name).write_text(clean[1], "utf-8")
            expected[name] = planted[2]
            notes[name] = (str(path.relative_to(CORPUS)), planted[3])
            used += 1
        got_planted = run_postlint(planted_dir, config)
        got_clean = run_postlint(clean_dir, config)
        texts = {name: ((planted_dir / name).read_text("utf-8").split("\n"),
                        (clean_dir / name).read_text("utf-8").split("\n")) for name in expected}
        report(expected, notes, got_planted, got_clean, args.verbose, used, texts)
    print("\nspeed")
    stress()
    return 0


def report(expected, notes, got_planted, got_clean, verbose, used, texts) -> None:
    found = collections.Counter()
    planted = collections.Counter()
    tp = collections.Counter()
    fp = collections.Counter()
    side = collections.Counter()
    existing = collections.Counter()
    misses, false_pos = [], []
    for name, wants in expected.items():
        messages = got_planted.get(name, [])
        planted_lines, clean_lines = texts[name]
        # what the rules say about the untouched text (matched by rule and line content)
        before = {(m["ruleId"], clean_lines[m["line"] - 1]) for m in got_clean.get(name, [])
                  if m["ruleId"] != "reading-time"}
        hit_reports = set()
        for kind, line, _ in wants:
            planted[kind] += 1
            rule = KIND_RULE[kind]
            hits = [i for i, m in enumerate(messages) if m["ruleId"] == rule and m["line"] == line]
            if hits:
                found[kind] += 1
                hit_reports.update(hits)
            else:
                misses.append((name, kind, line, notes[name]))
        for i, m in enumerate(messages):
            if i in hit_reports:
                tp[m["ruleId"]] += 1
            elif any((m["ruleId"], kind) in SIDE_EFFECTS and line <= m["line"] < line + size
                     for kind, line, size in wants):
                side[m["ruleId"]] += 1
            else:
                fp[m["ruleId"]] += 1
                if (m["ruleId"], planted_lines[m["line"] - 1]) in before:
                    existing[m["ruleId"]] += 1
                false_pos.append((name, m["ruleId"], m["line"], m["message"], notes[name][0]))
    print(f"posts: {used}")
    print("\nrecall per defect kind")
    for kind in KIND_RULE:
        if planted[kind]:
            print(f"  {kind:18} {found[kind]:4d}/{planted[kind]:<4d} {found[kind] / planted[kind]:.3f}")
    total_found, total = sum(found.values()), sum(planted.values())
    print(f"  {'all':18} {total_found:4d}/{total:<4d} {total_found / max(total, 1):.3f}")
    print("\nprecision per rule (planted posts); 'own text': the same problem is reported on the clean copy")
    print(f"  {'':24} {'all':>14} {'not counting own text':>26}")
    for rule in sorted(set(KIND_RULE.values())):
        n = tp[rule] + fp[rule]
        m = n - existing[rule]
        extra = f"  (+{side[rule]} side effects on planted paragraphs)" if side[rule] else ""
        print(f"  {rule:24} {tp[rule]:4d}/{n:<4d} {tp[rule] / n if n else 1:.3f}"
              f"   {tp[rule]:4d}/{m:<4d} {tp[rule] / m if m else 1:.3f}{extra}")
    print("\nclean copies (complete front matter, nothing planted): false positives per rule")
    clean_fp = collections.Counter(m["ruleId"] for msgs in got_clean.values() for m in msgs)
    for rule in sorted(set(KIND_RULE.values())):
        print(f"  {rule:24} {clean_fp[rule]}")
    if verbose:
        print("\nmisses:")
        for name, kind, line, (src, plants) in misses:
            print(f"  {name}:{line} {kind}  (from {src}; {plants})")
        print("\nfalse positives on planted posts:")
        for name, rule, line, message, src in false_pos:
            print(f"  {name}:{line} {rule}: {message}  (from {src})")
        print("\nclean copies:")
        for name, msgs in sorted(got_clean.items()):
            for m in msgs:
                print(f"  {name}:{m['line']} {m['ruleId']}: {m['message']}  (from {notes[name][0]})")


if __name__ == "__main__":
    sys.exit(main())

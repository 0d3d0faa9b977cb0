"""How no-cross-post-duplicate scales: N generated posts, planted duplicates, time and recall.

    python bench/cross_post_scale.py --posts 100000 --jobs 2
    python bench/cross_post_scale.py --posts 100000 --direct       # the run-wide half at full scale
    python bench/cross_post_scale.py --posts 2000 --compare-datasketch

Posts are built from the sentences of real posts (../shared/corpus by default): each paragraph
joins 2-4 random sentences, so paragraphs of different posts rarely share much.  Then a share of
paragraphs is planted again in another post, exactly (``--exact``, default 2%) or changed a
little (``--near``, default 2%: a sentence dropped or a few characters edited, Jaccard >= 0.8 on
5-gram shingles in most cases).  The bench times the two halves of the rule as the CLI runs
them (postlint.runlevel): ``collect`` per file (parse + plain text + MinHash signature, in a
process pool) and ``check_run`` once (LSH banding + verification), and reports the recall of the
planted pairs and how many reported paragraphs were not planted.

``--compare-datasketch`` also indexes the same signatures in datasketch's MinHashLSH (insert +
query) to compare its time with the numpy banding the rule uses.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
RULE = "no-cross-post-duplicate"


def corpus_sentences(root: Path, limit: int = 200_000) -> list[str]:
    """Japanese prose sentences of the corpus (no code, no markup-heavy lines)."""
    out = []
    for path in sorted(root.rglob("*.md")):
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        text = re.sub(r"```.*?```", "", text, flags=re.S)
        for line in text.splitlines():
            line = line.strip()
            if not line or line[0] in "#>|-*!<[`{:" or line.startswith("---"):
                continue
            for s in re.findall(r"[^。！？]+[。！？]", line):
                if 15 <= len(s) <= 120 and re.search(r"[ぁ-ん]", s):
                    out.append(s)
        if len(out) >= limit:
            break
    return out


def mutate(paragraph: str, rng: random.Random) -> str:
    """A near copy: drop one sentence of a long paragraph, or edit a few characters."""
    sentences = re.findall(r"[^。！？]+[。！？]", paragraph)
    if len(sentences) >= 4 and rng.random() < 0.5:
        del sentences[rng.randrange(len(sentences))]
        return "".join(sentences)
    chars = list(paragraph)
    for _ in range(max(1, len(chars) // 80)):
        i = rng.randrange(len(chars))
        chars[i] = rng.choice("のがをにはでとも")
    return "".join(chars)


def generate(n_posts: int, sentences: list[str], exact: float, near: float, seed: int):
    """Posts (path, text) and the planted pairs {(path_a, para_a, path_b, para_b, kind)}."""
    rng = random.Random(seed)
    posts: list[tuple[str, list[str]]] = []
    planted = []
    for i in range(n_posts):
        path = f"posts/{i // 1000:03d}/post-{i:06d}.md"
        paragraphs = []
        for _ in range(rng.randint(6, 16)):
            r = rng.random()
            if posts and r < exact + near:
                j = rng.randrange(len(posts))
                src_path, src_paras = posts[j]
                k = rng.randrange(len(src_paras))
                kind = "exact" if r < exact else "near"
                text = src_paras[k] if kind == "exact" else mutate(src_paras[k], rng)
                planted.append((src_path, k, path, len(paragraphs), kind))
                paragraphs.append(text)
            else:
                paragraphs.append("".join(rng.choice(sentences) for _ in range(rng.randint(2, 4))))
        posts.append((path, paragraphs))
    return posts, planted


def render(path: str, paragraphs: list[str]) -> str:
    return f"---\ntitle: {path}\n---\n\n" + "\n\n".join(paragraphs) + "\n"


def direct_digests(posts, rule, options, batch: int = 1_000):
    """The digests collect() would make of the rendered posts, without parsing them; signatures
    are computed over many posts at once."""
    import numpy as np

    from postlint.rules._editorial import normalize

    meta, texts = [], []
    for path, paragraphs in posts:
        rows = []
        for k, para in enumerate(paragraphs):
            text = normalize(para)
            if len(text) >= options["minLength"]:
                rows.append((0, 0, 5 + 2 * k, 0, 5 + 2 * k, 0))
                texts.append(text)
        meta.append((path, rows))
    sigs = np.concatenate([rule.signatures(texts[i:i + batch]) for i in range(0, len(texts), batch)])
    hashes = np.array([rule._exact_hash(t) for t in texts], dtype=np.uint64)
    out, at = [], 0
    for path, rows in meta:
        n = len(rows)
        out.append(rule.Digest(path, np.array(rows, dtype=np.int64).reshape(-1, 6), sigs[at:at + n], hashes[at:at + n]))
        at += n
    return out


def _collect(job):
    from postlint.runlevel import _collect as collect

    return collect(job)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--exact", type=float, default=0.02)
    ap.add_argument("--near", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--compare-datasketch", action="store_true")
    ap.add_argument("--direct", action="store_true",
                    help="build digests straight from the paragraph texts (no Markdown parsing): measures "
                         "the run-wide half at full scale; the per-file half is timed on --sample posts")
    ap.add_argument("--sample", type=int, default=1000, help="with --direct: posts collected the CLI way")
    args = ap.parse_args(argv)

    from postlint.engine import load_rule
    from postlint.rule import validate_options

    rule = load_rule(RULE)
    options = validate_options(rule, {})
    t0 = time.perf_counter()
    sentences = corpus_sentences(args.corpus)
    if not sentences:
        print(f"no sentences found under {args.corpus}", file=sys.stderr)
        return 2
    posts, planted = generate(args.posts, sentences, args.exact, args.near, args.seed)
    texts = [(RULE, options, path, render(path, paras)) for path, paras in posts]
    n_paras = sum(len(p) for _, p in posts)
    print(f"generated {len(posts):,} posts, {n_paras:,} paragraphs ({len(planted):,} planted copies) "
          f"from {len(sentences):,} corpus sentences in {time.perf_counter() - t0:.1f}s")

    t1 = time.perf_counter()
    if args.direct:
        c1 = time.process_time()
        for job in texts[:args.sample]:
            _collect(job)
        per_post = (time.process_time() - c1) / min(args.sample, len(texts))
        print(f"collect the CLI way (parse + plain text + signatures): {per_post * 1000:.2f} ms CPU/post "
              f"on {min(args.sample, len(texts)):,} posts -> {per_post * len(texts) / max(args.jobs, 1):.0f}s "
              f"for {len(texts):,} posts with {args.jobs} processes")
        t1, c1 = time.perf_counter(), time.process_time()
        digests = direct_digests(posts, rule, options)
        t_collect = time.process_time() - c1
        print(f"direct digests (signatures only): {t_collect:.1f}s CPU ({time.perf_counter() - t1:.1f}s wall)")
    elif args.jobs > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            digests = list(pool.map(_collect, texts, chunksize=64))
    else:
        digests = [_collect(job) for job in texts]
    if not args.direct:
        t_collect = time.perf_counter() - t1
        print(f"collect: {t_collect:.1f}s ({t_collect / len(posts) * 1000:.2f} ms/post wall, jobs={args.jobs})")
    compared = sum(len(d.locations) for d in digests)
    print(f"{compared:,} paragraphs long enough to compare")

    t2, c2 = time.perf_counter(), time.process_time()
    groups = list(rule.similar_groups(digests, float(options["threshold"])))
    t_run = time.process_time() - c2
    print(f"check_run (LSH banding + verification): {t_run:.1f}s CPU ({time.perf_counter() - t2:.1f}s wall) "
          f"for {compared:,} paragraphs")

    index = {d.path: i for i, d in enumerate(digests)}
    para_line = {}
    for d in digests:  # (path, paragraph number in post) -> compared row, via the line numbers
        para_line[d.path] = {int(loc[2]): r for r, loc in enumerate(d.locations)}
    group_of = {}
    for g, members in enumerate(groups):
        for f, p, _ in members:
            group_of[(f, p)] = g

    def row(path, k):
        # line of paragraph k in render(): 5 + 2k (front matter is 3 lines, then a blank line)
        return para_line[path].get(5 + 2 * k)

    from postlint.rules._editorial import normalize

    def jaccard(x: str, y: str) -> float:
        x, y = normalize(x), normalize(y)
        sx = {x[i:i + 5] for i in range(max(1, len(x) - 4))}
        sy = {y[i:i + 5] for i in range(max(1, len(y) - 4))}
        return len(sx & sy) / len(sx | sy)

    paras = dict(posts)
    found = {"exact": [0, 0], "near": [0, 0], "near<threshold": [0, 0]}
    planted_rows = set()
    for a, ka, b, kb, kind in planted:
        ra, rb = row(a, ka), row(b, kb)
        if ra is None or rb is None:
            continue  # a paragraph too short to compare
        fa, fb = index[a], index[b]
        planted_rows.update({(fa, ra), (fb, rb)})
        if kind == "near" and jaccard(paras[a][ka], paras[b][kb]) < float(options["threshold"]):
            kind = "near<threshold"  # the edit went further than the rule's threshold
        found[kind][1] += 1
        if group_of.get((fa, ra)) is not None and group_of.get((fa, ra)) == group_of.get((fb, rb)):
            found[kind][0] += 1
    reported = set(group_of)
    stray_rows = sorted(reported - planted_rows)
    stray = len(stray_rows)
    for kind, (hit, total) in found.items():
        print(f"recall {kind:14}: {hit:,}/{total:,} = {hit / max(total, 1):.1%}")
    print(f"reported paragraphs: {len(reported):,}; not planted: {stray:,}")
    if stray_rows:  # the generator repeats sentences: are these real (accidental) duplicates?
        line_to_k = lambda line: (line - 5) // 2  # noqa: E731
        rng = random.Random(args.seed)
        sample = rng.sample(stray_rows, min(200, stray))
        scores = []
        for f, r in sample:
            g = group_of[(f, r)]
            mine = paras[digests[f].path][line_to_k(int(digests[f].locations[r][2]))]
            others = [paras[digests[o].path][line_to_k(int(digests[o].locations[q][2]))]
                      for o, q, _ in groups[g] if o != f]
            scores.append(max(jaccard(mine, t) for t in others))
        high = sum(1 for x in scores if x >= float(options["threshold"]) - 0.1)
        print(f"  of {len(sample)} not planted, {high} have a true 5-gram Jaccard >= "
              f"{float(options['threshold']) - 0.1:.2f} with a paragraph of another post (accidental copies: "
              f"the same sentences drawn twice); lowest {min(scores):.2f}")
    print(f"total (collect + check_run): {t_collect + t_run:.1f}s" + (" CPU" if args.direct else ""))

    if args.compare_datasketch:
        from datasketch import LeanMinHash, MinHash, MinHashLSH

        t3 = time.perf_counter()
        lsh = MinHashLSH(threshold=float(options["threshold"]), num_perm=rule.NUM_PERM)
        keys = []
        for d in digests:
            for r, sig in enumerate(d.signatures):
                m = LeanMinHash(MinHash(num_perm=rule.NUM_PERM, seed=rule.SEED, hashvalues=sig, scheme="affine32"))
                key = (d.path, r)
                lsh.insert(key, m)
                keys.append((key, m))
        pairs = sum(len(lsh.query(m)) - 1 for _, m in keys)
        print(f"datasketch MinHashLSH insert+query: {time.perf_counter() - t3:.1f}s ({pairs:,} candidate hits)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A paragraph that appears, exactly or nearly, in another post of the same run.

Copy-pasted or regenerated paragraphs across posts (the same introduction, the same "about
this blog" block, a paragraph a generator produced twice) hurt readers and search ranking.
Each paragraph with at least ``minLength`` characters of its own prose (white space,
punctuation, link text, URLs and code not counted; a page title with its URL is a citation,
not prose) is compared with the paragraphs of every other post linted in the same run;
both places are reported, each naming the other (``file:line``).

This is a run-level rule (``RUN_LEVEL = True``): ``check()`` reports nothing per file;
:mod:`postlint.runlevel` calls :func:`collect` for every file after the per-file pass and then
:func:`check_run` once.  Near duplicates are found with MinHash signatures (datasketch's
permutations, computed in bulk with numpy over character 5-gram shingles) and LSH banding
(numpy sorting), then checked with the signatures' estimated Jaccard similarity, so 100,000
posts take minutes (bench/cross_post_scale.py).

Options: ``threshold`` (Jaccard similarity of 5-gram shingles from which two paragraphs are
near duplicates; default 0.8), ``minLength`` (default 40), ``maxPlaces`` (other places named in
one message; default 3), ``ignoreQuotes`` (default true: a quote of the same source in two posts
is fine).

    OK:  two posts that share no paragraph
    NG:  a.md and b.md both containing the same 60-character paragraph
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

np = None  # numpy, this rule's own dependency: imported by _need_numpy() when a run needs it

from postlint.rules._editorial import normalize, prose_text

ID = "no-cross-post-duplicate"
NODES = ("Document",)
OPTIONS = {"threshold": (int, float), "minLength": int, "maxPlaces": int, "ignoreQuotes": bool}
DEFAULTS = {"threshold": 0.8, "minLength": 40, "maxPlaces": 3, "ignoreQuotes": True}
RUN_LEVEL = True
RUN_MIN_FILES = 2  # one file has no other post to share a paragraph with
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+")

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: a pair at Jaccard 0.8 becomes a candidate with p > 0.999
SHINGLE = 5
SEED = 1
# 64 permutations estimate a Jaccard similarity within about ±0.05: accept estimates this much
# under the threshold so that true near duplicates are not lost to the estimate's noise.
ESTIMATE_SLACK = 0.05


def check(node, opts, ctx):
    """Nothing per file: the work happens in :func:`check_run` (see postlint.runlevel)."""
    return ()


# -- per file -----------------------------------------------------------------------

@dataclass
class Digest:
    """What the run-level pass keeps of one file: where its paragraphs are, and their signatures."""

    path: str
    locations: np.ndarray  # (n, 6) int64: start, end, line, column, end_line, end_column
    signatures: np.ndarray  # (n, NUM_PERM) uint32
    hashes: np.ndarray  # (n,) uint64: the exact normalized text's hash


@functools.lru_cache(maxsize=1)
def _permutations():
    """The permutations (a, b) of ``datasketch.MinHash(num_perm=NUM_PERM, seed=SEED)`` (its
    default "affine32" scheme).

    Drawn here the way datasketch draws them (tests/rules/test_no_cross_post_duplicate.py checks
    the signatures are equal) so that linting does not import datasketch, whose package import
    pulls in scipy (one to several seconds per run) for two arrays.
    """
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer (datasketch's pre-mix for the affine32 scheme)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def _shingle_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of the character 5-grams of every text (a text shorter than that is one
    shingle), in one numpy pass; and where each text's shingles start."""
    padded = [t.ljust(SHINGLE, "\0") for t in texts]
    codes = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    lengths = np.array([len(t) for t in padded])
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    counts = lengths - SHINGLE + 1
    # start index of every shingle that stays inside its own text
    starts = np.repeat(offsets, counts) + (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts))
    h = np.full(len(starts), 0xcbf29ce484222325, dtype=np.uint64)  # FNV-1a over the five code points
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            h = (h ^ codes[starts + k]) * np.uint64(0x100000001b3)
        h ^= h >> np.uint64(29)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    return (h & np.uint64(0xFFFFFFFF)).astype(np.uint32), first


def signatures(texts: list[str]) -> np.ndarray:
    """MinHash signatures (len(texts), NUM_PERM) of normalized texts, in one numpy pass.

    Same permutations and arithmetic as ``datasketch.MinHash`` (scheme affine32: pre-mix, then
    ``a*h + b`` modulo 2^32), so they are datasketch signatures of the same shingle hashes.
    """
    _need_numpy()
    if not texts:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    a, b = _permutations()
    hv, first = _shingle_hashes(texts)
    with np.errstate(over="ignore"):
        permuted = _fmix32(hv)[:, None] * a + b
    return np.minimum.reduceat(permuted, first, axis=0)


def _exact_hash(text: str) -> int:
    import hashlib

    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def _is_citation(node, text: str) -> bool:
    """A page title with its URL or link (a reference, not prose): no sentence in it ends."""
    cites = _URL.search(text) or any(n.type == "Link" for n in node.walk())
    return bool(cites) and not re.search(r"[。．！？!?]|\.(?:\s|$)", _URL.sub("", text))


def _need_numpy() -> None:
    """Import numpy on first use: loading the rule (every run that enables it, a pre-commit
    run of one file too) does not pay numpy's import, about 0.1 s."""
    global np
    if np is None:
        try:
            import numpy
        except ImportError:  # pragma: no cover
            raise RuntimeError("no-cross-post-duplicate needs numpy: pip install numpy") from None
        np = numpy


def collect(doc, opts, ctx) -> Digest:
    """The paragraphs of one file worth comparing (per-file half of the rule)."""
    _need_numpy()
    rows, texts = [], []
    for node in doc.walk():
        if node.type != "Paragraph" or (opts["ignoreQuotes"] and node.inside("BlockQuote")):
            continue
        plain, own = prose_text(node, ctx)
        if len(normalize(_URL.sub("", own))) < opts["minLength"]:
            continue  # mostly links or code: a citation, not a paragraph of prose
        if _is_citation(node, plain.text):
            continue
        text = normalize(plain.text)
        line, col = ctx.source.position(node.start)
        end_line, end_col = ctx.source.position(node.end)
        rows.append((node.start, node.end, line, col, end_line, end_col))
        texts.append(text)
    locations = np.array(rows, dtype=np.int64).reshape(-1, 6)
    hashes = np.array([_exact_hash(t) for t in texts], dtype=np.uint64)
    return Digest(ctx.source.path or ctx.path, locations, signatures(texts), hashes)


# -- the run ------------------------------------------------------------------------

def _band_keys(sigs: np.ndarray) -> np.ndarray:
    """(n, BANDS) uint64: one key per band of rows."""
    rows = NUM_PERM // BANDS
    s = sigs.astype(np.uint64).reshape(len(sigs), BANDS, rows)
    keys = np.zeros((len(sigs), BANDS), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(rows):
            keys = (keys ^ s[:, :, r]) * np.uint64(0x100000001b3)
    return keys


def _candidate_edges(keys: np.ndarray) -> np.ndarray:
    """(m, 2) index pairs sharing a band key: consecutive members of each run, per band."""
    edges = []
    for band in range(keys.shape[1]):
        col = keys[:, band]
        order = np.argsort(col, kind="stable")
        same = col[order[1:]] == col[order[:-1]]
        if same.any():
            edges.append(np.stack([order[:-1][same], order[1:][same]], axis=1))
    if not edges:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.concatenate(edges)
    pairs.sort(axis=1)
    return np.unique(pairs, axis=0)


def _clusters(n: int, edges: np.ndarray) -> np.ndarray:
    """Union-find over verified edges: the root of every item."""
    parent = np.arange(n)

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for i, j in edges:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    return np.array([find(i) for i in range(n)])


def similar_groups(digests: list[Digest], threshold: float):
    """Groups of near-duplicate paragraphs that span at least two files.

    Yields lists of (file index, paragraph index, similarity to the group's closest other-file
    member as estimated from the signatures).
    """
    sizes = [len(d.locations) for d in digests]
    if sum(sizes) < 2:
        return
    file_of = np.repeat(np.arange(len(digests)), sizes)
    para_of = np.concatenate([np.arange(s) for s in sizes])
    sigs = np.concatenate([d.signatures for d in digests])
    hashes = np.concatenate([d.hashes for d in digests])
    edges = _candidate_edges(np.concatenate([_band_keys(sigs), hashes[:, None]], axis=1))
    if len(edges):
        est = (sigs[edges[:, 0]] == sigs[edges[:, 1]]).mean(axis=1)
        exact = hashes[edges[:, 0]] == hashes[edges[:, 1]]
        edges = edges[(est >= threshold - ESTIMATE_SLACK) | exact]
    if not len(edges):
        return
    involved = np.unique(edges)
    index = {int(v): k for k, v in enumerate(involved)}
    local = np.array([[index[int(i)], index[int(j)]] for i, j in edges]).reshape(-1, 2)
    roots = _clusters(len(involved), local)
    groups: dict[int, list[int]] = {}
    for k, root in enumerate(roots):
        groups.setdefault(int(root), []).append(int(involved[k]))
    for members in groups.values():
        if len({int(file_of[m]) for m in members}) < 2:
            continue
        out = []
        for m in members:
            others = [o for o in members if file_of[o] != file_of[m]]
            best = max(float((sigs[m] == sigs[o]).mean()) if hashes[m] != hashes[o] else 1.0 for o in others)
            if best >= threshold - ESTIMATE_SLACK:  # alike itself, not only through a chain of others
                out.append((int(file_of[m]), int(para_of[m]), best))
        if len({f for f, _, _ in out}) >= 2:
            yield out


def check_run(digests: list[Digest], opts) -> dict[str, list]:
    """Problems per path for every paragraph that has a near copy in another file."""
    from postlint.rule import Problem

    _need_numpy()
    problems: dict[str, list] = {}
    for group in similar_groups(digests, float(opts["threshold"])):
        places = sorted(group)
        for f, p, score in places:
            others = [(g, q) for g, q, _ in places if g != f]
            named = ", ".join(f"{digests[g].path}:{int(digests[g].locations[q][2])}" for g, q in others[:opts["maxPlaces"]])
            more = f" and {len(others) - opts['maxPlaces']} more" if len(others) > opts["maxPlaces"] else ""
            how = "the same paragraph" if score >= 1.0 else f"a nearly identical paragraph ({score:.0%} alike)"
            start, end, line, col, end_line, end_col = (int(v) for v in digests[f].locations[p])
            problems.setdefault(digests[f].path, []).append(Problem(
                ID, f"{how} appears in another post: {named}{more}; keep one, or rewrite", start, end,
                line=line, column=col, end_line=end_line, end_column=end_col))
    return problems

"""The same stock phrase or connective again and again in one post.

正直なところ, 考えてみれば, 実は, ぶっちゃけ, 非常に, と言えるでしょう…: once is a voice, four
times is a tic (and a sign of generated text).  Each phrase of the list
(rules/dict/repeated-phrases.yml) is counted over the post's prose; the uses beyond ``max``
(default 3) are reported, saying how many times the phrase appears.  Matches start and end on
word boundaries (実は does not match 果実は); code, link text and block quotes are not counted.

Options: ``max`` (default 3), ``phrases`` (a list or a YAML file path replacing the built-in
list), ``extraPhrases`` (added to it).  An entry is a phrase or ``{phrase: …, max: N}``.

    OK:  実は…。実は…。実は…。
    NG:  実は…。実は…。実は…。実は…。   (the fourth is reported)
"""

from __future__ import annotations

from postlint.rules._editorial import block_memo, builtin_data, combined, prose_nodes, prose_text

ID = "no-repeated-phrase"
NODES = ("Document",)
OPTIONS = {"max": int, "phrases": (list, str, type(None)), "extraPhrases": (list, str, type(None)),
           "ignoreQuotes": bool}
DEFAULTS = {"max": 3, "phrases": None, "extraPhrases": None, "ignoreQuotes": True}
FILE_OPTIONS = ("phrases", "extraPhrases")  # a list, or the path of a YAML file (relative to the config's folder)


def _phrase_list(opts) -> dict[str, int]:
    out: dict[str, int] = {}
    for entry in combined(builtin_data("repeated-phrases.yml")["phrases"], opts, "phrases", "extraPhrases"):
        if isinstance(entry, str):
            phrase, limit = entry, opts["max"]
        elif isinstance(entry, dict) and isinstance(entry.get("phrase"), str):
            phrase, limit = entry["phrase"], entry.get("max", opts["max"])
        else:
            raise ValueError(f"a phrase must be a string or {{phrase, max}} (got {entry!r})")
        if phrase:
            out[phrase] = int(limit)
    return out



def check_options(opts) -> None:
    """Read the phrases (called when the config loads): a missing file or a malformed entry is
    a config error, not a problem in every post."""
    _phrase_list(opts)

def check(node, opts, ctx):
    phrases = _phrase_list(opts)
    uses: dict[str, list[tuple[int, int]]] = {p: [] for p in phrases}
    extra = repr(list(phrases))
    for para in prose_nodes(node):
        if opts["ignoreQuotes"] and para.inside("BlockQuote"):
            continue
        base = para.start
        for phrase, start, end in block_memo(ID, para, ctx.text, lambda: tuple(_block_uses(para, ctx, phrases)), extra):
            uses[phrase].append((base + start, base + end))
    for phrase, places in uses.items():
        limit = phrases[phrase]
        if len(places) <= limit:
            continue
        lines = ", ".join(str(ctx.source.position(s)[0]) for s, _ in places)
        for n, (start, end) in enumerate(places[limit:], limit + 1):
            yield ctx.report(start, end,
                             f"「{phrase}」 appears {len(places)} times in this post (lines {lines}; at most "
                             f"{limit}): this is use {n}; rephrase or drop it")


def _block_uses(para, ctx, phrases):
    """(phrase, start, end) of each use in a prose block, offsets relative to its start."""
    plain, text = prose_text(para, ctx)
    if not text.strip():
        return
    present = [p for p in phrases if p in text]
    if not present:
        return
    base = para.start
    toks = ctx.tokens(text, "unidic")
    starts = {t.start for t in toks}
    ends = {t.end for t in toks} | {len(text)}
    for phrase in present:
        i = text.find(phrase)
        while i >= 0:
            j = i + len(phrase)
            if i in starts and j in ends:
                yield phrase, plain.to_source(i) - base, plain.source_end(j) - base
            i = text.find(phrase, j)

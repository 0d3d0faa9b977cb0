"""The speed caches give the results a fresh computation gives.

postlint remembers work across lints (an editor re-lints after every keystroke,
--fix re-lints after fixing): sentence splits and plain texts of blocks by
content (postlint.text), word-list matches by text (postlint.wordlist), and a few
rules' per-sentence analyses.  A block that moved, or a document linted again,
must get exactly what a first lint gives.
"""

from pathlib import Path

import pytest
import yaml

from postlint import text as text_mod
from postlint import wordlist
from postlint.config import resolve
from postlint.engine import lint_text
from postlint.markdown import parse
from postlint.source import Source

DOC = """# 見出しです

今日は晴れ。`a.b` のコードです。[リンク](https://example.com)の文。https://example.org/x?y=1 を見る。

- 項目です。しかし、これは長いことがあります。しかし、問題はない。
- 二つ目は e.g. 略語を含む。Mr. Smith です。

> 引用の文です。彼は行くことができる。
"""


def _fresh(node, src):
    text_mod._SCANS.clear()
    text_mod._CONTENT.clear()
    plain = text_mod.plain_text(node, src)
    sents = text_mod.sentences(node, src)
    scan = text_mod._ast_scan(node, src, "?!？！。").results
    return plain, sents, scan


def _shape(plain, sents, scan):
    items = []
    for kind, payload in scan:
        if kind == "Sentence":
            a, b, its = payload
            items.append((a, b, [(i.kind, i.start, i.end, None if i.node is None else (i.node.type, i.node.start, i.node.end))
                                 for i in its]))
        else:
            items.append((payload.kind, payload.start, payload.end))
    return ((plain.text, list(plain.offsets), plain.code_spans),
            [(s.start, s.end, s.text, s.plain_start, s.plain_end, list(s.offsets), s.code_spans) for s in sents],
            items)


def _blocks(text):
    src = Source.from_text(text)
    return src.text, [n for n in parse(src).walk() if n.type in ("Paragraph", "Header", "ListItem")]


def test_moved_blocks_split_as_fresh_ones():
    first, blocks = _blocks(DOC)
    for node in blocks:  # warm the caches with the original positions
        text_mod.plain_text(node, first)
        text_mod.sentences(node, first)
        text_mod._ast_scan(node, first, "?!？！。")
    for prefix in ("", "前置きの段落です。\n\n", "x"):
        moved, moved_blocks = _blocks(prefix + DOC)
        cached = [_shape(text_mod.plain_text(n, moved), text_mod.sentences(n, moved),
                         text_mod._ast_scan(n, moved, "?!？！。").results) for n in moved_blocks]
        fresh = [_shape(*_fresh(n, moved)) for n in moved_blocks]
        assert cached == fresh


def test_relint_after_edits_equals_first_lint():
    config = resolve({"rules": {"preset-ja-technical-writing": True}})
    versions = [DOC, "追記。" + DOC, DOC.replace("晴れ", "雨"), DOC + "\n最後の段落です。\n", DOC]
    warm = [[(p.rule_id, p.start, p.end, p.message) for p in lint_text(v, config)] for v in versions]
    cold = []
    for v in versions:
        text_mod._SCANS.clear()
        text_mod._CONTENT.clear()
        wordlist._FOUND.clear()
        cold.append([(p.rule_id, p.start, p.end, p.message) for p in lint_text(v, config)])
    assert warm == cold
    assert any(warm)


def test_shipped_dictionaries_parse_alike_with_libyaml_and_pure_python():
    from importlib import resources

    from postlint import jsyaml

    if not issubclass(jsyaml.Loader, getattr(yaml, "CSafeLoader", ())):
        pytest.skip("PyYAML without libyaml: one parser only")
    pure = type("PureLoader", (yaml.SafeLoader,), {name: getattr(jsyaml.Loader, name) for name in (
        "yaml_implicit_resolvers", "yaml_path_resolvers", "yaml_constructors", "yaml_multi_constructors")})
    for name in ("ja-no-abusage", "ja-no-redundant-expression", "ja-no-weak-phrase"):
        text = resources.files("postlint.rules").joinpath("dict", f"{name}.yml").read_text("utf-8")
        assert repr(yaml.load(text, Loader=jsyaml.Loader)) == repr(yaml.load(text, Loader=pure))


def test_tokens_when_skips_only_texts_without_such_a_token():
    """``ctx.tokens(text, when=test)``: the full tokens when the test of MeCab's output is
    true, else ``()``; a text first asked with a miss still gets all of its tokens later,
    from the same MeCab output.  No rule's test misses a token the rule needs."""
    from functools import partial

    from postlint.morph import tokens as fresh_tokens
    from postlint.rule import Context
    from postlint.rules import (ja_no_successive_word, no_double_negative_ja, no_doubled_conjunction,
                                no_doubled_conjunctive_particle_ga, no_doubled_joshi, no_dropping_the_ra)

    texts = ["雨が降った。しかし、試合は続いた。", "行かなくもない。", "晴れです。", "無くはない",
             "ABC def 123", "でも、それは違う。", "これはは誤り", "ドキドキ する", "a  a", "九九の表",
             "これは　は", "少ないです", "東京で会議で話す", "彼は来れる。", "朝は起きれない", "見れる",
             "雨だが、行くが、遅れる", "食べられる", "使われる", "寝 れる", "起きれた", "来れれば", "には、には", "無くはない", "そうでないことはない"]

    def alike(toks):
        return any(a.surface_form == b.surface_form for a, b in zip(toks, toks[1:]))

    def particle_twice(toks):  # two particles alike (the first tokens of two runs with one key)
        particles = [t[:5] for t in toks if t.pos == "助詞"]
        return len(particles) > len(set(particles))

    def dropped_ra(toks):  # what no-dropping-the-ra reports
        return (any(t.pos == "動詞" and t.basic_form in ("来れる", "見れる") for t in toks)
                or any(no_dropping_the_ra._ichidan_mizen(a) and no_dropping_the_ra._reru(b)
                       for a, b in zip(toks, toks[1:])))

    cases = ((no_doubled_conjunction._CONJUNCTION_LINE.search, lambda toks: any(t.pos == "接続詞" for t in toks)),
             (no_double_negative_ja._two_nai,
              lambda toks: sum(t.basic_form in ("ない", "無い") for t in toks) >= 2),
             (ja_no_successive_word._two_lines_alike, alike),
             (partial(no_doubled_joshi._may_double, strict=True, min_interval=1000), particle_twice),
             (no_doubled_conjunctive_particle_ga._has_two_ga,
              lambda toks: sum(t.surface_form == "が" and t.pos_detail_1 == "接続助詞" for t in toks) >= 2),
             (no_dropping_the_ra._may_drop_ra, dropped_ra))
    for test, needed in cases:
        ctx = Context(Source.from_text(""))
        found = 0
        for text in texts:
            expected = tuple(fresh_tokens(text))
            got = ctx.tokens(text, when=test)
            if needed(expected):
                found += 1
                assert got == expected, text
            elif got == ():
                assert ctx.tokens(text) == expected, text
            else:  # the output passed without such a token (e.g. 少ない): still exact
                assert got == expected, text
        assert found, test  # each test meets a text that needs its tokens


def test_a_batch_run_leaves_the_content_memo_alone_and_finds_the_same(tmp_path):
    # the runner lints each file once: it turns the memo by content off while it runs
    # (and back on after), and the problems are those of a lint with the memo on
    from postlint.runner import lint_files

    posts = []
    for i in range(3):
        path = tmp_path / f"p{i}.md"
        path.write_text(DOC, encoding="utf-8")  # three posts alike: the memo would hit
        posts.append(str(path))
    config = resolve({"rules": {"preset-ja-technical-writing": True}})
    text_mod._CONTENT.clear()
    results = lint_files(posts, lambda path: config, jobs=1)
    assert text_mod._CONTENT == {} and text_mod._ACROSS_LINTS == [True]
    expected = [(p.rule_id, p.line, p.column, p.message) for p in lint_text(DOC, config, path="p.md")]
    assert text_mod._CONTENT  # a lint of its own remembers
    assert expected and all([(p.rule_id, p.line, p.column, p.message) for p in r.problems] == expected
                            for r in results)


_EDITED_RULES = {"preset-ja-technical-writing": True, "preset-ja-spacing": True, "ja-consistent-punctuation": True,
                 "ja-consistent-spelling": True, "no-mix-keitai-jotai": True, "reading-time": True,
                 "no-duplicate-sentence": True, "no-repeated-phrase": True}


def _edited_versions(text: str, count: int) -> list[str]:
    """The text after each of ``count`` edits in a row, as a writer makes them in an editor:
    a line copied, deleted, moved, or a word or mark typed into it."""
    import random

    rng = random.Random(5)
    versions = []
    for _ in range(count):
        lines = text.split("\n")
        at = rng.randrange(len(lines))
        choice = rng.random()
        if choice < 0.3:
            lines.insert(at, lines[rng.randrange(len(lines))])
        elif choice < 0.5:
            del lines[at]
        elif choice < 0.75:
            cut = rng.randint(0, len(lines[at]))
            lines[at] = lines[at][:cut] + rng.choice(["しかし、", "。", "です。", "**", "`", "、", "\n\n", "だ。"]) + lines[at][cut:]
        else:
            other = rng.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
        text = "\n".join(lines)
        versions.append(text)
    return versions


def test_warm_memos_find_what_a_fresh_process_finds(tmp_path):
    """The language server lints each version of a document in one process, with the memos by
    content warm from the versions before; each version's problems must be those a fresh
    interpreter finds in it (a memo keyed on too little would hand back a stale analysis)."""
    import json
    import subprocess
    import sys

    seed = Path(__file__).resolve().parents[1] / "seeds" / "2025-11-10-korea-ai-investment.md"
    config = resolve({"rules": _EDITED_RULES, "filters": {"comments": True}})
    script = ("import json, sys\nfrom postlint.config import resolve\nfrom postlint.engine import lint_text\n"
              "config = resolve({'rules': json.loads(sys.argv[1]), 'filters': {'comments': True}})\n"
              "text = open(sys.argv[2], encoding='utf-8').read()\n"
              "print(json.dumps(sorted([p.rule_id, p.start, p.end, p.message] for p in lint_text(text, config, 'post.md'))))")
    for n, version in enumerate(_edited_versions(seed.read_text("utf-8"), 8)):
        warm = sorted([p.rule_id, p.start, p.end, p.message] for p in lint_text(version, config, "post.md"))
        path = tmp_path / f"v{n}.md"
        path.write_text(version, "utf-8")
        fresh = subprocess.run([sys.executable, "-c", script, json.dumps(_EDITED_RULES), str(path)],
                               capture_output=True, text=True, check=True)
        assert warm == json.loads(fresh.stdout), f"version {n}"

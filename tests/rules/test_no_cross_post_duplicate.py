"""no-cross-post-duplicate is a run-level rule: its cases are sets of posts linted together."""

import pytest

from postlint.config import resolve
from postlint.formatters import FileResult
from postlint.runlevel import run_level
from postlint.source import Source

RULE = "no-cross-post-duplicate"

P1 = "同じ段落がふたつの記事に出てくると、読者は同じ話を二度読むことになり、検索でも不利になってしまう。"
P2 = "今年の夏は北海道へ行き、札幌から旭川まで鉄道で移動しながら、各地の食堂で名物料理を食べ歩いた。"
P3 = "新しいライブラリを導入するときは、まず小さな検証用のリポジトリで動作を確かめてから本番に入れている。"
NEAR = P1.replace("不利になってしまう", "不利になってしまいます")  # Jaccard 0.91 on 5-grams
LINKS = "[参考記事のタイトルその一](https://example.com/1) [参考記事のタイトルその二](https://example.com/2) [参考記事のタイトルその三](https://example.com/3)"

# Each case: {"files": {path: text}, "options"?}; VALID: nothing reported.
VALID = [
    {"files": {"a.md": P1 + "\n", "b.md": P2 + "\n", "c.md": P3 + "\n"}},
    # the same paragraph twice in ONE post is no-duplicate-paragraph's business
    {"files": {"a.md": P1 + "\n\n" + P1 + "\n", "b.md": P2 + "\n"}},
    # short paragraphs and citations (mostly link text) are not compared
    {"files": {"a.md": "以上です。\n", "b.md": "以上です。\n"}},
    {"files": {"a.md": LINKS + "\n", "b.md": LINKS + "\n"}},
    {"files": {"a.md": "- https://example.com/docs/very/long/path/to/the/same/document/page.md\n",
               "b.md": "- https://example.com/docs/very/long/path/to/the/same/document/page.md\n"}},
    {"files": {"a.md": "- 仮想専用線の方式を比べる長い題名の記事 PPTP vs L2TP/IPSec vs OpenVPN vs IKEv2 - Tech Beans\n  https://example.com/entry/2016\n",
               "b.md": "- 仮想専用線の方式を比べる長い題名の記事 PPTP vs L2TP/IPSec vs OpenVPN vs IKEv2 - Tech Beans\n  https://example.com/entry/2016\n"}},
    # quotes of the same source
    {"files": {"a.md": "> " + P1 + "\n", "b.md": "> " + P1 + "\n"}},
    {"files": {"a.md": P1 + "\n", "b.md": NEAR + "\n"}, "options": {"threshold": 0.99}},
    {"files": {"a.md": P1 + "\n", "b.md": P1 + "\n"}, "options": {"minLength": 200}},
    # a disable comment silences it
    {"files": {"a.md": "<!-- textlint-disable -->\n\n" + P1 + "\n", "b.md": "<!-- postlint-disable no-cross-post-duplicate -->\n\n" + P1 + "\n"}},
]

INVALID = [
    {"files": {"a.md": "前置き。\n\n" + P1 + "\n", "b.md": P2 + "\n\n" + P1 + "\n", "c.md": P3 + "\n"},
     "errors": {"a.md": [{"line": 3, "message": "the same paragraph appears in another post: b.md:3"}],
                "b.md": [{"line": 3, "message": "another post: a.md:3"}]}},
    {"files": {"a.md": P1 + "\n", "b.md": NEAR + "\n"},
     "errors": {"a.md": [{"line": 1, "message": "a nearly identical paragraph"}], "b.md": [{"line": 1, "message": "a.md:1"}]}},
    {"files": {"a.md": P1 + "\n", "b.md": P1 + "\n", "c.md": "- " + P1 + "\n", "d.md": P1 + "\n"}, "options": {"maxPlaces": 2},
     "errors": {"a.md": [{"message": "b.md:1, c.md:1 and 1 more"}], "b.md": [{}], "c.md": [{"line": 1}], "d.md": [{}]}},
    {"files": {"a.md": "> " + P1 + "\n", "b.md": P1 + "\n"}, "options": {"ignoreQuotes": False},
     "errors": {"a.md": [{"line": 1}], "b.md": [{"line": 1}]}},
]


def lint_run(files: dict, options=None, filters=None):
    pytest.importorskip("numpy")  # the rule's one extra runtime dependency
    config = resolve({"rules": {RULE: options if options is not None else True},
                      "filters": {"comments": True} if filters is None else filters})
    results = [FileResult(path, [], Source.from_text(text, path)) for path, text in files.items()]
    run_level(results, lambda path: config)
    return {r.path: r.problems for r in results}


@pytest.mark.parametrize("case", VALID)
def test_valid(case):
    found = lint_run(case["files"], case.get("options"))
    assert not any(found.values()), {p: [x.message for x in v] for p, v in found.items() if v}


@pytest.mark.parametrize("case", INVALID)
def test_invalid(case):
    found = lint_run(case["files"], case.get("options"))
    for path, problems in found.items():
        expected = case["errors"].get(path, [])
        assert len(problems) == len(expected), (path, [p.message for p in problems])
        for want, got in zip(expected, problems):
            assert got.rule_id == RULE
            if "line" in want:
                assert got.line == want["line"], (path, got.line, got.message)
            if "message" in want:
                assert want["message"] in got.message, (path, got.message)


def test_the_configs_filters_apply():
    files = {"a.md": "<!-- textlint-disable -->\n\n" + P1 + "\n", "b.md": P1 + "\n"}
    assert [len(v) for v in lint_run(files, filters={}).values()] == [1, 1]  # no comments filter
    found = lint_run({"a.md": P1 + "\n", "b.md": P1 + "\n"}, filters={"allowlist": {"allow": [P1[:20]]}})
    assert [len(v) for v in found.values()] == [1, 1]  # the allowed words are only part of the range
    found = lint_run({"a.md": P1 + "\n", "b.md": "- " + P1 + "\n"}, filters={"node-types": {"nodeTypes": ["List"]}})
    assert [len(v) for v in found.values()] == [1, 0]


def test_nothing_per_file():
    from postlint.engine import lint_text
    assert lint_text(P1 + "\n", resolve({"rules": {RULE: True}})) == []


def test_signatures_are_datasketch_minhashes():
    datasketch = pytest.importorskip("datasketch")
    from postlint.rules.no_cross_post_duplicate import NUM_PERM, SEED, _shingle_hashes, signatures

    texts = [P1, "短い", P2]
    sigs = signatures(texts)
    for text, sig in zip(texts, sigs):
        hashes, _ = _shingle_hashes([text])
        m = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, scheme="affine32")
        m.update_batch([int(h) for h in hashes])
        assert (m.hashvalues == sig).all()


def test_one_file_costs_no_numpy_import():
    """A run of one post (a pre-commit hook's usual run) has nothing to compare: loading and
    running the rule must not import numpy (about 0.1 s)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from postlint.config import resolve\n"
        "from postlint.engine import lint_text\n"
        "from postlint.formatters import FileResult\n"
        "from postlint.runlevel import run_level\n"
        "from postlint.source import Source\n"
        f"config = resolve({{'rules': {{'{RULE}': True}}}})\n"
        f"text = {P1!r} + '\\n'\n"
        "problems = lint_text(text, config)\n"
        "results = [FileResult('a.md', problems, Source.from_text(text, 'a.md'))]\n"
        "run_level(results, lambda path: config)\n"
        "print(len(results[0].problems), 'numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False"], out.stderr

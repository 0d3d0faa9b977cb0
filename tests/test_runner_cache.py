"""--jobs gives the same results in the same order; --cache hits only when nothing that matters changed."""

import pytest

from postlint import cache as cache_mod
from postlint import runner
from postlint.cache import Cache
from postlint.config import resolve
from postlint.runner import lint_files

POST = "---\ntitle: 記事\nreading_time: 9\n---\n\n短い本文です。短い本文です。短い本文です。\n"


@pytest.fixture
def posts(tmp_path):
    paths = []
    for i in range(4):
        p = tmp_path / f"p{i}.md"
        p.write_text(POST + "追記。" * i * 50, "utf-8")
        paths.append(str(p))
    return paths


def config(**reading):
    return resolve({"rules": {"reading-time": reading or True, "no-duplicate-sentence": {"minLength": 3}}})


def summary(results):
    return [(r.path, [(p.rule_id, p.line, p.column, p.message) for p in r.problems]) for r in results]


@pytest.mark.parametrize("cached", [False, True])
def test_results_stream_in_input_order_with_few_waiting(tmp_path, monkeypatch, cached):
    """Files go to the pool largest first per window, results come out in input order, and a
    file is queued (and, with a cache, read by the main process) only when its turn comes:
    a window of 2 here, 9 files.  Without a cache the workers read the files themselves."""
    from concurrent.futures import ProcessPoolExecutor

    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(runner, "ORDER_WINDOW", 2)
    paths = []
    for i in range(9):
        p = tmp_path / f"q{i}.md"
        p.write_text(POST + "追記。" * ((i * 37) % 9) * 40, "utf-8")
        paths.append(str(p))
    queued, read = [], []

    class RecordingPool(ProcessPoolExecutor):
        def submit(self, fn, job):
            queued.append(job[0])
            return super().submit(fn, job)

    monkeypatch.setattr(runner, "_pool", lambda workers: RecordingPool(max_workers=workers))
    real_read = runner._read
    monkeypatch.setattr(runner, "_read", lambda path: (read.append(path), real_read(path))[1])
    cfg = config()
    store = Cache(str(tmp_path / "cache")) if cached else None
    stream = runner.iter_results(paths, lambda _: cfg, jobs=2, cache=store)
    first = next(stream)
    assert first.path == paths[0]
    assert 0 < len(queued) <= 2 * 2 + 2  # two windows ahead of the earliest unfinished file, at most
    assert read == (queued if cached else [])
    rest = list(stream)
    assert [r.path for r in [first, *rest]] == paths
    assert summary([first, *rest]) == summary(lint_files(paths, lambda _: cfg, jobs=1))


def test_parallel_results_equal_serial_and_keep_order(posts, monkeypatch):
    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)  # these posts are small: force the pool
    cfg = config()
    serial = lint_files(posts, lambda _: cfg, jobs=1)
    parallel = lint_files(posts, lambda _: cfg, jobs=2)
    assert summary(serial) == summary(parallel)
    assert [r.path for r in parallel] == posts


def test_a_small_run_starts_no_workers(posts, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a few small posts")

    monkeypatch.setattr(runner, "_pool", no_pool)
    cfg = config()
    assert summary(lint_files(posts, lambda _: cfg, jobs=2)) == summary(lint_files(posts, lambda _: cfg, jobs=1))


class CountingCache(Cache):
    def __init__(self, root):
        super().__init__(root)
        self.hits = 0

    def get_entry(self, data, config):
        found = super().get_entry(data, config)
        self.hits += found is not None
        return found


def test_cache_hits_and_invalidation(posts, tmp_path, monkeypatch):
    cfg = config()
    store = CountingCache(tmp_path / "cache")
    first = lint_files(posts, lambda _: cfg, jobs=1, cache=store)
    again = lint_files(posts, lambda _: cfg, jobs=1, cache=store)
    assert store.hits == len(posts) and summary(first) == summary(again)
    # a hit keeps the positions the formatters ask for without reading the text again
    assert [[(r.source.utf16(p.start), r.source.utf16_position(p.end)) for p in r.problems] for r in again] \
        == [[(r.source.utf16(p.start), r.source.utf16_position(p.end)) for p in r.problems] for r in first]

    # content change: only that file misses
    store.hits = 0
    with open(posts[0], "a", encoding="utf-8") as handle:
        handle.write("変更。\n")
    lint_files(posts, lambda _: cfg, jobs=1, cache=store)
    assert store.hits == len(posts) - 1

    # config change: everything misses
    store.hits = 0
    other = config(charsPerMinute=100)
    lint_files(posts, lambda _: other, jobs=1, cache=store)
    assert store.hits == 0

    # version change: everything misses
    store = CountingCache(tmp_path / "cache")
    monkeypatch.setattr(cache_mod, "_versions", lambda: "postlint 999")
    lint_files(posts, lambda _: cfg, jobs=1, cache=store)
    assert store.hits == 0



def test_a_cache_that_cannot_be_written_is_warned_about_once(posts, tmp_path, capsys):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", "utf-8")
    results = lint_files(posts, lambda _: config(), jobs=1, cache=Cache(not_a_folder / "cache"))
    assert summary(results) == summary(lint_files(posts, lambda _: config(), jobs=1))
    assert capsys.readouterr().err.count("cannot write the cache") == 1

def test_the_key_changes_with_postlint_code_of_the_same_version(tmp_path, monkeypatch):
    # an install from a newer checkout keeps the version number: its files tell it apart
    import postlint
    import postlint.rules

    engine, rules = tmp_path / "lint", tmp_path / "rules"
    for folder in (engine, rules):
        folder.mkdir()
        (folder / "__init__.py").write_text("", "utf-8")
    monkeypatch.setattr(postlint, "__path__", [str(engine)])
    monkeypatch.setattr(postlint.rules, "__path__", [str(rules)])
    before = cache_mod._code_stamp()
    (rules / "some_rule.py").write_text("ID = 'some-rule'\n", "utf-8")
    assert cache_mod._code_stamp() != before
    added = cache_mod._code_stamp()
    (rules / "some_rule.py").write_text("ID = 'some-rule'  # changed\n", "utf-8")
    assert cache_mod._code_stamp() != added


def test_results_keep_no_text_unless_a_run_level_rule_reads_it(posts):
    plain = lint_files(posts, lambda _: config(), jobs=1)
    assert all(isinstance(r.source, runner.ProblemPositions) for r in plain)
    assert all(r.utf16(p.start) >= 0 for r in plain for p in r.problems)
    cross = resolve({"rules": {"no-cross-post-duplicate": True}})
    kept = lint_files(posts, lambda _: cross, jobs=1)
    assert [r.source.text for r in kept] == [open(p, encoding="utf-8").read() for p in posts]


@pytest.mark.parametrize("positions", ["abc", 7, [True, [["x", 1, 2, 3]]], [False, []]])
def test_a_damaged_cache_entry_is_linted_again(posts, tmp_path, positions):
    import json

    cfg = config()
    store = Cache(tmp_path / "cache")
    first = lint_files(posts, lambda _: cfg, jobs=1, cache=store)
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == len(posts)
    for entry in entries:
        stored = json.loads(entry.read_text("utf-8"))
        entry.write_text(json.dumps({"problems": stored["problems"], "positions": positions}), "utf-8")
    again = lint_files(posts, lambda _: cfg, jobs=1, cache=store)
    assert summary(again) == summary(first)
    assert [[r.utf16(p.start) for p in r.problems] for r in again] == [[r.utf16(p.start) for p in r.problems] for r in first]


def test_a_cached_problem_keeps_its_position_inside_an_emoji(tmp_path):
    from postlint.rule import Problem

    store = Cache(tmp_path / "cache")
    cfg = resolve({"rules": {}})
    problem = Problem("r", "m", 0, 1, utf16_shift=(1, 0))
    store.put(b"text", cfg, [problem])
    assert [p.utf16_shift for p in store.get(b"text", cfg)] == [(1, 0)]


def test_a_plugin_change_reads_the_file_anew(tmp_path):
    """The plugins decide how a file is read: turning textlint-plugin-mdx on misses the cache."""
    post = tmp_path / "a.mdx"
    post.write_text("値は{count件です。\n", "utf-8")
    rules = {"no-unmatched-pair": True}
    store = CountingCache(tmp_path / "cache")
    as_markdown = lint_files([str(post)], lambda _: resolve({"rules": rules}), jobs=1, cache=store)
    as_mdx = lint_files([str(post)], lambda _: resolve({"rules": rules, "plugins": {"mdx": True}}), jobs=1, cache=store)
    assert store.hits == 0
    assert [p.rule_id for p in as_markdown[0].problems] == ["no-unmatched-pair"]  # a "{" never closed
    assert [p.rule_id for p in as_mdx[0].problems] == ["parse"]  # MDX refuses it

"""The start-up cache: patterns from cached code behave as freshly compiled ones, cached
data equals what the parser gives, a damaged or foreign file is ignored, and the command
runs the same with or without it."""

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from postlint import startup_cache
from postlint.rules import data_text
from postlint.startup_cache import StartupCache

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "2025-11-10-korea-ai-investment.md"

# Patterns of the kinds the rules use: named groups, lookaround, possessive runs,
# back references, inline and passed flags, large Japanese classes.
PATTERNS = [
    (r"(?P<num>[0-9０-９]+)(?P<unit>[万億兆])", 0),
    (r"(?<![ぁ-ん])です(?=。|$)", re.MULTILINE),
    (r"[\u3400-\u4dbf\u4e00-\u9fff々〆ヵヶ]{3,}+", 0),
    (r"[^\t\n\r -~\u3000-\u30ff\u4e00-\u9fff]", 0),
    (r"(\S)\1{2,}", 0),
    (r"(?i)java\s*script", 0),
    (r"ＷＥＢ|web", re.IGNORECASE),
    (r"(?x) \d+ \s* (?:分|min)  # minutes", 0),
    (r"(?:(?<=[。、])|^)(?:しかし|でも)", 0),
]
SAMPLES = ["今日は12万人が来ました。しかし寒いです。", "JavaScript と WEB、ｗｅｂ", "aaa bbb 東京都庁舎前",
           "読了 5 min", "Ｘ\u00a0ー🎉", "", "です"]


def _behaviour(pattern: re.Pattern) -> list:
    found = [pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex]
    for text in SAMPLES:
        found.append([(m.span(), m.groups()) for m in pattern.finditer(text)])
        found.append(pattern.sub("<>", text))
    return found


@pytest.mark.parametrize("pattern, flags", PATTERNS)
def test_a_stored_pattern_behaves_as_a_compiled_one(pattern, flags):
    compiled = re.compile(pattern, flags)
    first = StartupCache()
    fresh = first.compile(pattern, int(flags))  # as re.compile passes them on
    stored = StartupCache(first.dump())
    again = stored.compile(pattern, int(flags))
    assert stored.added == 0  # from the file, not the compiler
    assert _behaviour(again) == _behaviour(compiled) == _behaviour(fresh)


def test_a_file_from_another_engine_or_damaged_is_ignored():
    store = StartupCache()
    store.compile("[あ-ん]+", 0)
    good = store.dump()
    key, patterns, data = marshal.loads(good)
    foreign = marshal.dumps(((key[0], "2.7.18 (other)") + key[2:], patterns, data))
    for stored in (foreign, good[: len(good) // 2], b"not marshal at all", b""):
        assert StartupCache(stored).patterns == {}


def test_a_damaged_entry_is_compiled_afresh():
    store = StartupCache()
    store.compile("[あ-ん]+", 0)
    flags, code, *rest = marshal.loads(store.patterns[("[あ-ん]+", 0)])
    store.patterns[("[あ-ん]+", 0)] = marshal.dumps((flags, [999999] + code, *rest))  # the engine refuses it
    store.patterns[("[か-こ]", 0)] = b"\xff"  # nor can marshal read this one
    damaged = StartupCache(store.dump())
    assert damaged.compile("[あ-ん]+", 0).findall("かなカナ") == ["かな"]
    assert damaged.compile("[か-こ]", 0).findall("かき") == ["か", "き"]
    assert damaged.added == 2


def test_an_oversized_store_keeps_only_what_the_last_run_used(monkeypatch):
    monkeypatch.setattr(startup_cache, "MAX_ENTRIES", 3)
    store = StartupCache()
    for n in range(5):
        store.compile(f"x{n}", 0)
    later = StartupCache(store.dump())  # all five kept: this run used them
    assert len(later.patterns) == 5
    later.compile("x4", 0)
    later.parsed("lines", "a", str.splitlines)
    _, patterns, data = marshal.loads(later.dump())
    assert set(patterns) == {("x4", 0)} and set(data) == {("lines", "a")}  # data has no more than three


def test_flags_of_an_int_subclass_are_stored_as_plain_ints():
    class Sentinel(int):  # Python 3.13's re passes its _ZeroSentinel for a default 0
        pass

    store = StartupCache()
    store.compile(r"(?<=\d),(?=\d{3})", Sentinel(0))
    assert list(marshal.loads(store.dump())[1]) == [(r"(?<=\d),(?=\d{3})", 0)]


def test_saving_never_fails_a_run(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    store = StartupCache()
    store.compile("a+", 0)
    store.patterns[("b+", 0)] = object()  # cannot be written
    monkeypatch.setattr(startup_cache, "_installed", store)
    startup_cache.save()
    assert not list(tmp_path.rglob("*.tmp")) and not (tmp_path / "postlint" / Path(startup_cache.path()).name).exists()


def test_cached_data_equals_what_the_parser_gives_and_each_call_gets_a_copy():
    import yaml

    from postlint.rules import data_text

    text = data_text("dict", "ja-no-abusage.yml")
    load = lambda t: yaml.safe_load(t)  # noqa: E731
    cache = StartupCache()
    first = cache.parsed("yaml", text, load)
    first.clear()  # a caller may change what it got
    later = StartupCache(cache.dump())
    again = later.parsed("yaml", text, lambda t: pytest.fail("parsed again"))
    assert again == load(text) and later.added == 0
    assert later.parsed("other kind", "a: 1", load) == {"a": 1} and later.added == 1


def test_data_marshal_cannot_write_is_returned_but_not_kept():
    import yaml

    cache = StartupCache()
    value = cache.parsed("yaml", "day: 2025-01-02", yaml.safe_load)
    assert str(value["day"]) == "2025-01-02" and cache.data == {} and cache.added == 0


def test_a_damaged_data_entry_is_parsed_afresh():
    cache = StartupCache()
    cache.data[("lines", "a\nb")] = b"\xff not marshal"
    assert cache.parsed("lines", "a\nb", str.splitlines) == ["a", "b"]


def _postlint(env_update: dict, *args) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "POSTLINT_STARTUP_CACHE")}
    env.update(env_update)
    cmd = [sys.executable, "-m", "postlint", "--format", "json", "--jobs", "1", *args]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=120)


def _messages(result: subprocess.CompletedProcess) -> list:
    assert result.returncode == 1, result.stderr.decode()
    return json.loads(result.stdout)[0]["messages"]


def test_the_command_writes_the_store_once_and_reports_the_same_with_it(tmp_path):
    cache = {"XDG_CACHE_HOME": str(tmp_path)}
    store_file = tmp_path / "postlint" / f"startup-{sys.implementation.cache_tag}.marshal"
    without = _messages(_postlint({**cache, "POSTLINT_STARTUP_CACHE": "off"}, SEED))
    assert not store_file.exists()
    first = _messages(_postlint(cache, SEED))
    written = store_file.read_bytes()
    cached = StartupCache(written)
    assert len(cached.patterns) > 50  # the rules' and PyYAML's patterns
    assert ("yaml", data_text("presets.yml")) in cached.data  # the presets (and the word lists the rules read)
    second = _messages(_postlint(cache, SEED))
    assert store_file.read_bytes() == written  # nothing new to add
    assert first == second == without


def test_the_command_runs_on_a_damaged_store_and_repairs_it(tmp_path):
    store_file = tmp_path / "postlint" / f"startup-{sys.implementation.cache_tag}.marshal"
    store_file.parent.mkdir()
    store_file.write_bytes(b"\x00garbage")
    expected = _messages(_postlint({"XDG_CACHE_HOME": str(tmp_path), "POSTLINT_STARTUP_CACHE": "off"}, SEED))
    assert _messages(_postlint({"XDG_CACHE_HOME": str(tmp_path)}, SEED)) == expected
    assert StartupCache(store_file.read_bytes()).patterns


def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path):
    _messages(_postlint({"XDG_CACHE_HOME": str(tmp_path), "PYTHONDONTWRITEBYTECODE": "1"}, SEED))
    assert not (tmp_path / "postlint").exists()


def test_an_unwritable_cache_folder_is_no_error(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    result = _postlint({"XDG_CACHE_HOME": str(blocker)}, SEED)
    assert _messages(result) and b"Traceback" not in result.stderr


def test_entries_stay_packed_until_a_run_uses_them():
    """A file of thousands of patterns (every rule run once) costs a start only its read:
    each entry is unpacked when its pattern is compiled."""
    store = StartupCache()
    for n in range(50):
        store.compile(f"[あ-ん]{{{n}}}", 0)
    loaded = StartupCache(store.dump())
    assert all(type(entry) is bytes for entry in loaded.patterns.values())
    assert loaded.compile("[あ-ん]{3}", 0).findall("ひらがな") == ["ひらが"]
    assert loaded.added == 0

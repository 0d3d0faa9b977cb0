"""TIMING=1: the rules' times, summed over every process of the run, in textlint's table on stderr."""

import json
import re

import pytest

from postlint import cli, runner, timing

POST = "---\ntitle: 計測\n---\n\n雨が降ったので、駅まで歩いて行きました。しかし傘を忘れました！\n"
TECHNICAL = "rules:\n  preset-ja-technical-writing: true\n"
ROW = re.compile(r"^(\S+) +\| +(\d+\.\d{3}) \| +(\d+\.\d)%$")


@pytest.fixture
def site(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".postlintrc.yml").write_text(TECHNICAL, "utf-8")
    timing.take()  # nothing left over from another test's lints
    return tmp_path


def rows(stderr: str) -> dict:
    """rule -> (ms, percent) of the table on stderr, checking its frame on the way."""
    lines = stderr.splitlines()
    header = lines.index(next(line for line in lines if line.startswith("Rule ")))
    assert re.fullmatch(r"Rule +\| Time \(ms\) \| Relative", lines[header])
    assert re.fullmatch(r":-+\|-+:\|-+:", lines[header + 1])
    assert len(lines[header + 1]) == len(lines[header])
    found = {}
    for line in lines[header + 2:]:
        match = ROW.match(line)
        if not match:
            break
        found[match[1]] = (float(match[2]), float(match[3]))
    return found


def test_table_lays_out_as_textlints():
    seconds = {"ja-technical-writing/max-ten": 0.25, "no-nfd": 0.0005, "sentence-length": 0.0625}
    assert timing.table(seconds).splitlines() == [
        "Rule                         | Time (ms) | Relative",
        ":----------------------------|----------:|--------:",
        "ja-technical-writing/max-ten |   250.000 |    79.9%",
        "sentence-length              |    62.500 |    20.0%",
        "no-nfd                       |     0.500 |     0.2%",
    ]


def test_table_keeps_the_slowest_rows_and_shares_of_all_rules():
    seconds = {f"rule-{i:02d}": i / 1000 for i in range(1, 21)}
    lines = timing.table(seconds, rows=10).splitlines()
    assert len(lines) == 12 and lines[2].startswith("rule-20 ") and lines[-1].startswith("rule-11 ")
    assert lines[2].endswith(f"{20 * 100 / 210:.1f}%")  # the share of all twenty rules' time
    assert len(timing.table(seconds, rows=None).splitlines()) == 22


def test_a_timed_run_prints_the_rules_on_stderr_and_leaves_stdout_alone(site, monkeypatch, capsys):
    (site / "post.md").write_text(POST, "utf-8")
    monkeypatch.setenv("TIMING", "1")
    assert cli.run(["--format", "json", "post.md"]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)[0]["messages"]  # the report is whole JSON
    timed = rows(err)
    assert len(timed) == 10
    assert all(rule.startswith("ja-technical-writing/") for rule in timed)
    assert "Outside the rules: start-up " in err and "; 1 lint\n" in err


def test_timing_all_lists_every_rule_that_ran(site, monkeypatch, capsys):
    (site / "post.md").write_text(POST, "utf-8")
    monkeypatch.setenv("TIMING", "all")
    cli.run(["post.md"])
    timed = rows(capsys.readouterr().err)
    assert "ja-technical-writing/no-doubled-conjunction" in timed
    assert len(timed) > 10
    assert sum(share for _, share in timed.values()) == pytest.approx(100, abs=0.1 * len(timed))


def test_without_timing_nothing_is_measured_or_printed(site, monkeypatch, capsys):
    (site / "post.md").write_text(POST, "utf-8")
    monkeypatch.delenv("TIMING", raising=False)
    cli.run(["post.md"])
    assert "Time (ms)" not in capsys.readouterr().err
    assert timing.take() == {"rules": {}, "stages": {}, "files": 0}


def test_workers_send_their_times_to_the_main_process(site, monkeypatch, capsys):
    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)
    for i in range(6):
        (site / f"p{i}.md").write_text(POST + "晴れた日には公園を歩きます。" * i * 20 + "\n", "utf-8")
    monkeypatch.setenv("TIMING", "1")
    cli.run(["--jobs", "2", "."])
    err = capsys.readouterr().err
    assert "; 6 lints\n" in err
    assert sum(ms for ms, _ in rows(err).values()) > 0


def test_a_run_level_rule_is_timed_too(site, monkeypatch, capsys):
    (site / ".postlintrc.yml").write_text("rules:\n  no-cross-post-duplicate: true\n", "utf-8")
    paragraph = "同じ段落を二つの記事に載せると、読者は同じ話を二度読むことになってしまいます。\n"
    for name in ("a.md", "b.md"):
        (site / name).write_text(f"---\ntitle: {name}\n---\n\n{paragraph}", "utf-8")
    monkeypatch.setenv("TIMING", "1")
    cli.run(["--jobs", "1", "."])
    assert "no-cross-post-duplicate" in rows(capsys.readouterr().err)


def test_files_from_the_cache_are_not_linted_again(site, monkeypatch, capsys):
    (site / "post.md").write_text(POST, "utf-8")
    monkeypatch.setenv("TIMING", "1")
    cli.run(["--cache", "post.md"])
    assert "; 1 lint\n" in capsys.readouterr().err
    cli.run(["--cache", "post.md"])
    err = capsys.readouterr().err
    assert "; 0 lints\n" in err and rows(err) == {}


def test_opening_a_dictionary_is_start_up_not_the_rules_time(monkeypatch):
    from postlint import morph

    timing.take()
    watch = timing.Stopwatch()
    morph._tagger.cache_clear()
    morph._tagger("ipadic")
    watch.rule("first-rule-to-tokenize")
    spent = timing.take()
    assert spent["stages"][timing.STARTUP] > spent["rules"]["first-rule-to-tokenize"]


def test_fix_workers_send_their_times_too(site, monkeypatch, capsys):
    for name in ("a.md", "b.md"):
        (site / name).write_text(POST.replace("！", "!"), "utf-8")
    monkeypatch.setenv("TIMING", "1")
    cli.run(["--fix", "--dry-run", "--jobs", "2", "a.md", "b.md"])
    err = capsys.readouterr().err
    lints = int(re.search(r"; (\d+) lints?\n", err)[1])
    assert lints >= 2 and rows(err)

"""End to end: the installed ``postlint`` command on files in a temp folder, as a user runs it."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLEAN_POST

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "2025-11-10-korea-ai-investment.md"
POSTLINT = shutil.which("postlint") or f"{sys.executable} -m postlint"

GOOD_POST = CLEAN_POST.format(date="2025-01-15")


def run(*args, cwd=None, stdin=None):
    cmd = [*POSTLINT.split(), *map(str, args)]
    return subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, timeout=120)


@pytest.fixture
def site(tmp_path):
    (tmp_path / ".postlintrc.yml").write_text(
        "rules:\n  front-matter:\n    required: [layout, title, date, categories, tags, author, excerpt, reading_time]\n"
        "  no-duplicate-paragraph: true\n  no-duplicate-sentence: true\n  reading-time: true\n"
        "  no-mix-keitai-jotai: true\n", "utf-8")
    return tmp_path


def test_readme_sample_output_is_what_postlint_seeds_prints():
    """The README's sample is the real output of its first command (no colour: not a terminal)."""
    readme = (ROOT / "README.md").read_text("utf-8")
    after = readme.split("## Sample output", 1)[1]
    sample = after.split("```\n", 2)[1]
    result = run("seeds/", cwd=ROOT)
    assert result.returncode == 1, result.stderr.decode()
    assert result.stdout.decode() == sample


def test_seed_post_reports_the_headline_problems():
    result = run("--format", "json", SEED, cwd=ROOT)
    assert result.returncode == 1, result.stderr.decode()
    [report] = json.loads(result.stdout)
    assert report["filePath"] == str(SEED)
    found = {(m["ruleId"], m["line"]) for m in report["messages"]}
    assert ("reading-time", 9) in found
    assert ("no-duplicate-sentence", 36) in found
    assert {("no-mix-keitai-jotai", line) for line in (16, 38, 46)} <= found
    message = report["messages"][0]
    assert set(message) >= {"type", "ruleId", "message", "index", "line", "column", "range", "loc", "severity"}


def test_stylish_output_names_file_line_and_column():
    result = run(SEED.parent, cwd=ROOT)
    out = result.stdout.decode()
    assert result.returncode == 1
    assert str(SEED.relative_to(ROOT)) in out
    assert "reading-time" in out and "problems" in out


def test_clean_post_exits_zero(site):
    (site / "2025-01-15-good.md").write_text(GOOD_POST, "utf-8")
    result = run(site)
    assert result.returncode == 0, result.stdout.decode() + result.stderr.decode()
    assert result.stdout.decode() == ""


def test_bad_inputs_are_reported_and_the_run_goes_on(site):
    (site / "2025-01-15-good.md").write_text(GOOD_POST, "utf-8")
    (site / "broken.md").write_text("---\ntitle: [unclosed\n---\n本文。\n", "utf-8")
    (site / "latin1.md").write_bytes("---\ntitle: x\n---\ncaf\xe9\n".encode("latin-1"))
    (site / "empty.md").write_bytes(b"")
    (site / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (site / "list.md").write_text("---\n- a\n- b\n---\n本文です。\n", "utf-8")
    result = run("--format", "json", site)
    assert result.returncode == 1
    reports = {Path(r["filePath"]).name: r["messages"] for r in json.loads(result.stdout)}
    assert reports["2025-01-15-good.md"] == []
    assert any(m["ruleId"] == "front-matter" and m["line"] == 2 for m in reports["broken.md"])
    assert [m["ruleId"] for m in reports["latin1.md"]] == ["parse"]
    assert reports["latin1.md"][0]["line"] == 4
    assert [m["ruleId"] for m in reports["empty.md"]] == ["parse"]
    assert [m["ruleId"] for m in reports["image.md"]] == ["parse"]
    assert any(m["ruleId"] == "front-matter" for m in reports["list.md"])



def test_a_huge_file_is_refused_without_being_read_whole(site):
    (site / "2025-01-15-good.md").write_text(GOOD_POST, "utf-8")
    huge = site / "huge.md"
    try:
        with open(huge, "wb") as handle:
            handle.truncate(2**40)  # 1 TB, sparse: reading it whole fails at once
    except OSError:
        pytest.skip("this file system takes no sparse terabyte file")
    for args in ([site], ["--fix", huge]):
        result = run("--format", "json", *args)
        assert result.returncode == 1, result.stderr.decode()
        reports = {Path(r["filePath"]).name: r["messages"] for r in json.loads(result.stdout)}
        assert [(m["ruleId"], m["line"]) for m in reports["huge.md"]] == [("parse", 1)]
        assert "larger than the 10 MB" in reports["huge.md"][0]["message"]
    assert huge.stat().st_size == 2**40
    assert reports.get("2025-01-15-good.md", []) == []


def test_a_folder_search_skips_named_pipes(site):
    (site / "2025-01-15-good.md").write_text(GOOD_POST, "utf-8")
    os.mkfifo(site / "pipe.md")  # nobody writes to it: reading it would wait forever
    for args in ([site], ["*.md"]):
        result = run("--format", "json", *args, cwd=site)
        assert result.returncode == 0, result.stderr.decode()
        assert [Path(r["filePath"]).name for r in json.loads(result.stdout)] == ["2025-01-15-good.md"]

def test_a_missing_path_is_reported_and_the_others_are_linted(site):
    (site / "2025-01-15-good.md").write_text(GOOD_POST.replace("layout: post\n", ""), "utf-8")
    result = run("--format", "json", site / "2025-01-15-good.md", site / "missing.md")
    assert result.returncode == 1
    reports = {Path(r["filePath"]).name: r["messages"] for r in json.loads(result.stdout)}
    assert any("layout" in m["message"] for m in reports["2025-01-15-good.md"])
    assert [(m["ruleId"], m["line"], m["loc"]["end"]["line"]) for m in reports["missing.md"]] == [("parse", 1, 1)]


def test_an_unwritable_report_file_is_a_usage_error(site):
    (site / "a.md").write_text(GOOD_POST, "utf-8")
    for target in (site / "no-such-folder" / "out.json", site):
        result = run("-o", target, site / "a.md")
        assert result.returncode == 2 and b"cannot write the report" in result.stderr and b"Traceback" not in result.stderr


def test_stdin_uses_the_config_of_the_named_path(site):
    (site / "posts").mkdir()
    text = GOOD_POST.replace("layout: post\n", "")
    result = run("--stdin", "--stdin-filename", site / "posts" / "2025-01-15-x.md", "--format", "json", stdin=text.encode())
    [report] = json.loads(result.stdout)
    assert any("layout" in m["message"] for m in report["messages"])


def test_quiet_keeps_errors_only(site):
    (site / ".postlintrc.yml").write_text("rules:\n  front-matter: {required: [title, author], severity: warning}\n", "utf-8")
    (site / "a.md").write_text("---\ntitle: x\n---\n本文です。\n", "utf-8")
    assert run(site).returncode == 0
    assert "author" in run(site).stdout.decode()
    assert run("--quiet", site).stdout.decode() == ""


def test_usage_errors_exit_two(tmp_path):
    assert run(tmp_path / "missing.md").returncode == 2
    (tmp_path / "b.md").write_text("本文。\n", "utf-8")
    for args in (["--dry-run", tmp_path / "b.md"], ["--stdin", tmp_path / "b.md"]):
        assert run(*args, stdin=b"").returncode == 2
    (tmp_path / ".postlintrc.yml").write_text("rules:\n  max-ten: {max: many}\n", "utf-8")
    (tmp_path / "a.md").write_text("本文。\n", "utf-8")
    result = run(tmp_path / "a.md")
    assert result.returncode == 2 and b"max-ten" in result.stderr


def test_list_rules_and_print_config(site):
    listing = run("--list-rules").stdout.decode()
    assert "front-matter" in listing and "reading-time" in listing
    printed = json.loads(run("--print-config", site / "x.md").stdout)
    assert printed["rules"]["front-matter"]["required"][0] == "layout"


def test_print_config_says_what_the_config_holds_that_is_not_applied(tmp_path):
    (tmp_path / ".textlintrc.json").write_text('{"rules": {"max-ten": true, "some-rule-from-npm": true}}', "utf-8")
    result = run("--print-config", tmp_path / "x.md")
    assert result.returncode == 0 and list(json.loads(result.stdout)["rules"]) == ["max-ten"]
    assert "unknown rule 'some-rule-from-npm' ignored" in result.stderr.decode()


def test_version_and_module_entry_point():
    result = subprocess.run([sys.executable, "-m", "postlint", "--version"], capture_output=True)
    assert result.returncode == 0 and result.stdout.startswith(b"postlint ")


def test_prh_rule_paths_are_relative_to_the_config_file(tmp_path):
    site = tmp_path / "site"
    (site / "dict").mkdir(parents=True)
    (site / "dict" / "terms.yml").write_text(
        "version: 1\nrules:\n  - expected: JavaScript\n    pattern: ジャバスクリプト\n", "utf-8")
    (site / ".postlintrc.yml").write_text("rules:\n  prh: {rulePaths: [dict/terms.yml]}\n", "utf-8")
    (site / "post.md").write_text("ジャバスクリプトの話です。\n", "utf-8")
    result = run("--format", "json", site / "post.md", cwd=tmp_path)
    [report] = json.loads(result.stdout)
    assert [m["ruleId"] for m in report["messages"]] == ["prh"], result.stderr
    assert report["messages"][0]["fix"]["text"] == "JavaScript"


def test_each_file_gets_its_nearest_config_in_one_run(tmp_path):
    """Configs are looked up once per folder: files of two folders in one run still get each
    their own, and a symlinked post the config next to its target (as find_config resolves it)."""
    strict, loose = tmp_path / "strict", tmp_path / "loose"
    for folder, rules in ((strict, "sentence-length: {max: 10}"), (loose, "sentence-length: {max: 500}")):
        folder.mkdir()
        (folder / ".postlintrc.yml").write_text(f"rules:\n  {rules}\n", "utf-8")
    text = "これは十文字をはるかに超えてしまう長い一文です。\n"
    for folder in (strict, loose):
        for name in ("a.md", "b.md"):
            (folder / name).write_text(text, "utf-8")
    (loose / "linked.md").symlink_to(strict / "a.md")
    result = run("--format", "json", strict, loose)
    reported = {Path(r["filePath"]).relative_to(tmp_path).as_posix(): bool(r["messages"])
                for r in json.loads(result.stdout)}
    assert reported == {"strict/a.md": True, "strict/b.md": True, "loose/a.md": False, "loose/b.md": False,
                        "loose/linked.md": True}


def test_the_ignore_file_leaves_out_folders_and_named_files(site):
    bad = GOOD_POST.replace("layout: post\n", "")
    for name in ("2025-01-15-a.md", "drafts/2025-01-15-b.md", "drafts/old/2025-01-15-c.md"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(bad, "utf-8")
    (site / ".textlintignore").write_text("# not ready\ndrafts/**\n", "utf-8")

    def linted(*args):
        result = run("--format", "json", *args, cwd=site)
        return result.returncode, sorted(Path(r["filePath"]).name for r in json.loads(result.stdout or b"[]"))

    assert linted(".") == (1, ["2025-01-15-a.md"])
    assert linted("drafts/2025-01-15-b.md") == (0, [])  # a named file is left out too, as textlint does
    assert linted("--ignore-path", "other-ignore", ".")[1] == ["2025-01-15-a.md", "2025-01-15-b.md", "2025-01-15-c.md"]
    (site / ".postlintignore").write_text("2025-01-15-a.md\n", "utf-8")  # postlint's own name wins
    assert linted(".") == (1, ["2025-01-15-b.md", "2025-01-15-c.md"])


def test_glob_arguments_are_expanded(site):
    for name in ("posts/2024/2025-01-15-a.md", "posts/2025/2025-01-15-b.md", "posts/2025/notes.json"):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(GOOD_POST, "utf-8")
    result = run("--format", "json", "posts/**/*", cwd=site)
    assert result.returncode == 0, result.stderr.decode()
    assert [r["filePath"] for r in json.loads(result.stdout)] == [
        str(site / "posts/2024/2025-01-15-a.md"), str(site / "posts/2025/2025-01-15-b.md")]
    result = run("posts/2025/*.md", "drafts/**/*.md", cwd=site)
    assert result.returncode == 0 and b"no file matches drafts/**/*.md" in result.stderr
    result = run("drafts/**/*.md", cwd=site)
    assert result.returncode == 2 and b"no file matches: drafts/**/*.md" in result.stderr


def test_init_writes_a_starter_config_once(tmp_path):
    result = run("--init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    written = (tmp_path / ".postlintrc.yml").read_text("utf-8")
    from postlint.config import load

    config = load(tmp_path / ".postlintrc.yml")
    assert config.warnings == [] and config.comments_filter and config.setting("front-matter") is not None
    (tmp_path / "2025-01-15-good.md").write_text(GOOD_POST, "utf-8")
    assert run(tmp_path / "2025-01-15-good.md", cwd=tmp_path).returncode == 0
    again = run("--init", cwd=tmp_path)  # never over a config that is there
    assert again.returncode == 2 and b"already exists" in again.stderr
    assert (tmp_path / ".postlintrc.yml").read_text("utf-8") == written
    # each preset it offers, uncommented, is one postlint has
    offered = [line for line in written.splitlines() if line.startswith("  # ") and ": true" in line]
    assert len(offered) == 6
    for line in offered:
        (tmp_path / ".postlintrc.yml").write_text(written.replace(line, line.replace("# ", "", 1)), "utf-8")
        more = load(tmp_path / ".postlintrc.yml")
        assert more.warnings == [] and len(more.rules) >= len(config.rules) + 5, line


def test_no_js_config_refuses_to_run_a_javascript_config(tmp_path):
    ran = tmp_path / "ran"
    (tmp_path / ".textlintrc.js").write_text(
        f"require('fs').writeFileSync({json.dumps(str(ran))}, 'x');\nmodule.exports = {{}};", "utf-8")
    (tmp_path / "a.md").write_text("本文です。\n", "utf-8")
    result = run("--no-js-config", tmp_path / "a.md")
    assert result.returncode == 2
    assert ".textlintrc.js: a JavaScript config, not run" in result.stderr.decode() and "--no-js-config" in result.stderr.decode()
    assert not ran.exists()
    # --config naming another file is the way to lint such a folder
    (tmp_path / "safe.yml").write_text("rules:\n  no-todo: true\n", "utf-8")
    assert run("--no-js-config", "--config", tmp_path / "safe.yml", tmp_path / "a.md").returncode == 0


def test_no_js_config_holds_for_its_own_run_only(tmp_path, monkeypatch):
    from postlint import cli, jsconfig

    monkeypatch.delenv("POSTLINT_JS_CONFIG", raising=False)
    (tmp_path / "a.md").write_text("本文です。\n", "utf-8")
    (tmp_path / "rc.yml").write_text("rules:\n  no-todo: true\n", "utf-8")
    assert cli.run(["--no-js-config", "-c", str(tmp_path / "rc.yml"), "-f", "json", "-o", str(tmp_path / "o.json"),
                    str(tmp_path / "a.md")]) == 0
    assert not jsconfig.allowed()
    assert cli.run(["-c", str(tmp_path / "rc.yml"), "-f", "json", "-o", str(tmp_path / "o.json"), str(tmp_path / "a.md")]) == 0
    assert jsconfig.allowed()


def test_a_folder_search_takes_textlints_endings_and_the_plugins_extensions(tmp_path):
    """textlint's Markdown plugin reads .mkd, .mdown… besides .md; a config's plugins add more
    (.mdx as Markdown, .log as plain text), folder by folder as each folder's config says."""
    (tmp_path / "site" / "sub").mkdir(parents=True)
    (tmp_path / "plain").mkdir()
    for name in ("site/a.md", "site/b.mkd", "site/sub/c.mdx", "site/d.log", "site/e.html",
                 "plain/f.mdx", "plain/g.text"):
        (tmp_path / name).write_text("TODO: 書く\n\n`TODO: 書く` とコードに書く。\n", "utf-8")
    (tmp_path / "site" / ".textlintrc.json").write_text(json.dumps({
        "plugins": {"@textlint/markdown": {"extensions": [".mdx"]}, "@textlint/text": {"extensions": [".log"]}},
        "rules": {"no-todo": True}}), "utf-8")
    (tmp_path / "plain" / ".textlintrc.json").write_text('{"rules": {"no-todo": true}}', "utf-8")
    result = run("--format", "json", tmp_path / "site", tmp_path / "plain")
    # plain text has no inline code: its second TODO is one too
    lines = {Path(r["filePath"]).relative_to(tmp_path).as_posix(): [m["line"] for m in r["messages"]]
             for r in json.loads(result.stdout)}
    assert lines == {"site/a.md": [1], "site/b.mkd": [1], "site/sub/c.mdx": [1], "site/d.log": [1, 3],
                     "plain/g.text": [1, 3]}

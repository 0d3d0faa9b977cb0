"""--fix: atomic, idempotent, byte-preserving."""

import os
import subprocess
import sys
import textwrap

import pytest

from postlint.fixer import apply, atomic_write, fix_text, _digest
from postlint.config import resolve
from postlint.rule import Fix

POST = "---\ntitle: 記事\nreading_time: 9\n---\n\n短い本文です。\n"
CONFIG = "rules:\n  reading-time: true\n"


def postlint(*args, cwd):
    return subprocess.run([sys.executable, "-m", "postlint", *map(str, args)], cwd=cwd, capture_output=True, timeout=120)


def test_apply_skips_overlaps_and_works_from_the_end():
    # textlint's order: by end, then start, descending; the later-ending fix wins an overlap
    assert apply("0123456789", [Fix(2, 4, "ab"), Fix(3, 6, "X"), Fix(8, 9, "Z")]) == ("012X67Z9", 2)
    assert apply("abc", [Fix(1, 1, "+"), Fix(1, 2, "B")]) == ("a+Bc", 2)


def test_fix_text_converges_and_counts():
    config = resolve({"rules": {"reading-time": True}})
    fixed, count, stuck = fix_text(POST, "p.md", config)
    assert "reading_time: 1\n" in fixed and count == 1 and stuck == []
    assert fix_text(fixed, "p.md", config)[1] == 0


def test_fix_follows_a_chain_of_fixes_to_its_end():
    # each pass widens one more level of parentheses: the inner pair first, then the one
    # around it (jtf-style 4.3.1 sees a mark beside a wide one as Japanese text)
    config = resolve({"rules": {"preset-jtf-style": True}})
    post = "呼び出し方はf" + "(g" * 12 + '("見出し")' + ")" * 12 + "です。\n"
    fixed, count, stuck = fix_text(post, "p.md", config)
    assert stuck == [] and count == 26
    assert "(" not in fixed and ")" not in fixed
    assert fix_text(fixed, "p.md", config)[1] == 0


def test_fix_goes_past_the_pass_limit_while_each_pass_shortens_the_text():
    # ja-no-space-around-parentheses takes one space before a bracket a pass, as textlint's
    config = resolve({"rules": {"ja-no-space-around-parentheses": True}})
    fixed, count, stuck = fix_text("本文です" + " " * 45 + "（注）です。\n", "p.md", config)
    assert (fixed, count, stuck) == ("本文です（注）です。\n", 45, [])


def test_fix_stops_at_the_pass_limit_when_the_passes_do_not_shorten_the_text():
    # widening one level of parentheses a pass keeps the length: 40 levels stop after 30
    config = resolve({"rules": {"preset-jtf-style": True}})
    post = "呼び出し方はf" + "(g" * 40 + '("見出し")' + ")" * 40 + "です。\n"
    fixed, count, stuck = fix_text(post, "p.md", config)
    assert stuck and fixed != post and "(" in fixed


def _prh(tmp_path, *pairs):
    lines = ["version: 1", "rules:"] + [f"  - expected: {to}\n    pattern: {found}" for found, to in pairs]
    (tmp_path / "words.yml").write_text("\n".join(lines) + "\n", "utf-8")
    return {"prh": {"rulePaths": [str(tmp_path / "words.yml")]}}


def test_a_dictionary_fix_does_not_replace_its_own_output(tmp_path):
    # 大抵 → たいてい writes たい, which the next entry would replace: one run stops there,
    # and the entry left is reported, as one textlint --fix leaves it
    config = resolve({"rules": _prh(tmp_path, ("大抵", "たいてい"), ("たい", "多い"))})
    fixed, count, stuck = fix_text("大抵の人が来る。\n", "p.md", config)
    assert (fixed, count, stuck) == ("たいていの人が来る。\n", 1, [])


def test_a_dictionary_fix_next_to_its_own_output_is_made_in_the_same_run(tmp_path):
    # the first entry's match takes a word of context (記録) that its fix writes back as it
    # was; the second inserts a space right after what the first wrote: both in one run, so
    # that a second --fix finds nothing (it used to insert the space)
    config = resolve({"rules": _prh(tmp_path, ("/記録:/", "記録："), ("/：(?=\\S)/", "：\u3000"))})
    fixed, count, stuck = fix_text("記録:晴れ。\n", "p.md", config)
    assert (fixed, count, stuck) == ("記録：\u3000晴れ。\n", 2, [])
    assert fix_text(fixed, "p.md", config)[1] == 0


def test_a_dictionary_fix_follows_another_rules_fix_in_the_same_run(tmp_path):
    # no-nfd's fix makes データ, which the dictionary replaces in a later pass, after the
    # dictionary has already fixed 大抵 in the first: a second --fix finds nothing left
    config = resolve({"rules": {**_prh(tmp_path, ("大抵", "たいてい"), ("データ", "Data")), "no-nfd": True}})
    fixed, count, stuck = fix_text("大抵のテ\u3099ータです。\n", "p.md", config)
    assert (fixed, count, stuck) == ("たいていのDataです。\n", 3, [])
    assert fix_text(fixed, "p.md", config)[1] == 0

def test_fix_stops_when_rules_undo_each_other():
    # one rule puts a space between 日本語 and English, the other takes it out again
    config = resolve({"rules": {"preset-jtf-style": True, "ja-space-between-half-and-full-width": {"space": "always"}}})
    fixed, _, stuck = fix_text("今日はPythonを書く。\n", "p.md", config)
    assert sorted(stuck) == ["ja-space-between-half-and-full-width", "jtf-style/3.1.1.全角文字と半角文字の間"]
    assert fixed == "今日はPythonを書く。\n"


@pytest.fixture
def site(tmp_path):
    (tmp_path / ".postlintrc.yml").write_text(CONFIG, "utf-8")
    return tmp_path


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_fix_keeps_bom_newlines_and_mode_and_is_idempotent(site, newline, bom):
    post = site / "post.md"
    post.write_bytes(bom + POST.replace("\n", newline).encode())
    os.chmod(post, 0o640)
    assert postlint("--fix", post, cwd=site).returncode == 0
    data = post.read_bytes()
    assert data.startswith(bom) and data.count(newline.encode()) == POST.count("\n")
    assert b"reading_time: 1" in data and os.stat(post).st_mode & 0o777 == 0o640
    before = os.stat(post).st_mtime_ns
    postlint("--fix", post, cwd=site)
    assert post.read_bytes() == data and os.stat(post).st_mtime_ns == before


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_fix_keeps_utf16(site, encoding):
    post = site / "post.md"
    post.write_bytes(("\ufeff" + POST).encode(encoding))
    assert postlint("--fix", post, cwd=site).returncode == 0
    assert post.read_bytes() == ("\ufeff" + POST.replace("reading_time: 9", "reading_time: 1")).encode(encoding)


def test_fix_through_a_symlink_keeps_the_link_and_fixes_its_file(site):
    real = site / "real.md"
    real.write_text(POST, "utf-8")
    link = site / "link.md"
    link.symlink_to(real.name)
    assert postlint("--fix", link, cwd=site).returncode == 0
    assert link.is_symlink() and "reading_time: 1" in real.read_text("utf-8")


@pytest.mark.parametrize("how", ["read-only", "hard link"])
def test_fix_leaves_read_only_and_hard_linked_files_alone(site, how):
    post = site / "post.md"
    post.write_text(POST, "utf-8")
    if how == "read-only":
        os.chmod(post, 0o444)
    else:
        os.link(post, site / "other.md")
    result = postlint("--fix", post, cwd=site)
    assert result.returncode == 1 and b"not written" in result.stdout
    assert post.read_text("utf-8") == POST
    if how == "hard link":
        assert os.stat(post).st_nlink == 2


def test_nothing_to_fix_round_trips_byte_for_byte(site):
    post = site / "post.md"
    original = b"\xef\xbb\xbf---\r\ntitle: x\r\nreading_time: 1\r\n---\r\n\r\n\xe6\x9c\xac\xe6\x96\x87"  # no final newline
    post.write_bytes(original)
    mtime = os.stat(post).st_mtime_ns
    postlint("--fix", post, cwd=site)
    assert post.read_bytes() == original and os.stat(post).st_mtime_ns == mtime


def test_dry_run_writes_nothing_and_prints_a_diff(site):
    post = site / "post.md"
    post.write_text(POST, "utf-8")
    result = postlint("--fix", "--dry-run", post, cwd=site)
    assert post.read_text("utf-8") == POST
    assert "-reading_time: 9" in result.stdout.decode() and "+reading_time: 1" in result.stdout.decode()


def test_stdin_fix_prints_the_fixed_text(site):
    result = subprocess.run([sys.executable, "-m", "postlint", "--stdin", "--stdin-filename", str(site / "p.md"), "--fix"],
                            input=POST.encode(), capture_output=True, cwd=site)
    assert result.stdout.decode() == POST.replace("reading_time: 9", "reading_time: 1")


def test_file_changed_on_disk_is_not_overwritten(tmp_path):
    post = tmp_path / "p.md"
    post.write_bytes(b"old")
    digest = _digest(b"old")
    post.write_bytes(b"edited meanwhile")
    with pytest.raises(OSError, match="changed on disk"):
        atomic_write(str(post), b"fixed", digest)
    assert post.read_bytes() == b"edited meanwhile"


def test_killed_while_writing_leaves_the_original_intact(site):
    post = site / "post.md"
    post.write_text(POST, "utf-8")
    script = textwrap.dedent(f"""
        import os, sys
        real_fsync = os.fsync
        def die(fd):
            real_fsync(fd)
            os._exit(9)          # the process dies after the temp file is written, before the rename
        os.fsync = die
        from postlint.cli import main
        main(["--fix", {str(post)!r}])
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=site, capture_output=True)
    assert result.returncode == 9
    assert post.read_text("utf-8") == POST
    # the next run repairs the file normally
    assert postlint("--fix", post, cwd=site).returncode == 0
    assert "reading_time: 1" in post.read_text("utf-8")


def test_failed_write_cleans_up_and_keeps_the_original(tmp_path, monkeypatch):
    post = tmp_path / "p.md"
    post.write_bytes(b"original")

    def boom(*_):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(str(post), b"new", _digest(b"original"))
    assert post.read_bytes() == b"original"
    assert [p.name for p in tmp_path.iterdir()] == ["p.md"]


# textlint's --fix formats: a post with one fix in two passes' worth of text (the front
# matter's reading_time) and a problem no fix repairs (two sentences alike)
FORMAT_POST = POST.replace("短い本文です。", "短い本文です。同じ文が続きます。同じ文が続きます。")
FORMAT_CONFIG = CONFIG + "  no-duplicate-sentence: {minLength: 3}\n"


@pytest.fixture
def format_site(tmp_path):
    (tmp_path / ".postlintrc.yml").write_text(FORMAT_CONFIG, "utf-8")
    (tmp_path / "post.md").write_text(FORMAT_POST, "utf-8")
    return tmp_path


def test_fix_json_is_textlints_fixer_json(format_site):
    import json

    result = postlint("--fix", "--format", "json", "post.md", cwd=format_site)
    [report] = json.loads(result.stdout)
    assert report["output"] == (format_site / "post.md").read_text("utf-8")
    assert "reading_time: 1" in report["output"]
    [applied] = report["applyingMessages"]
    assert (applied["ruleId"], applied["line"], applied["column"]) == ("reading-time", 3, 15)
    assert [m["ruleId"] for m in report["remainingMessages"]] == ["no-duplicate-sentence"]
    assert report["messages"] == report["applyingMessages"] + report["remainingMessages"]


def test_dry_run_json_is_one_document_with_no_diff_before_it(format_site):
    import json

    result = postlint("--fix", "--dry-run", "--format", "json", "post.md", cwd=format_site)
    assert json.loads(result.stdout)[0]["output"].count("reading_time: 1") == 1
    assert (format_site / "post.md").read_text("utf-8") == FORMAT_POST


def test_fix_compats_lists_each_fix_applied(format_site):
    result = postlint("--fix", "--format", "compats", "post.md", cwd=format_site)
    lines = result.stdout.decode().split("\n")
    assert lines[0].startswith(f"Fixed✔ {format_site / 'post.md'}: line 3, col 15, Error - ")
    assert lines[0].endswith(" (reading-time)")
    assert lines[1:] == ["", "", "Fixed 1 problem", ""]
    assert result.returncode == 1  # a problem remains


def test_fix_diff_shows_the_change_and_the_counts(format_site):
    result = postlint("--fix", "--dry-run", "--format", "diff", "post.md", cwd=format_site)
    out = result.stdout.decode()
    assert "-reading_time: 9\n+reading_time: 1\n" in out
    assert out.endswith("\n✔ Fixed 1 problem\n✖ Remaining 1 problem\n")
    assert (format_site / "post.md").read_text("utf-8") == FORMAT_POST


def test_fix_fixed_result_prints_the_fixed_text_of_each_file(format_site):
    (format_site / "other.md").write_text(POST, "utf-8")
    result = postlint("--fix", "--dry-run", "--format", "fixed-result", "post.md", "other.md", cwd=format_site)
    expected = (FORMAT_POST + POST).replace("reading_time: 9", "reading_time: 1")
    assert result.stdout.decode() == expected


def test_nothing_fixed_prints_nothing_in_the_fix_formats(format_site):
    postlint("--fix", "post.md", cwd=format_site)
    for name in ("diff", "compats"):
        assert postlint("--fix", "--format", name, "post.md", cwd=format_site).stdout == b""


def test_stdin_fix_takes_the_fix_formats(format_site):
    result = subprocess.run([sys.executable, "-m", "postlint", "--stdin", "--stdin-filename", "p.md", "--fix",
                             "--format", "compats"], input=FORMAT_POST.encode(), capture_output=True, cwd=format_site)
    assert result.stdout.decode().startswith(f"Fixed✔ {format_site / 'p.md'}: line 3, col 15, Error - ")


def test_a_fix_format_without_fix_is_a_usage_error(format_site):
    result = postlint("--format", "diff", "post.md", cwd=format_site)
    assert result.returncode == 2 and b"goes with --fix" in result.stderr

"""textlint's command-line options a user's scripts already pass: --no-textlintrc, --rulesdir,
--plugin, --debug (and the two that change nothing here)."""

import json
import shutil
import subprocess
import sys
import textwrap

import pytest

POSTLINT = shutil.which("postlint") or f"{sys.executable} -m postlint"
POST = "---\ntitle: 覚え書き\n---\n\nこの実装はヤバいです!\n"
RULE = textwrap.dedent('''\
    """Flag a word the site's style guide avoids."""
    ID = "no-yabai"
    NODES = ("Str",)
    OPTIONS = {"word": str}
    DEFAULTS = {"word": "ヤバい"}


    def check(node, opts, ctx):
        at = ctx.text.find(opts["word"], node.start, node.end)
        if at >= 0:
            yield ctx.report(at, at + len(opts["word"]), f"「{opts['word']}」は使わない")
    ''')


def run(*args, cwd):
    return subprocess.run([*POSTLINT.split(), *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.fixture
def site(tmp_path):
    (tmp_path / ".textlintrc.json").write_text('{"rules": {"no-exclamation-question-mark": true}}', "utf-8")
    (tmp_path / "post.md").write_text(POST, "utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "no-yabai.py").write_text(RULE, "utf-8")
    return tmp_path


def rule_ids(result) -> list[str]:
    return [m["ruleId"] for r in json.loads(result.stdout) for m in r["messages"]]


def test_no_textlintrc_runs_only_the_rules_the_command_line_names(site):
    assert rule_ids(run("--format", "json", "post.md", cwd=site)) == ["no-exclamation-question-mark"]
    result = run("--no-textlintrc", "--preset", "ja-technical-writing", "--format", "json", "post.md", cwd=site)
    assert rule_ids(result) == ["ja-technical-writing/no-exclamation-question-mark"]
    result = run("--no-textlintrc", "--rule", "max-ten", "--format", "json", "post.md", cwd=site)
    assert result.returncode == 0 and rule_ids(result) == []


def test_no_textlintrc_with_no_rule_named_runs_the_recommended_set(site):
    result = run("--no-textlintrc", "--debug", "post.md", cwd=site)
    assert "config none (--no-textlintrc)" in result.stderr and "reading-time" in result.stderr


def test_no_textlintrc_and_config_together_are_a_usage_error(site):
    result = run("--no-textlintrc", "--config", ".textlintrc.json", "post.md", cwd=site)
    assert result.returncode == 2 and "leave out --config" in result.stderr


def test_rulesdir_enables_every_rule_file_beside_the_config_rules(site):
    result = run("--rulesdir", "rules", "--format", "json", "post.md", cwd=site)
    [report] = json.loads(result.stdout)
    found = {(m["ruleId"], m["line"], m["column"]) for m in report["messages"]}
    assert found == {("no-yabai", 5, 6), ("no-exclamation-question-mark", 5, 11)}
    assert "no-yabai\t" in run("--rulesdir", "rules", "--list-rules", cwd=site).stdout


def test_a_rulesdir_rule_may_import_a_helper_module_beside_it(site):
    (site / "rules" / "_words.py").write_text('AVOIDED = "実装"\n', "utf-8")
    (site / "rules" / "no-yabai.py").write_text(
        RULE.replace('DEFAULTS = {"word": "ヤバい"}', 'from _words import AVOIDED\nDEFAULTS = {"word": AVOIDED}'), "utf-8")
    result = run("--rulesdir", "rules", "--jobs", "1", "--format", "json", "post.md", cwd=site)
    messages = [m["message"] for r in json.loads(result.stdout) for m in r["messages"] if m["ruleId"] == "no-yabai"]
    assert messages == ["「実装」は使わない"]
    assert "_words" not in run("--rulesdir", "rules", "--list-rules", cwd=site).stdout
    # a changed helper is a changed rule for --cache
    cached = ("--rulesdir", "rules", "--cache", "--format", "json", "post.md")
    run(*cached, cwd=site)
    (site / "rules" / "_words.py").write_text('AVOIDED = "この"\n', "utf-8")
    again = [m["message"] for r in json.loads(run(*cached, cwd=site).stdout) for m in r["messages"]
             if m["ruleId"] == "no-yabai"]
    assert again == ["「この」は使わない"]


def test_a_rulesdir_rule_takes_options_from_the_config(site):
    (site / ".textlintrc.json").write_text('{"rules": {"no-yabai": {"word": "実装"}}}', "utf-8")
    result = run("--rulesdir", "rules", "--format", "json", "post.md", cwd=site)
    assert [m["message"] for r in json.loads(result.stdout) for m in r["messages"]] == ["「実装」は使わない"]
    unknown = run("post.md", cwd=site)  # without --rulesdir the config names no rule postlint has
    assert "unknown rule 'no-yabai' ignored" in unknown.stderr


def test_rulesdir_rules_run_in_worker_processes(site):
    for i in range(40):  # over the size at which a run goes parallel
        (site / f"p{i:02d}.md").write_text(POST + "長い記事の本文です。" * 600 + "\n", "utf-8")
    result = run("--rulesdir", "rules", "--jobs", "2", "--format", "json", ".", cwd=site)
    assert rule_ids(result).count("no-yabai") == 41


def test_a_changed_rule_file_is_not_answered_from_the_cache(site):
    first = run("--rulesdir", "rules", "--cache", "--format", "json", "post.md", cwd=site)
    assert "no-yabai" in rule_ids(first)
    (site / "rules" / "no-yabai.py").write_text(RULE.replace('"ヤバい"', '"実装"') + "\n", "utf-8")
    again = run("--rulesdir", "rules", "--cache", "--format", "json", "post.md", cwd=site)
    assert [m["message"] for r in json.loads(again.stdout) for m in r["messages"] if m["ruleId"] == "no-yabai"] \
        == ["「実装」は使わない"]


@pytest.mark.parametrize("content, message", [
    ('ID = "other"\nNODES = ()\ndef check(node, opts, ctx):\n    return []\n', "says ID = 'other'"),
    ("def check(:\n", "cannot load the rule file"),
])
def test_a_broken_rule_file_is_a_clear_error(site, content, message):
    (site / "rules" / "no-yabai.py").write_text(content, "utf-8")
    result = run("--rulesdir", "rules", "post.md", cwd=site)
    assert result.returncode == 2 and message in result.stderr and "no-yabai.py" in result.stderr


def test_a_rulesdir_rule_may_not_replace_a_built_in_one(site):
    shutil.copyfile(site / "rules" / "no-yabai.py", site / "rules" / "max-ten.py")
    result = run("--rulesdir", "rules", "post.md", cwd=site)
    assert result.returncode == 2 and "max-ten.py would replace a built-in rule" in result.stderr


def test_rulesdir_must_be_a_folder(site):
    result = run("--rulesdir", "nowhere", "post.md", cwd=site)
    assert result.returncode == 2 and "--rulesdir nowhere: no such folder" in result.stderr


def test_plugins_for_markdown_and_text_pass_and_others_are_warned_about(site):
    result = run("--plugin", "markdown", "--plugin", "@textlint/text", "--plugin", "html", "post.md", cwd=site)
    assert result.returncode == 1  # the lint ran
    assert result.stderr.count("warning") == 1 and "plugin 'html' not supported" in result.stderr


def test_textlints_module_options_are_accepted_and_warned_about(site):
    result = run("--rules-base-directory", "node_modules", "--experimental", "post.md", cwd=site)
    assert result.returncode == 1
    assert "--rules-base-directory ignored" in result.stderr and "--experimental ignored" in result.stderr


def test_debug_names_the_config_rules_and_files_on_stderr(site):
    result = run("--debug", "--format", "json", "post.md", cwd=site)
    json.loads(result.stdout)  # stdout is the report alone
    lines = [line for line in result.stderr.splitlines() if line.startswith("postlint: debug: ")]
    assert "1 file(s) to lint" in lines[0]
    assert lines[1].startswith(f"postlint: debug: config {site / '.textlintrc.json'}, for 1 file(s): post.md")
    assert lines[2] == "postlint: debug:   rules (1): no-exclamation-question-mark"

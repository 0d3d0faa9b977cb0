"""This repository as a pre-commit hook repository, used from another git repository."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLEAN_POST

ROOT = Path(__file__).resolve().parents[1]
# the test extras' pre-commit sits next to this Python (CI runs .venv/bin/pytest without activating)
PRE_COMMIT = shutil.which("pre-commit", path=str(Path(sys.executable).parent)) or shutil.which("pre-commit")
pytestmark = pytest.mark.skipif(PRE_COMMIT is None or shutil.which("git") is None,
                                reason="pre-commit or git not installed")

CLEAN = CLEAN_POST.format(date="2025-03-01")


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def blog(tmp_path_factory):
    repo = tmp_path_factory.mktemp("blog")
    git("init", "-q", cwd=repo)
    git("config", "user.email", "t@example.invalid", cwd=repo)
    git("config", "user.name", "t", cwd=repo)
    (repo / ".postlintrc.yml").write_text(
        "rules:\n  front-matter: {required: [layout, title, date, categories, tags, author, excerpt, reading_time]}\n"
        "  no-duplicate-sentence: true\n  reading-time: true\n", "utf-8")
    return repo


def head_commit():
    result = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip("the repository is not a git checkout")
    return result.stdout.strip()


def run_hook(blog, *files, hook="postlint"):
    """Run the hook as a user's repository would: this repository at its HEAD commit, installed
    once by pre-commit into PRE_COMMIT_HOME and reused by the tests."""
    (blog / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {head_commit()}\n    hooks:\n      - id: {hook}\n", "utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(blog.parent / "pre-commit-home"), "NO_COLOR": "1"}
    for f in (".pre-commit-config.yaml", *files):
        git("add", f, cwd=blog)
    return subprocess.run([PRE_COMMIT, "run", "--files", *files], cwd=blog, env=env,
                          capture_output=True, text=True, timeout=900)


def test_hook_fails_on_a_post_with_errors_and_shows_positions(blog):
    (blog / "2025-03-01-bad.md").write_text(CLEAN.replace("reading_time: 1", "reading_time: 30")
                                            .replace("layout: post\n", ""), "utf-8")
    result = run_hook(blog, "2025-03-01-bad.md")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "2025-03-01-bad.md" in result.stdout
    assert "2025-03-01-bad.md:8:15: " in result.stdout and "reading-time" in result.stdout
    assert "layout" in result.stdout


def test_hook_passes_on_a_clean_post(blog):
    (blog / "2025-03-01-good.md").write_text(CLEAN, "utf-8")
    result = run_hook(blog, "2025-03-01-good.md")
    assert result.returncode == 0, result.stdout + result.stderr


def test_fix_hook_repairs_the_post_and_stops_the_commit_for_a_look(blog):
    post = blog / "2025-03-01-fixable.md"
    post.write_text(CLEAN.replace("reading_time: 1", "reading_time: 30"), "utf-8")
    result = run_hook(blog, post.name, hook="postlint-fix")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "files were modified by this hook" in result.stdout
    assert post.read_text("utf-8") == CLEAN
    again = run_hook(blog, post.name, hook="postlint-fix")  # nothing left to repair or report
    assert again.returncode == 0, again.stdout + again.stderr

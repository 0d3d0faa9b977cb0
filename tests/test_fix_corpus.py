"""--fix on a copy of real posts: converges, is idempotent, touches only fixable ranges.

Skipped when ../shared/corpus is absent.  The test takes every STRIDE-th post of the corpus
(POSTLINT_FIX_CORPUS_STRIDE, default 6) to stay within the suite's time budget;
`POSTLINT_FIX_CORPUS_STRIDE=1 pytest tests/test_fix_corpus.py` runs all 965 posts.
"""

import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postlint.config import resolve
from postlint.engine import lint
from postlint.fixer import MAX_PASSES, fix_text
from postlint.source import Source

RULES = {"rules": {"preset-ja-technical-writing": True, "ja-space-between-half-and-full-width": True,
                   "no-mixed-zenkaku-and-hankaku-alphabet": True}, "filters": {"comments": True}}


@pytest.fixture(scope="module")
def fixed_corpus(shared_dir, tmp_path_factory):
    corpus = shared_dir / "corpus"
    stride = int(os.environ.get("POSTLINT_FIX_CORPUS_STRIDE", "6"))
    names = (corpus / "bench-list.txt").read_text("utf-8").split()[::stride]
    root = tmp_path_factory.mktemp("corpus")
    for name in names:
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / name, target)
    (root / ".postlintrc.yml").write_text(json.dumps(RULES, ensure_ascii=False), "utf-8")
    originals = {name: (corpus / name).read_bytes() for name in names}
    first = subprocess.run([sys.executable, "-m", "postlint", "--fix", "--format", "json", str(root)],
                           capture_output=True, text=True, cwd=root)
    assert first.returncode in (0, 1), first.stderr[-2000:]
    return root, names, originals, json.loads(first.stdout)


def test_no_fixable_problem_remains(fixed_corpus):
    _, _, _, report = fixed_corpus
    left = [(Path(r["filePath"]).name, m["ruleId"], m["line"]) for r in report for m in r["remainingMessages"] if "fix" in m
            and not m["fix"].get("suggestion")]
    assert left == []


def test_second_fix_changes_no_byte_and_no_mtime(fixed_corpus):
    root, names, _, _ = fixed_corpus
    before = {n: ((root / n).read_bytes(), os.stat(root / n).st_mtime_ns) for n in names}
    subprocess.run([sys.executable, "-m", "postlint", "--fix", str(root)], capture_output=True, cwd=root)
    after = {n: ((root / n).read_bytes(), os.stat(root / n).st_mtime_ns) for n in names}
    assert [n for n in names if before[n] != after[n]] == []


def _fixable_spans(fixes) -> list[tuple[int, int]]:
    """Fix ranges with touching or overlapping ones joined: difflib may report two
    adjacent one-character fixes (ド|バ) as one change spanning both."""
    spans: list[list[int]] = []
    for start, end in sorted((f.start, f.end) for f in fixes):
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end])
    return [(start, end) for start, end in spans]


def _outside_fixable_ranges(before: str, after: str, fixes) -> list[tuple[int, int]]:
    spans = _fixable_spans(fixes)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [(i1, i2) for tag, i1, i2, _, _ in matcher.get_opcodes()
            if tag != "equal" and not any(start - 1 <= i1 and i2 <= end + 1 for start, end in spans)]


def test_adjacent_fixes_count_as_one_range():
    """The check itself: a change spanning two touching fixes is inside; one beyond them is not."""
    from postlint.rule import Fix

    before, after = "ab\u3099c\u3099d and more", "a\u3070\u3062d and more"  # two NFD pairs side by side
    fixes = [Fix(1, 3, "\u3070"), Fix(3, 5, "\u3062")]
    assert _outside_fixable_ranges(before, after, fixes) == []
    assert _outside_fixable_ranges(before, after.replace("more", "less"), fixes) != []


def test_every_change_lies_in_a_reported_fixable_range(fixed_corpus):
    """Pass by pass (a pass may reveal problems the previous text hid), every change made
    lies inside a range reported as fixable on the text the pass started from; and the
    passes together give the file --fix wrote."""
    root, names, originals, _ = fixed_corpus
    config = resolve(RULES)
    outside = []
    changed_files = 0
    for name in names:
        if originals[name] == (root / name).read_bytes():
            continue
        changed_files += 1
        source = Source.from_bytes(originals[name], name)
        text = source.text
        for _ in range(MAX_PASSES):
            fixes = [p.fix for p in lint(Source(text, name), config) if p.fix is not None and p.fix.safe]
            after = fix_text(text, name, config, max_passes=1)[0]
            if after == text:
                break
            outside += [(name, Source(text).position(i1), text[i1:i2 + 5])
                        for i1, i2 in _outside_fixable_ranges(text, after, fixes)]
            text = after
        assert Source.from_bytes((root / name).read_bytes(), name).text == text
    assert changed_files > 0
    assert outside == []

"""bench/perf.py's helpers that touch the repository (the HISTORY.md table of runs)."""

import doctest
import importlib
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _perf():
    sys.path.insert(0, str(BENCH))
    try:
        return importlib.import_module("perf")
    finally:
        sys.path.remove(str(BENCH))


def test_perf_docstring_examples():
    assert doctest.testmod(_perf()).failed == 0


def test_history_has_the_mark_perf_writes_before():
    perf = _perf()
    text = (BENCH / "HISTORY.md").read_text("utf-8")
    before = text.split(perf.HISTORY_MARK)[0].rstrip("\n").splitlines()
    assert before[-1].startswith("| ") and before[-1].count("|") == 11  # the last row of the 10-column table


def test_a_missing_history_adds_nothing(tmp_path):
    assert _perf().add_history_row(["x"], tmp_path / "HISTORY.md") is False

"""Shared fixtures: the rule tester that runs case tables through the real engine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postlint.config import resolve
from postlint.engine import lint
from postlint.source import Source

# Tests never touch the internet: rules that download their data (no-hoso-kinshi-yogo's word
# list, proofdict's dictionaries) use copies on disk and file: addresses only; the tests of
# downloading serve the data on loopback and lift this for themselves.
os.environ["POSTLINT_OFFLINE"] = "1"

# A post that satisfies the seed site's schema and every recommended rule (date as given).
CLEAN_POST = """---
layout: post
title: "静かな記事"
date: {date}
categories: [メモ]
tags: [日記]
author: 編集部
excerpt: 短い記事です。
reading_time: 1
---

今日は短い記事を書きます。特に問題のない文章です。

明日も続けて書く予定です。よろしくお願いします。
"""

SHARED = Path(os.environ.get("POSTLINT_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def run_rule(rule_id: str, text: str, options: dict | None = None, ext: str = ".md"):
    """Problems of one rule (with ``options``) on ``text``, through config, engine and all."""
    config = resolve({"rules": {rule_id: options if options is not None else True}})
    return lint(Source.from_text(text, f"case{ext}"), config)


def apply_fixes(text: str, problems) -> str:
    from postlint.fixer import apply

    return apply(text, [p.fix for p in problems if p.fix is not None and p.fix.safe])[0]


def _case(case) -> dict:
    return {"text": case} if isinstance(case, str) else case


def check_cases(rule_id: str, valid: list, invalid: list) -> None:
    """Assert every valid case is quiet and every invalid case reports what it names.

    An invalid case: {"text", "options"?, "ext"?, "errors": [{"line"?, "column"? (1-based),
    "message"? (a fragment)}], "output"? (text after applying the safe fixes)}.
    """
    assert valid and invalid, f"{rule_id}: a rule needs valid and invalid cases"
    for case in map(_case, valid):
        problems = run_rule(rule_id, case["text"], case.get("options"), case.get("ext", ".md"))
        assert not problems, f"{rule_id}: expected no problem in {case['text']!r}, got " + \
            "; ".join(f"{p.line}:{p.column + 1} {p.message}" for p in problems)
    for case in map(_case, invalid):
        problems = run_rule(rule_id, case["text"], case.get("options"), case.get("ext", ".md"))
        expected = case.get("errors", [])
        shown = [f"{p.line}:{p.column + 1} {p.message}" for p in problems]
        assert len(problems) == len(expected), f"{rule_id}: {case['text']!r}: expected {len(expected)} problems, got {shown}"
        for want, got in zip(expected, problems):
            if "line" in want:
                assert got.line == want["line"], f"{rule_id}: {case['text']!r}: line {got.line} != {want['line']} ({shown})"
            if "column" in want:
                assert got.column + 1 == want["column"], f"{rule_id}: {case['text']!r}: column {got.column + 1} != {want['column']} ({shown})"
            if "message" in want:
                assert want["message"] in got.message, f"{rule_id}: {case['text']!r}: {want['message']!r} not in {got.message!r}"
            assert got.rule_id == rule_id
        if "output" in case:
            assert apply_fixes(case["text"], problems) == case["output"], f"{rule_id}: {case['text']!r}: fixed text differs"


@pytest.fixture
def rule_tester():
    return check_cases


@pytest.fixture(scope="session")
def shared_dir():
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} not present")
    return SHARED


@pytest.fixture(scope="session", autouse=True)
def _own_cache_home(tmp_path_factory):
    """The commands the tests start keep their start-up cache (see
    postlint.startup_cache) in a folder of the test run, not in the user's home."""
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache-home"))
    yield
    if previous is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = previous

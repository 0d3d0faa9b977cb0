"""Every rule module is complete: id, docstring, options, and a test table with both kinds of case."""

import importlib
import importlib.util
import sys
from pathlib import Path

import pytest

from postlint.engine import load_rule, rule_ids

TESTS = Path(__file__).parent / "rules"
BUILTIN = [r for r in rule_ids() if load_rule(r).__name__.startswith("postlint.rules.")]
_README = (TESTS.parent.parent / "README.md").read_text("utf-8")


@pytest.mark.parametrize("rule_id", BUILTIN)
def test_rule_module_is_complete(rule_id):
    rule = load_rule(rule_id)
    assert rule.ID == rule_id
    assert (rule.__doc__ or "").strip(), f"{rule_id} needs a docstring"
    assert set(getattr(rule, "DEFAULTS", {})) <= set(getattr(rule, "OPTIONS", {})), "defaults for unknown options"
    assert isinstance(rule.NODES, tuple) and rule.NODES


@pytest.mark.parametrize("rule_id", BUILTIN)
def test_rule_has_a_page_and_a_row_in_the_readme(rule_id):
    """docs/rules/<id>.md (where the language server and the formats link) and a row of the
    README's rule tables."""
    root = TESTS.parent.parent
    assert (root / "docs" / "rules" / f"{rule_id}.md").is_file(), f"{rule_id}: no docs/rules/{rule_id}.md"
    assert f"| [`{rule_id}`](docs/rules/{rule_id}.md) |" in _README, f"{rule_id}: no row in README.md"


@pytest.mark.parametrize("rule_id", BUILTIN)
def test_rule_has_valid_and_invalid_cases(rule_id):
    module_name = rule_id.replace("-", "_").replace("/", "__")
    path = TESTS / f"test_{module_name}.py"
    assert path.is_file(), f"{rule_id}: missing {path.relative_to(TESTS.parent.parent)}"
    table = _load(path)
    assert getattr(table, "RULE", None) == rule_id
    assert getattr(table, "VALID", None), f"{rule_id}: no VALID cases"
    assert getattr(table, "INVALID", None), f"{rule_id}: no INVALID cases"


def _load(path):
    """A rule's test module, loaded by path; the helpers beside it (tests/rules/linkserver.py)
    importable as when pytest collects that folder, so this file also runs alone."""
    if str(path.parent) not in sys.path:
        sys.path.append(str(path.parent))
    spec = importlib.util.spec_from_file_location(f"_table_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TRIGGERED = [r for r in BUILTIN if getattr(load_rule(r), "TRIGGER", None) is not None]


@pytest.mark.parametrize("rule_id", TRIGGERED)
def test_trigger_matches_every_invalid_case(rule_id):
    """A rule's TRIGGER lets the engine skip files it cannot match: it must match wherever the
    rule reports something, or the skip would hide a problem."""
    trigger = load_rule(rule_id).TRIGGER
    table = _load(TESTS / f"test_{rule_id.replace('-', '_')}.py")
    for case in table.INVALID:
        assert trigger.search(case["text"]), f"{rule_id}: TRIGGER misses {case['text']!r}"

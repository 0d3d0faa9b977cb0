"""textlint's own rule test cases, as run by the real textlint, through postlint.

Skipped when shared/conformance is absent (set POSTLINT_CONFORMANCE to point elsewhere).
Bars: every implemented rule agrees on at least 90% of its cases, all rules together on 95%;
every fix case gives textlint's fixed text; positions (whole range, line, column) agree
wherever a str offset can say what textlint says.
"""

import pytest

from postlint.conformance import default_dir, evaluate, known_rule, rule_files, rule_of

DIRECTORY = default_dir()
FILES = rule_files(DIRECTORY) if DIRECTORY.is_dir() else []
IMPLEMENTED = {rule_of(p): p for p in FILES if known_rule(rule_of(p))}
pytestmark = pytest.mark.skipif(not FILES, reason=f"no conformance data at {DIRECTORY}")


@pytest.fixture(scope="module")
def results():
    return {rule: evaluate(path) for rule, path in IMPLEMENTED.items()}


@pytest.mark.parametrize("rule", list(IMPLEMENTED))
def test_rule_agrees_with_textlint(rule, results):
    result = results[rule]
    print(f"{rule}: {result.agree}/{result.cases} ({result.rate:.1%})")
    assert result.rate >= 0.90, f"{rule}: {result.agree}/{result.cases}; first: {result.failures[:3]}"


@pytest.mark.parametrize("rule", list(IMPLEMENTED))
def test_fixes_match_textlint_output(rule, results):
    result = results[rule]
    assert result.fix_agree == result.fix_cases, [f for f in result.failures if "fixed" in f][:3]


def test_overall_agreement(results):
    if not results:
        pytest.skip("no rule implemented yet")
    cases = sum(r.cases for r in results.values())
    agree = sum(r.agree for r in results.values())
    assert agree / cases >= 0.95, f"{agree}/{cases}"


@pytest.mark.parametrize("rule", list(IMPLEMENTED))
def test_positions_match_textlint(rule, results):
    # (a one-unit range that ends inside an emoji's surrogate pair included: Problem.utf16_shift)
    assert results[rule].position_failures == []

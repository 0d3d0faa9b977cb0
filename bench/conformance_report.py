#!/usr/bin/env python3
"""Agreement with the real textlint on its rules' own test cases, per rule.

    python bench/conformance_report.py                 # every rule file
    python bench/conformance_report.py max-ten -v      # one rule, with the disagreeing cases

Reads shared/conformance (or $POSTLINT_CONFORMANCE).  Not part of the test suite's timing.
"""

import argparse
import json
import sys

from postlint.conformance import default_dir, evaluate, known_rule, rule_files, rule_of


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rules", nargs="*")
    parser.add_argument("-v", "--verbose", action="store_true", help="print disagreeing cases")
    args = parser.parse_args()
    directory = default_dir()
    if not directory.is_dir():
        print(f"no conformance data at {directory}", file=sys.stderr)
        return 2
    total = agree = fix_total = fix_agree = positions = 0
    print(f"{'rule':40} {'cases':>5} {'agree':>5} {'rate':>7} {'fixes':>9} {'positions':>9}")
    for path in rule_files(directory):
        rule = rule_of(path)
        if args.rules and rule not in args.rules:
            continue
        if not known_rule(rule):
            print(f"{rule:40} (not implemented)")
            continue
        result = evaluate(path)
        total += result.cases
        agree += result.agree
        fix_total += result.fix_cases
        fix_agree += result.fix_agree
        positions += result.positions_agree
        fixes = f"{result.fix_agree}/{result.fix_cases}" if result.fix_cases else "-"
        print(f"{rule:40} {result.cases:5} {result.agree:5} {result.rate:7.1%} {fixes:>9} "
              f"{result.positions_agree:>9}")
        if args.verbose:
            for failure in result.failures:
                print("   ", json.dumps(failure, ensure_ascii=False))
    if total:
        print(f"{'ALL':40} {total:5} {agree:5} {agree / total:7.1%} {fix_agree}/{fix_total} {positions:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

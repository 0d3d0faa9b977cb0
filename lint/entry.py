"""The ``postlint`` console script (and ``python -m postlint``).

A module of its own so that the compiled-regex store (:mod:`postlint.regex_store`) is in
place before the command's imports compile their patterns.
"""

import sys


def main() -> None:
    from postlint import regex_store

    regex_store.install()
    try:
        from postlint.cli import main as run

        code = run()
    finally:
        regex_store.save()
    sys.exit(code)

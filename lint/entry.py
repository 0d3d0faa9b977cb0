"""The ``postlint`` console script (and ``python -m postlint``).

A module of its own so that the start-up cache (:mod:`postlint.startup_cache`: compiled
regular expressions, parsed word lists) is in place before the command's imports compile
their patterns.
"""

import sys


def main() -> None:
    from postlint import startup_cache

    startup_cache.install()
    try:
        from postlint.cli import main as run

        code = run()
    finally:
        startup_cache.save()
    sys.exit(code)

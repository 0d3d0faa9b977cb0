"""Per-rule timing: ``TIMING=1 postlint _posts/``, as textlint and ESLint take it.

With the environment variable ``TIMING`` set (to anything), a run adds up the time each rule
spends, in every process of the run, and prints textlint's table of the ten slowest rules
on standard error when it ends (textlint prints it on standard output, where it would spoil
``--format json``).  ``TIMING=all`` lists every rule and ``TIMING=25`` the 25 slowest, as in
ESLint.  A line under the table gives the time spent outside the rules (parsing, filters).

A rule's time includes the analyses it is the first in its file to ask for (tokenizing a
sentence, splitting a paragraph): the rules after it that ask for the same get them from
the cache.  Without ``TIMING`` nothing is measured.

>>> print(table({"max-ten": 0.0125, "sentence-length": 0.0375}, rows=10))
Rule            | Time (ms) | Relative
:---------------|----------:|--------:
sentence-length |    37.500 |    75.0%
max-ten         |    12.500 |    25.0%
"""

from __future__ import annotations

import os
from collections import Counter
from time import perf_counter

ENV = "TIMING"
DEFAULT_ROWS = 10
STARTUP = "start-up"  # importing the rules, opening the dictionaries
PARSING = "parsing"
FILTERS = "filters"

_rules: Counter = Counter()  # rule display id -> seconds, in this process since the last take()
_stages: Counter = Counter()  # PARSING, FILTERS -> seconds
_files = [0]  # lints (--fix lints a file again after each pass)
_aside = [0.0]  # start-up time inside the running lap, not the rule's (see set_aside)


def enabled() -> bool:
    """Whether ``TIMING`` is set (any value but the empty string, as in textlint)."""
    return bool(os.environ.get(ENV))


def rows_wanted(value: str | None) -> int | None:
    """How many rows ``TIMING=value`` asks for (None: all of them), as ESLint reads it.

    >>> rows_wanted("1"), rows_wanted("all"), rows_wanted("25"), rows_wanted("yes")
    (10, None, 25, 10)
    """
    if value and value.strip().lower() == "all":
        return None
    try:
        asked = int(value or "")
    except ValueError:
        return DEFAULT_ROWS
    return asked if asked > DEFAULT_ROWS else DEFAULT_ROWS


class Stopwatch:
    """Laps of one lint, each added to a rule's or a stage's total.

    >>> take() and None
    >>> watch = Stopwatch()
    >>> watch.stage(PARSING); watch.rule("max-ten"); watch.done()
    >>> spent = take()
    >>> sorted(spent["rules"]), sorted(spent["stages"]), spent["files"]
    (['max-ten'], ['parsing'], 1)
    """

    __slots__ = ("last",)

    def __init__(self) -> None:
        self.last = perf_counter()
        _aside[0] = 0.0

    def _lap(self) -> float:
        now = perf_counter()
        spent, self.last = now - self.last - _aside[0], now
        _aside[0] = 0.0
        return spent

    def rule(self, display_id: str) -> None:
        _rules[display_id] += self._lap()

    def stage(self, name: str) -> None:
        _stages[name] += self._lap()

    def done(self) -> None:
        _files[0] += 1


def stopwatch() -> Stopwatch | None:
    """A :class:`Stopwatch` for one lint, or None when ``TIMING`` is not set."""
    return Stopwatch() if enabled() else None


def set_aside(seconds: float) -> None:
    """Count ``seconds`` of the running lap as start-up (a dictionary opened the first
    time a rule tokenizes), not as the rule's time."""
    _stages[STARTUP] += seconds
    _aside[0] += seconds


def add_rule_time(display_id: str, seconds: float) -> None:
    """Time a rule spent outside a per-file lint (a run-level rule's comparison)."""
    _rules[display_id] += seconds


def take() -> dict:
    """This process's totals since the last call (a worker sends them with each result)."""
    spent = {"rules": dict(_rules), "stages": dict(_stages), "files": _files[0]}
    _rules.clear()
    _stages.clear()
    _files[0] = 0
    return spent


def merge(spent: dict) -> None:
    """Add totals another process took (see :func:`take`) to this one's."""
    _rules.update(spent["rules"])
    _stages.update(spent["stages"])
    _files[0] += spent["files"]


def merged(timed_result: tuple):
    """The result of a job a worker ran timed (``(result, totals)``), its totals merged here."""
    result, spent = timed_result
    merge(spent)
    return result


def _fixed(value: float, digits: int) -> str:
    """JavaScript's ``toFixed``: halves round up.

    >>> _fixed(0.0625, 3), f"{0.0625:.3f}"
    ('0.063', '0.062')
    """
    from decimal import ROUND_HALF_UP, Decimal  # only a timed run pays for the import

    return str(Decimal(value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def table(seconds: dict, rows: int | None = DEFAULT_ROWS) -> str:
    """textlint's timing table of ``seconds`` (rule -> seconds): the slowest ``rows`` rules
    (None: all), time in milliseconds, share of all the rules' time."""
    total = sum(seconds.values())
    ranked = sorted(seconds.items(), key=lambda item: item[1], reverse=True)[:rows]
    lines = [["Rule", "Time (ms)", "Relative"]]
    lines += [[rule, _fixed(spent * 1000, 3), f"{_fixed(spent * 100 / total if total else 0.0, 1)}%"]
              for rule, spent in ranked]
    widths = [max(len(line[i]) for line in lines) for i in range(3)]
    rendered = [" | ".join([line[0].ljust(widths[0]), line[1].rjust(widths[1]), line[2].rjust(widths[2])])
                for line in lines]
    rendered.insert(1, "|".join([":".ljust(widths[0] + 1, "-"), ":".rjust(widths[1] + 2, "-"),
                                 ":".rjust(widths[2] + 1, "-")]))
    return "\n".join(rendered)


def report() -> str:
    """The table of this run (every process's totals merged here) and the line under it;
    the totals start again from zero."""
    spent = take()
    stages = ", ".join(f"{name} {_fixed(spent['stages'].get(name, 0.0) * 1000, 3)} ms"
                       for name in (STARTUP, PARSING, FILTERS))
    files = spent["files"]
    return (f"{table(spent['rules'], rows_wanted(os.environ.get(ENV)))}\n"
            f"Outside the rules: {stages}; {files} lint{'s' if files != 1 else ''}\n")

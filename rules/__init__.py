"""postlint's built-in rules: one module per rule, named after its id (``-`` -> ``_``).

See ``postlint.rule`` for what a rule module defines, and presets.yml for the presets.
"""

from pathlib import Path

_HERE = Path(__file__).parent


def data_text(*parts: str) -> str:
    """A data file shipped with the rules (presets.yml, dict/*.yml), as text.

    (A plain path: importlib.resources costs 18 ms of every start.)

    >>> "ja-technical-writing" in data_text("presets.yml")
    True
    """
    return _HERE.joinpath(*parts).read_text("utf-8")

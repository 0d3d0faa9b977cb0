"""postlint's built-in rules: one module per rule, named after its id (``-`` -> ``_``).

See ``postlint.rule`` for what a rule module defines, and presets.yml for the presets.
"""

from pathlib import Path

_HERE = Path(__file__).parent


def data_path(*parts: str) -> Path:
    """Where a data file shipped with the rules is (``data_path("dict", "x.yml")``)."""
    return _HERE.joinpath(*parts)


def data_text(*parts: str) -> str:
    """A data file shipped with the rules (presets.yml, dict/*.yml), as text.

    (A plain path: importlib.resources costs 18 ms of every start.)

    >>> "ja-technical-writing" in data_text("presets.yml")
    True
    """
    return _HERE.joinpath(*parts).read_text("utf-8")


def data_yaml(*parts: str):
    """A YAML data file shipped with the rules, parsed (safely, with libyaml's parser when
    PyYAML has it; through the command's start-up cache, :mod:`postlint.startup_cache`).

    >>> data_yaml("presets.yml")["ja-technical-writing"]["prefix"]
    'ja-technical-writing'
    """
    import yaml

    from postlint.startup_cache import parsed

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return parsed("yaml", data_text(*parts), lambda text: yaml.load(text, Loader=loader))

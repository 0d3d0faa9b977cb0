"""``python -m postlint`` is the ``postlint`` command."""

from postlint.cli import entry

entry()

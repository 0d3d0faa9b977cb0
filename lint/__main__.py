"""``python -m postlint`` is the ``postlint`` command."""

from postlint.entry import main

main()

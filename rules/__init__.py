"""postlint's built-in rules: one module per rule, named after its id (``-`` -> ``_``).

See ``postlint.rule`` for what a rule module defines, and presets.yml for the presets.
"""

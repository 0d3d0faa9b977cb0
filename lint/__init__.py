"""postlint: a fast, textlint-compatible linter and editorial checker for Japanese blog posts.

Library use::

    from postlint import lint_text
    for problem in lint_text(open("post.md", encoding="utf-8").read()):
        print(problem.line, problem.column + 1, problem.rule_id, problem.message)
"""

__version__ = "0.1.0"


def lint_text(text, config=None, path="<text>.md", **kw):
    """Lint a string with ``config`` (a :class:`postlint.config.Config`; default: recommended)."""
    from postlint.engine import lint_text as _lint_text

    return _lint_text(text, config, path, **kw)

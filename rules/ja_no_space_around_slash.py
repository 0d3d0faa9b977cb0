"""スラッシュ（/）の前後にスペースを入れない（textlint-rule-ja-no-space-around-slash 3.0.3 互換）。

A half-width ``/`` with half-width or full-width spaces right before or after it (up to
ten on each side, as textlint looks) is reported at the first of those spaces (or at the
slash when the spaces follow it); the fix removes the spaces.  Only plain paragraph text
is checked (not headings, links, emphasis, tables, block quotes).

Options: none.

    OK:  Windows/macOS の両方で動く。
    NG:  Windows / macOS の両方で動く。
"""

import re

from postlint.rules._ja_spacing import PLAIN_STR_DECLARATIONS, match_checker

ID = "ja-no-space-around-slash"
NODES, OPTIONS, DEFAULTS = PLAIN_STR_DECLARATIONS  # ("Str",), no options
FIXABLE = True

# a slash with up to ten spaces on each side, and at least one space (textlint's pattern,
# whose matches without a space it skips: a bare slash is never reported)
_SLASH_WITH_SPACES = re.compile("[ \u3000]{0,10}/[ \u3000]{0,10}")
TRIGGER = re.compile("[ \u3000]/|/[ \u3000]")  # a file without one has nothing to report
MESSAGE = "スラッシュ（/）の前後にスペースは入れません。スペースを削除してください。"


def _spaces_removed(ctx, m):
    """A slash with spaces around it (not a bare one): reported at the match's start, and
    the whole match made a bare slash."""
    if m.end() - m.start() == 1:
        return None
    return ctx.report(m.start(), m.start() + 1, MESSAGE, fix=ctx.fix(m.start(), m.end(), "/"))


check = match_checker(_SLASH_WITH_SPACES, _spaces_removed)

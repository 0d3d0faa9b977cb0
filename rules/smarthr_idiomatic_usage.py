"""SmartHR の用字用語（予め → あらかじめ、サーバ → サーバー など）に合わせて書く（textlint-rule-preset-smarthr 1.37.0 の prh-rules 互換）。

textlint-rule-preset-smarthr's own rule ``prh-rules``: textlint-rule-prh 6.1.0 run with the
package's dictionary, here rules/dict/smarthr-idiomatic-usage.yml (its 154 entries' expected
and pattern, MIT, SmartHR, Inc.; notes of our own).  What is read, where a problem is reported
and what --fix writes are those of rule prh with its default options: headings and paragraphs
(list items, tables), not links, block quotes, emphasis or code.  The message is prh's:
「actual」は「expected」と書きます。 and the entry's note on a second line.

Enabled through the preset, reported as ``smarthr/prh-rules`` as textlint does
(``"preset-smarthr": {"prh-rules": false}`` switches it off); on its own as
``smarthr-idiomatic-usage``.  A rule of its own rather than rule prh given the dictionary
through the preset's options: as in textlint the dictionary is built in and not an option,
so options given to the preset's prh (rulePaths) cannot replace it, and the dictionary file is
found inside the installed package, not from the config file's folder.

Options: none.

    OK:  あらかじめサーバーを設定してください。
    NG:  予めサーバを設定して下さい。   -> あらかじめサーバーを設定してください。
"""

from __future__ import annotations

import functools
from pathlib import Path

from postlint.prh import Engine
from postlint.rules.prh import DEFAULTS as PRH_DEFAULTS, check_with

ID = "smarthr-idiomatic-usage"
NODES = ("Document",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
FIX_ONCE = True  # as rule prh: an entry's output is not matched again in the same run

_DICTIONARY = Path(__file__).parent / "dict" / "smarthr-idiomatic-usage.yml"


@functools.cache
def _engine() -> Engine:
    return Engine.from_file(_DICTIONARY)


def check(node, opts, ctx):
    return check_with(_engine(), node, PRH_DEFAULTS, ctx)

"""算用数字は半角で書く（JTF 2.1.8; textlint-rule-preset-jtf-style 3.0.3「2.1.8.算用数字」互換）。

Each run of full-width digits (``０``-``９``) in paragraph text is reported at
its first digit; ``--fix`` writes the run in ASCII digits.  Headings, table
cells, links, emphasis, strong text, block quotes and bare URLs are not
checked, as in textlint.

Options: none.

    OK:  メモリを16GBに増やした。
    NG:  メモリを１６GBに増やした。   (fix: メモリを16GBに増やした。)
"""

import re

from postlint.rules._jtf_numbers import report_fullwidth_runs

ID = "jtf-2-1-8"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
TRIGGER = re.compile("[０-９]")

_FULLWIDTH_DIGITS = re.compile("[０-９]+")


def check(node, opts, ctx):
    if TRIGGER.search(ctx.text, node.start, node.end):
        yield from report_fullwidth_runs(node, ctx, _FULLWIDTH_DIGITS, "算用数字")

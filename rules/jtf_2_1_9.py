"""アルファベットは半角で書く（JTF 2.1.9; textlint-rule-preset-jtf-style 3.0.3「2.1.9.アルファベット」互換）。

Each run of full-width capital letters (``Ａ``-``Ｚ``) in paragraph text is
reported at its first letter; ``--fix`` writes the run in ASCII.  As in
textlint, full-width small letters (``ａ``-``ｚ``) are not reported, and
headings, table cells, links, emphasis, strong text, block quotes and bare
URLs are not checked.

Options: none.

    OK:  HTMLの仕様を読んだ。
    NG:  ＨＴＭＬの仕様を読んだ。   (fix: HTMLの仕様を読んだ。)
"""

import re

from postlint.rules._jtf_numbers import report_fullwidth_runs

ID = "jtf-2-1-9"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
TRIGGER = re.compile("[Ａ-Ｚ]")

_FULLWIDTH_CAPITALS = re.compile("[Ａ-Ｚ]+")


# textlint's one message, which no-mixed-zenkaku-and-hankaku-alphabet prints too: where both
# report at one place, textlint keeps one problem (see Problem.textlint_message)
TEXTLINT_MESSAGE = "アルファベットは「半角」で表記します。"


def check(node, opts, ctx):
    if TRIGGER.search(ctx.text, node.start, node.end):
        for problem in report_fullwidth_runs(node, ctx, _FULLWIDTH_CAPITALS, "アルファベット"):
            problem.textlint_message = TEXTLINT_MESSAGE
            yield problem

"""助数詞の「ヶ」はひらがなの「か」で書く（JTF スタイルガイド 2.2.3、textlint-rule-preset-jtf-style 互換）。

JTF style 2.2.3 (一部の助数詞の表記): after a number, the counters written with
``ヶ`` (ヶ月, ヶ所, ヶ国, ヶ年) take the hiragana ``か``.  Checked with the
dictionary rules/dict/jtf-2-2-3.yml in the text textlint-rule-prh checks (not in
links, block quotes or emphasis); ``--fix`` writes ``か``.  No options.

    OK:  3か月ぶりに更新しました。
    NG:  3ヶ月ぶりに更新しました。
"""

import re

from postlint.rules._jtf_dict import dictionary

ID = "jtf-2-2-3"
NODES = ("Str",)
OPTIONS: dict = {}
DEFAULTS: dict = {}
FIXABLE = True
FIX_ONCE = True  # a dictionary replacement: its output is not replaced again in the same run
TRIGGER = re.compile("ヶ")  # every pattern of the dictionary has it


def _message(actual: str, expected: str) -> str:
    return f"助数詞の「ヶ」はひらがなの「か」で書きます。「{actual}」ではなく「{expected}」としてください。"


def check(node, opts, ctx):
    return dictionary(ID).problems(node, ctx, _message)

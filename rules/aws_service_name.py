"""AWS のサービス名の綴り・空白・大文字小文字・Amazon/AWS の冠を正しく書く（textlint-rule-aws-service-name 1.13.1 互換）。

textlint-rule-aws-service-name runs textlint-rule-prh 5.3.0 with the package's own prh
dictionary of AWS product names, here rules/dict/aws-service-name.yml (748 entries, MIT,
bun913).  It finds a wrong case (Ec2 -> EC2), a missing or extra space (SecurityHub ->
Security Hub, Cloud Front -> CloudFront) and the wrong prefix (AWS EC2 -> Amazon EC2,
Amazon Security Hub -> AWS Security Hub), and --fix writes the right name.  What is read,
where a problem is reported and what --fix writes are those of rule prh with its default
options: headings and paragraphs (list items, tables, strong text), not links, block
quotes, emphasis or code.  The message is prh's: 「actual」は「expected」と書きます。

As in textlint the dictionary is built in: it is not an option, and options given to the
rule do not change it.  Option ``allows`` (a list of strings) is accepted, as the package
declares it, and has no effect, as in the package.

Speed: the prh engine looks for every entry's words in the text the rule reads with one
search, and tries only the entries whose words it holds.  (No TRIGGER: product names such as
Config or Connect are common words, and that search costs what a TRIGGER would.)

    OK:  Amazon EC2 のログを Amazon CloudWatch に送る。
    NG:  AWS EC2 のログを Amazon Cloud Watch に送る。
         -> Amazon EC2 のログを Amazon CloudWatch に送る。
"""

from __future__ import annotations

import functools
from pathlib import Path

from postlint.prh import Engine, load_yaml
from postlint.rules.prh import DEFAULTS as PRH_DEFAULTS, check_with

ID = "aws-service-name"
NODES = ("Document",)
OPTIONS = {"allows": [str]}
DEFAULTS: dict = {"allows": []}
FIXABLE = True
FIX_ONCE = True  # as rule prh: an entry's output is not matched again in the same run

_DICTIONARY = Path(__file__).parent / "dict" / "aws-service-name.yml"


@functools.cache
def _engine() -> Engine:
    from postlint.startup_cache import parsed  # (the parsed YAML kept between runs)

    return Engine(parsed("prh", _DICTIONARY.read_text("utf-8"), load_yaml), str(_DICTIONARY))


def check(node, opts, ctx):
    return check_with(_engine(), node, PRH_DEFAULTS, ctx)

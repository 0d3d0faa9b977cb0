"""かっこ類の外側・内側にスペースを入れない（JTF 3.3、textlint-rule-preset-jtf-style 互換）。

A half-width or full-width space right before or after a bracket -- ``( ) [ ]
（ ） ［ ］ 「 」 『 』`` -- is reported, and ``--fix`` deletes it.  Only
plain paragraph text (list items included) is checked.

Options:
    allowOutsideHalfParentheses: a half-width space outside half-width
        parentheses is fine: `` (`` and ``) `` (default true)
    requireOutsideHalfParentheses: ask for a half-width space between a kanji or
        kana and an adjacent half-width parenthesis; the fix inserts it (default false)

    OK:  これは「例」です
    NG:  これは 「例」です
"""

import re

from postlint.rules._jtf import JAPANESE
from postlint.rules._jtf_spacing import user_texts

ID = "jtf-3-3"
NODES = ("Str",)
OPTIONS = {"allowOutsideHalfParentheses": bool, "requireOutsideHalfParentheses": bool}
DEFAULTS = {"allowOutsideHalfParentheses": True, "requireOutsideHalfParentheses": False}
FIXABLE = True

_BRACKETS = "[()\\[\\]（）［］「」『』]"
_SPACE_BEFORE = re.compile(f"([ \u3000]){_BRACKETS}")
_SPACE_AFTER = re.compile(f"{_BRACKETS}([ \u3000])")
_JAPANESE_THEN_PAREN = re.compile(f"{JAPANESE}(\\()")
_PAREN_THEN_JAPANESE = re.compile(f"(\\)){JAPANESE}")
_SPACE_NEAR_BRACKET = re.compile(f"{_SPACE_BEFORE.pattern}|{_SPACE_AFTER.pattern}")
TRIGGER = re.compile("|".join(r.pattern for r in (_SPACE_NEAR_BRACKET, _JAPANESE_THEN_PAREN, _PAREN_THEN_JAPANESE)))
MESSAGE = "かっこの外側・内側にスペースは入れません。スペースを削除して詰めてください。"
MESSAGE_REQUIRE = "半角かっこと全角文字の間には半角スペースを入れてください。"


def check(node, opts, ctx):
    allow_outside = opts["allowOutsideHalfParentheses"]
    require_outside = opts["requireOutsideHalfParentheses"]
    for offset, text in user_texts(node, ctx, TRIGGER if require_outside else _SPACE_NEAR_BRACKET):
        # (regex, the match allowOutsideHalfParentheses accepts)
        for regex, outside in ((_SPACE_BEFORE, " ("), (_SPACE_AFTER, ") ")):
            for match in regex.finditer(text):
                if not (allow_outside and match.group() == outside):
                    at = offset + match.start(1)
                    yield ctx.report(at, at + 1, MESSAGE, fix=ctx.fix(at, at + 1, ""))
        if require_outside:
            for regex, padded in ((_JAPANESE_THEN_PAREN, " ("), (_PAREN_THEN_JAPANESE, ") ")):
                for match in regex.finditer(text):
                    at = offset + match.start(1)
                    yield ctx.report(at, at + 1, MESSAGE_REQUIRE, fix=ctx.fix(at, at + 1, padded))

"""全角文字と半角英数字の間のスペースの有無をそろえる（textlint-rule-ja-space-between-half-and-full-width 互換）。

By default (``space: "never"``) a space between a Japanese character (kanji,
kana, 、。) and a half-width letter or digit is reported and removed;
``space: "always"`` asks for one instead.  Only plain paragraph text is
checked unless ``lintStyledNode`` is true.

Options:
    space: "never" | "always" | a list of "alphabets", "numbers", "punctuation"
           (what needs a space; "punctuation" makes 、。 count as Japanese characters)
           -- a mapping {alphabets: bool, numbers: bool, punctuation: bool} works too
    exceptPunctuation: with "never"/"always": false makes 、。 count (default true)
    lintStyledNode: also check headings, links, emphasis, tables (default false)
    allows: RegExp-like strings; a space inside a match is fine
    reportAtSpace: postlint's (default false): with "never", report at the space itself, as
           version 2.4.2 of the rule (carried by textlint-rule-preset-smarthr 1.37.0, which sets
           it) does, not one UTF-16 unit after the Japanese character (3.0.3): they differ after
           a character beyond U+FFFF (𠮷 a)

    OK:  これはUnicodeです。
    NG:  これは Unicode です。
"""

import re

from postlint.jsregex import match_patterns
from postlint.rules._textlint import str_pieces
from postlint.rules._textlint_ja import report_at_index
from postlint.wordlist import report_once

ID = "ja-space-between-half-and-full-width"
NODES = ("Str",)
OPTIONS = {"space": (str, list, dict), "exceptPunctuation": bool, "lintStyledNode": bool, "allows": [str],
           "reportAtSpace": bool}
DEFAULTS = {"space": "never", "exceptPunctuation": True, "lintStyledNode": False, "allows": [], "reportAtSpace": False}
FIXABLE = True

KINDS = ("alphabets", "numbers", "punctuation")
_ZEN = "[、。]|[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\U00020000-\U0002FFFF]|[ぁ-んァ-ヶ]"
_PUNCTUATION = "。、"
_NEVER = (
    # (regex, offset of the Japanese character from the match start)
    (re.compile(f"[A-Za-z0-9]([ \u3000])(?:{_ZEN})"), 2),
    (re.compile(f"(?:{_ZEN})([ \u3000])[A-Za-z0-9]"), 0),
)
MSG_NEVER = "全角文字と半角英数字の間のスペースは不要です。削除してください。"
MSG_ALWAYS = "全角文字と半角英数字の間にはスペースを入れてください。"


def parse_space(space, except_punctuation: bool) -> dict:
    """The ``space`` option (and ``exceptPunctuation``) -> {kind: needs a space}."""
    if isinstance(space, str):
        if space not in ("always", "never"):
            raise ValueError(f'option space must be "always", "never" or a list, got {space!r}')
        wanted = {"alphabets": True, "numbers": True} if space == "always" else {}
        if except_punctuation is False:
            wanted["punctuation"] = True
    elif isinstance(space, dict):
        wanted = {k: bool(v) for k, v in space.items()}
    else:
        wanted = {k: True for k in space}
    unknown = set(wanted) - set(KINDS)
    if unknown:
        raise ValueError(f"option space may only name {', '.join(KINDS)} (got {', '.join(sorted(map(str, unknown)))})")
    return {k: wanted.get(k, False) for k in KINDS}


def _is_plain_str(node) -> bool:
    return node.parent is not None and node.parent.type == "Paragraph" and not node.inside("BlockQuote")


def _need_regexes(space: dict):
    chars = ("A-Za-z" if space["alphabets"] else "") + ("0-9" if space["numbers"] else "")
    return ((re.compile(f"([{chars}])(?:{_ZEN})"), 1), (re.compile(f"({_ZEN})[{chars}]"), 0))


def check_options(opts) -> None:
    """Refuse a ``space`` value the rule cannot read, or an ``allows`` entry that is no
    pattern (called when the config loads)."""
    parse_space(opts["space"], opts["exceptPunctuation"])
    match_patterns("", opts["allows"], matcher=2)  # compiles each


def check(node, opts, ctx):
    if not (opts["lintStyledNode"] or _is_plain_str(node)):
        return
    try:
        space = parse_space(opts["space"], opts["exceptPunctuation"])
    except ValueError as exc:  # a bad space value
        yield from report_once(ctx, ID, str(exc))
        return
    # a bare URL is a link of its own in textlint's tree: the text on each side is a Str, and so
    # is the link's text, which lintStyledNode checks as it checks any link's
    styled = opts["lintStyledNode"]
    for start, end in [(start, end) for start, end, is_url in str_pieces(node, ctx) if styled or not is_url]:
        try:
            yield from _check_text(ctx, start, ctx.text[start:end], space, opts["allows"], opts["reportAtSpace"])
        except ValueError as exc:  # a bad allows regex
            yield from report_once(ctx, ID, str(exc))
            return


def _check_text(ctx, base: int, text: str, space: dict, allows: list, at_space: bool = False):
    """The problems of one text node of textlint's tree, ``text``, at offset ``base``."""
    allowed = match_patterns(text, allows, matcher=2) if allows else []

    def wanted(m, padding: int) -> bool:
        i = m.start() + padding
        if i >= len(text):
            return False
        if not space["punctuation"] and text[i] in _PUNCTUATION:
            return False
        return not any(a.start <= m.start() <= a.end for a in allowed)

    if not (space["alphabets"] or space["numbers"]):
        for regex, padding in _NEVER:
            for m in regex.finditer(text):
                if wanted(m, padding):
                    # textlint reports one unit after the match's first character, which is the
                    # space unless that character is beyond U+FFFF (𠮷); the fix deletes the space
                    at = base + m.start(1)
                    fix = ctx.fix(at, at + 1, "")
                    yield ctx.report(at, at + 1, MSG_NEVER, fix=fix) if at_space else \
                        report_at_index(ctx, base + m.start(), 1, MSG_NEVER, fix=fix)
        return
    for regex, padding in _need_regexes(space):
        for m in regex.finditer(text):
            if wanted(m, padding):
                at = base + m.start()
                gap = base + m.end(1) if padding == 0 else at + 1
                yield report_at_index(ctx, at, 0, MSG_ALWAYS, fix=ctx.fix(gap, gap, " "))

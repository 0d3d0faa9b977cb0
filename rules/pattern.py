"""設定に書いた正規表現・文字列に一致するところを報告する（@textlint-rule/textlint-rule-pattern 2.0.2 互換）。

A site's own house rules without writing a rule module: each entry of ``patterns`` is a
"RegExp-like string" (``/source/flags`` a JavaScript regex, any other string matched
literally), the message to show, and optionally a replacement for ``--fix``.

Checked: every ``Str`` (a bare URL is a ``Link`` of its own, as in textlint's tree), and inline
``Code`` and ``CodeBlock`` (their source, backticks and fences included) for the entries with
``forceCode``.  Each match is reported at its place, unless an ``allows`` pattern matches
inside the matched text; a node inside one of an entry's ``allowNodeTypes`` is skipped from
that entry's first match on, for that entry and the entries after it (textlint's order).

Options: ``patterns`` (default none: a problem at 1:1 asks for one), a list of
``{message, pattern, replace?, allows?, allowNodeTypes?, forceCode?}``.  ``replace`` may use
``$1``..``$9`` (the groups of the match; an unmatched group leaves ``$N`` as written), as
the original does; an empty ``replace`` gives no fix.  A pattern that cannot compile is a
config error.

    patterns: [{message: "「出来る」はひらがなで", pattern: "/出来(る|ます)/", replace: "でき$1"}]
    OK:  すぐにできる。
    NG:  すぐに出来る。      -> すぐにできる。
"""

from __future__ import annotations

import re

from postlint.jsregex import pattern_of
from postlint.rules._textlint import inside, joined_str_pieces

ID = "pattern"
NODES = ("Document", "Str", "Code", "CodeBlock")
OPTIONS = {"patterns": list}
DEFAULTS: dict = {"patterns": []}
FIXABLE = True
FIX_ONCE = True  # textlint applies each replacement once: its output is not matched again in the run

_MATCHER = 2  # @textlint/regexp-string-matcher 2.x: every pattern gets the flags "ug"
_REGEXP_LIKE = re.compile(r"/([^\n\r\u2028\u2029]+)/([guimysd]*)\Z")  # the matcher's "/source/flags"
_GROUP_REFERENCE = re.compile(r"\$([1-9])")
_ENTRY_TYPES = {"message": str, "pattern": str, "replace": str, "allows": list, "allowNodeTypes": list,
                "forceCode": bool}
_CODE = ("Code", "CodeBlock")


def check_options(opts) -> None:
    """Refuse an entry textlint's rule could not run (called when the config loads)."""
    for n, entry in enumerate(opts["patterns"], 1):
        if not isinstance(entry, dict):
            raise ValueError(f"patterns[{n}] must be a mapping with message and pattern, got {entry!r}")
        for key in ("message", "pattern"):
            if key not in entry:
                raise ValueError(f"patterns[{n}] has no {key!r}")
        for key, kind in _ENTRY_TYPES.items():
            value = entry.get(key)
            if value is not None and not isinstance(value, kind):
                raise ValueError(f"patterns[{n}].{key} must be a {kind.__name__}, got {value!r}")
        for key in ("allows", "allowNodeTypes"):
            if not all(isinstance(item, str) for item in entry.get(key) or ()):
                raise ValueError(f"patterns[{n}].{key} must be a list of strings, got {entry[key]!r}")
        for pattern in (entry["pattern"], *(entry.get("allows") or ())):
            pattern_of(pattern, _MATCHER)  # raises JSRegexError (a ValueError) for a bad one


def expand(replace: str, match: re.Match) -> str:
    """``replace`` with ``$1``..``$9`` filled from ``match`` as the original does it (not
    JavaScript's String.replace: ``$&``, ``$<name>`` and ``$10`` have no meaning; a group that
    did not take part, or does not exist, leaves ``$N`` as written).

    >>> expand("$1-$2-$3", re.match("(a)(x)?", "ab"))
    'a-$2-$3'
    """
    def group(ref: re.Match) -> str:
        n = int(ref.group(1))
        value = match.group(n) if n <= match.re.groups else None
        return ref.group() if value is None else value

    return _GROUP_REFERENCE.sub(group, replace)


def check(node, opts, ctx):
    patterns = opts["patterns"]
    if node.type == "Document":
        if patterns:
            return ()
        return [ctx.report(0, 0, "pattern ルールに patterns がありません。報告したい文字列か正規表現を一つ以上書いてください。")]
    live = ctx.memo(("pattern", id(patterns)), lambda: _live(patterns, ctx.text))
    if node.type in _CODE:
        live = [entry for entry in live if entry.get("forceCode")]
        if not live:
            return ()
        return list(_check_piece(node, node.start, node.end, False, live, ctx))
    if not live:
        return ()  # (most nodes of most files: nothing to do)
    return [problem for start, end, in_url in joined_str_pieces(node, ctx)
            for problem in _check_piece(node, start, end, in_url, live, ctx)]


def _live(patterns, text: str) -> list:
    """The entries that may match somewhere in the file ``text``.  A pattern without
    assertions (anchors, word boundaries, look-arounds) that matches in no part of the file
    matches in none of its nodes: such an entry is left out when the whole file has no match."""
    return [entry for entry in patterns
            if not _free_of_assertions(entry["pattern"]) or pattern_of(entry["pattern"], _MATCHER).search(text)]


def _free_of_assertions(pattern: str) -> bool:
    r"""Whether the RegExp-like string ``pattern`` matches the same in a part of a text as in
    the whole (a literal string, or a regex with no ``^ $ \b \B (?`` outside a class).

    >>> [_free_of_assertions(p) for p in ("a^b", "/a[^b]c/", "/^a/", r"/a\b/", "/(?=a)/", r"/\^a/", "/(?:a)/", "/a/y")]
    [True, True, False, False, False, True, True, False]
    """
    literal = _REGEXP_LIKE.match(pattern)
    if literal is None:
        return True
    if "y" in literal.group(2):
        return False  # sticky: its matches are tied to where the text starts
    source, i, in_class = literal.group(1), 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            if not in_class and source[i + 1:i + 2] in ("b", "B"):
                return False
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + source.startswith("^", i + 1)
            continue
        elif c in "^$" or source.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            return False
        i += 1
    return True


def _check_piece(node, start: int, end: int, in_url: bool, patterns, ctx):
    piece = ctx.text[start:end]
    for entry in patterns:
        allows = entry.get("allows") or ()
        for m in _matches(entry["pattern"], piece):
            if m.start() == m.end():
                continue  # (the original stops with an error at an empty match: it reports nothing)
            if any(pattern_of(allowed, _MATCHER).search(m.group()) for allowed in allows):
                continue
            if _in_allowed_node(node, in_url, entry.get("allowNodeTypes") or (), ctx.text):
                return  # the original leaves the whole node there, later entries included
            fix = None
            if entry.get("replace"):  # (an empty replacement: no fix, as in the original)
                fix = ctx.fix(start + m.start(), start + m.end(), expand(entry["replace"], m))
            yield ctx.report(start + m.start(), start + m.end(), entry["message"], fix=fix)


def _matches(pattern: str, text: str):
    """The matches of ``matchAll``: all of them, or with the sticky flag ``y`` those that
    follow one another from the start of ``text``."""
    regex = pattern_of(pattern, _MATCHER)
    literal = _REGEXP_LIKE.match(pattern)
    if literal is None or "y" not in literal.group(2):
        yield from regex.finditer(text)
        return
    at = 0
    while at <= len(text):
        m = regex.match(text, at)
        if m is None:
            return
        yield m
        at = m.end() + (m.end() == m.start())


def _in_allowed_node(node, in_url: bool, types, text: str) -> bool:
    if not types:
        return False
    return (in_url and "Link" in types) or inside(node, text, *types)

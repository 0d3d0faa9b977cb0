"""表記ゆれ・用語の統一を prh 辞書で確認する（textlint-rule-prh 6.1.0 互換）。

Checks text against prh dictionaries (YAML files of ``expected`` spellings and
the ``pattern``/``patterns`` that should become them; see postlint.prh) and
fixes what they match.  Text in headings and paragraphs is checked; links,
block quotes and emphasis only when asked; comments in code blocks of the
languages listed in ``checkCodeComment``.

Options:
    rulePaths: prh YAML files; relative paths start at the config file's folder
               (else the working directory), ``~`` is the home folder
    ruleContents: prh YAML given inline (strings)
    checkLink, checkBlockQuote, checkEmphasis: also check that text (default false)
    checkHeader, checkParagraph: check that text (default true)
    checkCodeComment: code block languages whose // and /* */ comments are checked (default [])
    debug: accepted for compatibility (no effect)

    # prh.yml
    version: 1
    rules:
      - expected: JavaScript
    OK:  JavaScript を書く。
    NG:  Javascript を書く。   -> JavaScript
"""

from __future__ import annotations

import functools
import os

from postlint.prh import Engine, PrhError
from postlint.rules._textlint import inside, text_spans
from postlint.wordlist import base_dir, phrase_message

ID = "prh"
NODES = ("Document",)
OPTIONS = {
    "rulePaths": (list, type(None)), "ruleContents": ([str], type(None)), "checkLink": bool, "checkBlockQuote": bool,
    "checkEmphasis": bool, "checkHeader": bool, "checkParagraph": bool, "checkCodeComment": list,
    "debug": bool,
}
DEFAULTS = {
    "rulePaths": None, "ruleContents": None, "checkLink": False, "checkBlockQuote": False,
    "checkEmphasis": False, "checkHeader": True, "checkParagraph": True, "checkCodeComment": [],
    "debug": False,
}
FILE_LIST_OPTIONS = ("rulePaths",)  # prh files, from the config file's folder
FIXABLE = True
FIX_ONCE = True  # dictionary replacements applied to their own output would chain (大抵 → たいてい → と方いてい)


@functools.lru_cache(maxsize=32)
def _engine(paths: tuple, stamps: tuple, contents: tuple) -> Engine:
    engines = [Engine.from_file(p) for p in paths] + [Engine.from_yaml(str(c)) for c in contents]
    main = engines[0]
    for other in engines[1:]:
        main.merge(other)
    return main


def engine_for(opts: dict, folder: str) -> Engine:
    paths = tuple(os.path.join(folder, os.path.expanduser(str(p))) for p in opts["rulePaths"] or ())
    stamps = tuple(os.stat(p).st_mtime if os.path.exists(p) else None for p in paths)
    return _engine(paths, stamps, tuple(opts["ruleContents"] or ()))


def check_options(opts: dict) -> None:
    """Read the dictionaries when the config loads: a missing or broken one is a config error
    (textlint stops with an error too), not a problem reported in every post."""
    if opts["rulePaths"] or opts["ruleContents"]:
        engine_for(opts, os.getcwd())  # paths from the config file's folder by now


def _ignored_types(opts: dict) -> tuple:
    flags = (("checkLink", "Link"), ("checkBlockQuote", "BlockQuote"), ("checkEmphasis", "Emphasis"),
             ("checkHeader", "Header"), ("checkParagraph", "Paragraph"))
    return tuple(kind for key, kind in flags if not opts[key])


def _report(ctx, engine: Engine, text: str, base: int, rules):
    for change in engine.changes(text, rules=rules):
        start, end = base + change.start, base + change.end
        yield ctx.report(start, start + 1, phrase_message(change.actual, change.expected, change.note),
                         fix=ctx.fix(start, end, change.expected))


def check(node, opts, ctx):
    if opts["rulePaths"] is None and opts["ruleContents"] is None:
        yield ctx.report(0, 0, "prh: no dictionary given; set the rulePaths option (a list of prh YAML files)")
        return
    if not (opts["rulePaths"] or opts["ruleContents"]):
        return
    try:
        engine = engine_for(opts, base_dir(ctx))
    except PrhError as exc:
        yield ctx.report(0, 0, f"prh: {exc}")
        return
    yield from check_with(engine, node, opts, ctx)


def check_with(engine: Engine, node, opts: dict, ctx):
    """The problems ``engine``'s dictionary finds in the Document ``node``, with this rule's
    options ``opts`` (what is read: headings, links, code comments...); a rule whose
    dictionary is built in (smarthr-idiomatic-usage, aws-service-name) calls it too."""
    ignored = _ignored_types(opts)
    langs = set(opts["checkCodeComment"] or ())
    pieces = []  # (text, file offset) of every text the dictionary is applied to
    for child in node.walk():
        if child.type == "Str":
            # textlint's names: [text][ref] is a LinkReference, checked; a bare URL is a Link
            if inside(child, ctx.text, *ignored):
                continue
            spans = text_spans(child, ctx) if "Link" in ignored else ((child.start, child.end),)
            pieces.extend((ctx.text[start:end], start) for start, end in spans)
        elif child.type == "CodeBlock" and langs and child.data.get("lang") in langs:
            code, offset = _code_of(ctx.text, child)
            pieces.extend((code[start:end], offset + start) for start, end in js_comments(code))
    rules = engine.candidates("\n\n".join(text for text, _ in pieces))
    for text, offset in pieces:
        yield from _report(ctx, engine, text, offset, rules)


def _code_of(text: str, node) -> tuple[str, int]:
    """The code inside a fenced block and the file offset where it starts."""
    raw = text[node.start:node.end]
    first = raw.find("\n") + 1
    last = raw.rfind("\n") + 1
    if first <= 0 or last <= first:
        return "", node.start
    return raw[first:last], node.start + first


def js_comments(code: str) -> list[tuple[int, int]]:
    """The bodies (without ``//``, ``/*``, ``*/``) of JavaScript comments in ``code``.

    A small scanner: strings, template literals and regex literals are skipped
    so that ``"//"`` in a string is not a comment.
    """
    out = []
    i, n = 0, len(code)
    prev = ""  # last significant character, to tell a regex from a division
    while i < n:
        c = code[i]
        if code.startswith("//", i):
            end = code.find("\n", i)
            end = n if end < 0 else end
            out.append((i + 2, end))
            i = end
        elif code.startswith("/*", i):
            end = code.find("*/", i + 2)
            out.append((i + 2, n if end < 0 else end))
            i = n if end < 0 else end + 2
        elif c in "'\"`":
            i += 1
            while i < n and code[i] != c:
                if code[i] == "\\":
                    i += 1
                elif c != "`" and code[i] == "\n":
                    break
                i += 1
            i += 1
            prev = c
        elif c == "/" and (not prev or prev in "(,=:[!&|?{};+-*%<>~^"):
            i += 1
            in_class = False
            while i < n and code[i] != "\n":
                if code[i] == "\\":
                    i += 1
                elif code[i] == "[":
                    in_class = True
                elif code[i] == "]":
                    in_class = False
                elif code[i] == "/" and not in_class:
                    break
                i += 1
            i += 1
            prev = "/"
        else:
            if not c.isspace():
                prev = c
            i += 1
    return out

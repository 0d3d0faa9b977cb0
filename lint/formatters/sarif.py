"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; ``tool.driver.rules`` describes every rule that reported something
(short description = the first line of the rule module's docstring, full
description = the whole docstring; ``helpUri`` when $POSTLINT_DOCS_URL names
where the rule pages are published).  Regions are 1-based lines, counted by line feeds
(SARIF's default ``newlineSequences``: a U+2028 or a lone CR ends no line), and 1-based
columns in UTF-16 code units (``columnKind: utf16CodeUnits``); file URIs are
relative to the current folder (``uriBaseId: %SRCROOT%``) when inside it.
Severity: error -> ``error``, warning -> ``warning``, info -> ``note``.  Safe
fixes and suggestions become ``fixes`` (suggestions say so).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from postlint import __version__
from postlint.formatters import FileResult
from postlint.formatters._common import LEVELS, description, docs_href, fixable, relative_path, span, summary

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"


def _artifact(path: str) -> dict:
    shown = relative_path(path)
    if shown.startswith("<"):
        return {"uri": quote(shown.strip("<>"))}
    if shown.startswith("/"):
        return {"uri": Path(shown).as_uri()}
    return {"uri": quote(shown), "uriBaseId": SRCROOT}


def _rule(rule_id: str) -> dict:
    text = description(rule_id)
    rule = {
        "id": rule_id,
        "shortDescription": {"text": summary(rule_id)},
        "fullDescription": {"text": text},
        "help": {"text": text},
        "properties": {"fixable": fixable(rule_id)},
    }
    href = docs_href(rule_id, os.environ.get("POSTLINT_DOCS_URL"))
    if href:
        rule["helpUri"] = href
    return rule


def _region(line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _fix(result: FileResult, problem, artifact: dict) -> dict:
    fix = problem.fix
    source = result.source
    if source is not None:
        line, col = source.git_position(fix.start)
        end_line, end_col = source.git_position(fix.end)
        region = _region(line, col + 1, end_line, end_col + 1)
    else:
        region = _region(*span(result, problem, git=True))
    what = "Replace with" if fix.text else "Delete"
    text = f"{what} {fix.text!r}" if fix.text else what
    if not fix.safe:
        text = f"Suggestion (not applied by --fix): {text}"
    return {"description": {"text": text},
            "artifactChanges": [{"artifactLocation": artifact,
                                 "replacements": [{"deletedRegion": region, "insertedContent": {"text": fix.text}}]}]}


def render(results: list[FileResult], color: bool = False) -> str:
    rule_index: dict[str, int] = {}
    rules: list[dict] = []
    out_results: list[dict] = []
    for result in results:
        artifact = _artifact(result.path)
        for p in result.problems:
            if p.rule_id not in rule_index:
                rule_index[p.rule_id] = len(rules)
                rules.append(_rule(p.rule_id))
            entry = {
                "ruleId": p.rule_id,
                "ruleIndex": rule_index[p.rule_id],
                "level": LEVELS[p.severity],
                "message": {"text": p.message},
                "locations": [{"physicalLocation": {"artifactLocation": artifact,
                                                    "region": _region(*span(result, p, git=True))}}],
            }
            if p.fix is not None:
                entry["fixes"] = [_fix(result, p, artifact)]
            out_results.append(entry)
    run = {
        "tool": {"driver": {"name": "postlint", "version": __version__, "semanticVersion": __version__,
                            "rules": rules}},
        "originalUriBaseIds": {SRCROOT: {"uri": Path(os.getcwd()).as_uri() + "/"}},
        "columnKind": "utf16CodeUnits",
        "results": out_results,
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"

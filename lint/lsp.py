"""``postlint lsp``: a language server over stdio, for any editor with an LSP client.

Diagnostics are published when a document is opened or saved, and when it
changes: a change after a pause is linted at once, a change that follows another
within ``debounceMs`` waits ``debounceMs`` (a burst -- a paste, fast typing, an
editor applying many edits -- is linted once, after it); a lint still running when
the text changes again is discarded, never published stale.  Positions are
0-based lines and UTF-16 code units, as LSP requires (UTF-8 or UTF-32 when the
client negotiates them); lines are split on CR, LF and CRLF only, as LSP does.

Each diagnostic carries ``code`` = the rule id, ``codeDescription.href`` = the
rule's page (``docs/rules/<id>.md``), ``source`` = "postlint" and the severity
(error, warning, information).  Code actions: a quick fix per fixable problem
("Apply suggestion" for fixes ``--fix`` would not apply), "Fix all <rule>
problems" when a rule has several, and "Fix all postlint problems"
(``source.fixAll.postlint``, what ``editor.codeActionsOnSave`` asks for), which
runs the same fix loop as ``postlint --fix``.

Configuration is found per document as on the command line (the nearest
``.postlintrc.yml`` / ``.textlintrc*`` above the file; a document without a file
looks from the first workspace folder, or the current folder), kept for the
whole session and reloaded when its file changes (``workspace/didChangeWatchedFiles``
when the client offers it, and a modification-time check before every lint).
A document that the ignore file (``.postlintignore`` / ``.textlintignore``) of its
workspace folder names gets no diagnostics, as the command leaves it out.
The taggers load once, in the background, right after ``initialized``.

Settings (``initializationOptions``, or ``{"postlint": {...}}`` through
``workspace/didChangeConfiguration``)::

    configPath    a config file to use for every document (like --config)
    docsBaseUrl   base of rule pages, e.g. https://example.org/postlint/docs/rules/
                  (default: the docs/rules/ folder of a source checkout, as a file URI;
                  env POSTLINT_DOCS_URL also sets it)
    debounceMs    changes closer together than this are linted once, this long after
                  the last of them (default 25)
    lintOnChange  false: lint only on open and save (default true)
    unsafeFixes   "Fix all" also applies suggestions (default false)
    javascriptConfig  false: never run a .textlintrc.js / .textlintrc.cjs found in the
                  workspace, which is code (a document under one gets the error instead);
                  default true, as textlint runs them, unless env POSTLINT_JS_CONFIG=off
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import logging
import os
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from postlint import __version__
from postlint.config import (CONFIG_NAMES, MARKDOWN_SUFFIXES, MDX_SUFFIXES, PACKAGE_JSON, TEXT_SUFFIXES, Config,
                             ConfigError, find_config, load, with_rules)
from postlint.engine import rulesdir_rules, use_rulesdir
from postlint.formatters._common import default_docs_base, docs_href, is_inside
from postlint.globs import IGNORE_FILES
from postlint.rule import Fix, Problem, Severity
from postlint.source import Source, SourceError, refuse_text_if_too_large

log = logging.getLogger("postlint.lsp")

SOURCE = "postlint"
FIX_ALL_KIND = f"{lsp.CodeActionKind.SourceFixAll.value}.postlint"
CONFIG_RULE = "config"
WATCHED_NAMES = (*CONFIG_NAMES, PACKAGE_JSON, *IGNORE_FILES)  # files whose change re-lints every open document
DEFAULT_SETTINGS = {
    "configPath": None,
    "docsBaseUrl": None,
    "debounceMs": 25,
    "lintOnChange": True,
    "unsafeFixes": False,
    "javascriptConfig": True,
}
SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}
_LSP_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BOM_UNITS = {"utf-8": 3, "utf-16": 1, "utf-32": 1}


# -- positions -------------------------------------------------------------------

class Positions:
    """LSP positions of ``str`` offsets into a :class:`Source`.

    ``encoding`` is the negotiated unit: "utf-16" (LSP's default), "utf-8" or
    "utf-32".  A BOM that the client kept in its text shifts line 0 by one
    character (``Source`` drops it).

    >>> pos = Positions(Source.from_text("a😀b\\r\\n𠮷x"))
    >>> [(p.line, p.character) for p in (pos.at(2), pos.at(6))]
    [(0, 3), (1, 2)]
    """

    def __init__(self, source: Source, encoding: str = "utf-16"):
        self.source = source
        self.encoding = encoding
        self.starts = [0] + [m.end() for m in _LSP_LINE_BREAK.finditer(source.text)]
        self.bom = _BOM_UNITS.get(encoding, 1) if source.bom else 0

    def at(self, offset: int) -> lsp.Position:
        text = self.source.text
        offset = max(0, min(offset, len(text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        if self.encoding == "utf-32":
            character = offset - start
        elif self.encoding == "utf-8":
            character = len(text[start:offset].encode("utf-8", "surrogatepass"))
        else:
            character = self.source.utf16(offset) - self.source.utf16(start)
        return lsp.Position(line=line, character=character + (self.bom if line == 0 else 0))

    def range(self, start: int, end: int) -> lsp.Range:
        return lsp.Range(start=self.at(start), end=self.at(end))


_LINE_END = re.compile(r"[\r\n]")


def _overlaps(a: lsp.Range, b: lsp.Range) -> bool:
    def key(p: lsp.Position):
        return p.line, p.character

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


# -- configuration -------------------------------------------------------------------

def _stamp(path: Path | None):
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return "missing"
    return st.st_mtime_ns, st.st_size


class ConfigStore:
    """Configs for the whole session, one per config file, reloaded when it changes."""

    def __init__(self, on_load=None, folders=None):
        self.explicit: str | None = None
        self.on_load = on_load  # called with each freshly loaded Config
        self._loaded: dict[str | None, tuple[Any, Config | ConfigError]] = {}
        self.folders = folders or list  # () -> the workspace folders, where ignore files are looked for
        self._ignores: dict[str, tuple[Any, Any]] = {}  # folder -> (stamp, postlint.globs.Ignore)

    def invalidate(self) -> None:
        self._loaded.clear()
        self._ignores.clear()

    def root_of(self, path: str) -> str:
        """The workspace folder holding ``path`` (the innermost), else the first one, else the
        folder the server started in."""
        roots = [os.path.abspath(r) for r in self.folders()]
        where = os.path.abspath(path)
        inside = [r for r in roots if is_inside(r, where)]
        return max(inside, key=len) if inside else (roots[0] if roots else os.getcwd())

    def ignored(self, path: str) -> bool:
        """Whether the ignore file of the document's workspace folder leaves ``path`` out:
        .postlintignore, else .textlintignore, there (the command reads it in the current
        folder), re-read when it changes; an unreadable one leaves nothing out."""
        from postlint.globs import Ignore, find_ignore_file

        root = self.root_of(path)
        found = find_ignore_file(root)
        stamp = (found, _stamp(Path(found)) if found else None)
        cached = self._ignores.get(root)
        if cached is None or cached[0] != stamp:
            try:
                ignore = Ignore.read(found, root) if found else Ignore(cwd=root)
            except (OSError, UnicodeDecodeError) as exc:
                log.warning("cannot read %s: %s", found, exc)
                ignore = Ignore(cwd=root)
            cached = self._ignores[root] = (stamp, ignore)
        return cached[1].ignored(path)

    def locate(self, look_from: str) -> Path | None:
        if self.explicit:
            return Path(self.explicit).expanduser()
        return find_config(look_from)

    def for_document(self, look_from: str) -> Config:
        """The config for a document at ``look_from``; raises :class:`ConfigError`."""
        found = self.locate(look_from)
        key = str(found) if found else None
        stamp = _stamp(found)
        cached = self._loaded.get(key)
        # an error is read again each time: it may name a data file (a dictionary) the user
        # has since written, which the config file's stamp does not see
        if cached is None or cached[0] != stamp or isinstance(cached[1], ConfigError):
            try:
                if found is not None and not found.is_file():
                    raise ConfigError(f"config file not found: {found}")
                result: Config | ConfigError = load(found)
                if rulesdir_rules():  # `postlint lsp --rulesdir DIR`: those rules too, as on the command line
                    result = with_rules(result, list(rulesdir_rules()))
            except ConfigError as exc:
                result = exc
            self._loaded[key] = (stamp, result)
            if isinstance(result, Config) and self.on_load is not None:
                self.on_load(result)
        result = self._loaded[key][1]
        if isinstance(result, ConfigError):
            raise result
        return result


# -- analysis ---------------------------------------------------------------------------

@dataclass
class Analysis:
    """Problems of one text of a document, with what is needed to place them."""

    text: str
    source: Source
    problems: list[Problem]
    config: Config | None
    path: str
    error: str | None = None  # a config error, shown as one diagnostic


def analyse(text: str, path: str, configs: ConfigStore, look_from: str) -> Analysis:
    from postlint.engine import lint, parse_problem

    source = Source.from_text(text, path)
    try:
        config = configs.for_document(look_from)
    except ConfigError as exc:
        return Analysis(text, source, [], None, path, error=str(exc))
    if configs.ignored(path):
        return Analysis(text, source, [], config, path)
    try:
        refuse_text_if_too_large(text)
    except SourceError as exc:  # as the command line refuses the file: minutes of work at each change
        return Analysis(text, source, [parse_problem(source, exc)], config, path)
    problems = lint(source, config) if source.text.strip() else []
    return Analysis(text, source, problems, config, path)


@dataclass
class DocState:
    task: asyncio.Task | None = None
    analysis: Analysis | None = None
    running: tuple[str, asyncio.Future] | None = None  # the text being linted, and its lint
    last_change: float = float("-inf")  # event-loop time of the latest didChange


# -- the server ------------------------------------------------------------------------

class PostlintServer(LanguageServer):
    def __init__(self):
        super().__init__(SOURCE, __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.settings: dict[str, Any] = dict(DEFAULT_SETTINGS)
        self.settings["docsBaseUrl"] = default_docs_base()
        self.configs = ConfigStore(on_load=self._config_loaded, folders=self.workspace_folders)
        self.docs: dict[str, DocState] = {}
        # one worker: lints run one at a time, off the event loop, on one set of taggers
        self.linter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postlint-lint")
        self.shown_errors: set[str] = set()

    # -- settings -------------------------------------------------------------------
    def update_settings(self, values: Any) -> None:
        if not isinstance(values, dict):
            return
        if isinstance(values.get("postlint"), dict):
            values = values["postlint"]
        for key in DEFAULT_SETTINGS:
            if key in values:
                self.settings[key] = values[key]
        if not self.settings.get("docsBaseUrl"):
            self.settings["docsBaseUrl"] = default_docs_base()
        self.configs.explicit = self.settings.get("configPath") or None
        self._javascript_configs()
        self.configs.invalidate()

    # `postlint lsp --no-js-config`: no setting turns JavaScript configs back on
    javascript_configs_forbidden = False

    def _javascript_configs(self) -> None:
        """The javascriptConfig setting: false forbids them; true leaves it to POSTLINT_JS_CONFIG."""
        from postlint import jsconfig

        forbidden = self.javascript_configs_forbidden or self.settings.get("javascriptConfig") is False
        jsconfig.set_allowed(False if forbidden else None)

    @property
    def encoding(self) -> str:
        try:
            kind = self.workspace.position_encoding
        except Exception:  # before initialize
            kind = None
        return str(getattr(kind, "value", kind) or "utf-16")

    def _config_loaded(self, config: Config) -> None:
        for warning in config.warnings:
            self.window_log_message(lsp.LogMessageParams(
                type=lsp.MessageType.Warning, message=f"postlint: {config.path or 'config'}: {warning}"))

    # -- documents ----------------------------------------------------------------------
    def where(self, uri: str, language_id: str | None) -> tuple[str, str]:
        """(path given to the rules, place to look for the config) of a document."""
        path = to_fs_path(uri)
        if path:
            return path, path
        root = self.workspace_root() or os.getcwd()
        suffix = {"plaintext": ".txt", "mdx": ".mdx"}.get(language_id or "", ".md")
        name = re.sub(r"[^\w.-]+", "_", uri.rsplit("/", 1)[-1]) or "untitled"
        if not name.lower().endswith(MARKDOWN_SUFFIXES + TEXT_SUFFIXES + MDX_SUFFIXES):
            name += suffix
        return os.path.join(root, name), os.path.join(root, name)

    def workspace_root(self) -> str | None:
        """The first workspace folder (or the client's root path), when the client gave one."""
        folders = self.workspace_folders()
        return folders[0] if folders else None

    def workspace_folders(self) -> list[str]:
        """The workspace folders (or the client's root path) the client gave, as paths."""
        if not self._workspace_ready():
            return []
        folders = [path for path in (to_fs_path(f.uri) for f in self.workspace.folders.values()) if path]
        return folders or ([self.workspace.root_path] if self.workspace.root_path else [])

    def _workspace_ready(self) -> bool:
        try:
            self.workspace
        except Exception:
            return False
        return True

    def change_delay(self, state: DocState) -> float:
        """Seconds to wait before linting a change: none after a pause, ``debounceMs``
        within a burst of changes (leading and trailing debounce)."""
        debounce = max(0.0, float(self.settings.get("debounceMs") or 0)) / 1000
        now = asyncio.get_running_loop().time()
        in_burst = now - state.last_change < debounce
        state.last_change = now
        return debounce if in_burst else 0.0

    def schedule(self, uri: str, delay: float = 0.0) -> None:
        """Lint ``uri`` after ``delay`` seconds, replacing any lint still pending for it."""
        state = self.docs.setdefault(uri, DocState())
        if state.task is not None and not state.task.done():
            state.task.cancel()
        if state.running is not None and not state.running[1].done():
            state.running[1].cancel()  # dropped if still queued; one already running finishes unused
        state.task = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        try:
            analysis = await self.current_analysis(uri)
        except KeyError:  # closed meanwhile
            return
        except Exception as exc:  # never let one document take the server down
            log.exception("linting %s failed", uri)
            analysis = None
            self.window_log_message(lsp.LogMessageParams(
                type=lsp.MessageType.Error, message=f"postlint: linting {uri} failed: {type(exc).__name__}: {exc}"))
        if analysis is not None:
            self.publish(uri, analysis)

    async def current_analysis(self, uri: str) -> Analysis | None:
        """The analysis of the document's current text, computed when missing.

        A lint of the same text already under way is shared, not repeated.
        None when the text changed while linting (a newer lint will publish);
        KeyError when the document is not open.
        """
        while True:
            state = self.docs.get(uri)
            if state is None:
                raise KeyError(uri)
            doc = self.workspace.get_text_document(uri)
            text = doc.source
            if state.analysis is not None and state.analysis.text == text:
                return state.analysis
            if state.running is None or state.running[0] != text or state.running[1].cancelled():
                path, look_from = self.where(uri, doc.language_id)
                future = asyncio.get_running_loop().run_in_executor(
                    self.linter, analyse, text, path, self.configs, look_from)
                state.running = (text, future)
            future = state.running[1]
            await asyncio.wait([future])  # cancelling this caller leaves the shared lint alone
            if future.cancelled():
                continue  # superseded by a newer text: analyse that one
            if state.running is not None and state.running[1] is future:
                state.running = None
            analysis = future.result()
            if self.docs.get(uri) is not state or self.workspace.get_text_document(uri).source != text:
                return None
            state.analysis = analysis
            return analysis

    def diagnostics(self, analysis: Analysis) -> list[lsp.Diagnostic]:
        if analysis.error:
            return [lsp.Diagnostic(
                range=lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=0, character=0)),
                message=f"postlint configuration error: {analysis.error}",
                severity=lsp.DiagnosticSeverity.Error, code=CONFIG_RULE, source=SOURCE)]
        positions = Positions(analysis.source, self.encoding)
        return [self.diagnostic(p, positions) for p in analysis.problems]

    def diagnostic(self, problem: Problem, positions: Positions) -> lsp.Diagnostic:
        href = docs_href(problem.rule_id, self.settings.get("docsBaseUrl"))
        data = None
        if problem.fix is not None:
            data = {"fix": "safe" if problem.fix.safe else "suggestion"}
        return lsp.Diagnostic(
            range=positions.range(problem.start, problem.end),
            message=problem.message,
            severity=SEVERITY.get(problem.severity, lsp.DiagnosticSeverity.Error),
            code=problem.rule_id,
            code_description=lsp.CodeDescription(href=href) if href else None,
            source=SOURCE,
            data=data,
        )

    def publish(self, uri: str, analysis: Analysis) -> None:
        doc = self.workspace.get_text_document(uri)
        if analysis.error and analysis.error not in self.shown_errors:
            self.shown_errors.add(analysis.error)
            self.window_show_message(lsp.ShowMessageParams(
                type=lsp.MessageType.Error, message=f"postlint: {analysis.error}"))
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
            uri=uri, version=doc.version, diagnostics=self.diagnostics(analysis)))

    def close(self, uri: str) -> None:
        state = self.docs.pop(uri, None)
        if state is not None and state.task is not None:
            state.task.cancel()
        if state is not None and state.running is not None:
            state.running[1].cancel()
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def relint_all(self) -> None:
        self.configs.invalidate()
        self.shown_errors.clear()
        for uri, state in self.docs.items():
            state.analysis = None
            self.schedule(uri)

    # -- code actions ------------------------------------------------------------------
    def _edit(self, uri: str, version: int | None, edits: list[lsp.TextEdit]) -> lsp.WorkspaceEdit:
        caps = self.client_capabilities
        versioned = bool(caps.workspace and caps.workspace.workspace_edit
                         and caps.workspace.workspace_edit.document_changes)
        if versioned:
            return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(
                text_document=lsp.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version),
                edits=edits)])
        return lsp.WorkspaceEdit(changes={uri: edits})

    def _fix_edit(self, positions: Positions, fix: Fix) -> lsp.TextEdit:
        start, end, new_text = _whole_line_breaks(positions.source.text, fix.start, fix.end, fix.text)
        return lsp.TextEdit(range=positions.range(start, end), new_text=new_text)

    def code_actions(self, uri: str, analysis: Analysis, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        """Quick fixes for the fixable problems in the range; "fix all" when asked or beside them;
        "disable this rule around this block" for any problem there when the comments filter is on."""
        only = [str(getattr(k, "value", k)) for k in (params.context.only or [])]
        want_quickfix = not only or any(lsp.CodeActionKind.QuickFix.value.startswith(k) for k in only)
        want_fix_all = not only or any(FIX_ALL_KIND.startswith(k) for k in only)
        version = self.workspace.get_text_document(uri).version
        positions = Positions(analysis.source, self.encoding)
        disable = self._disable_actions(uri, version, analysis, positions, params.range) if want_quickfix else []
        fixable = [p for p in analysis.problems if p.fix is not None]
        if not fixable:
            return disable
        quick: list[lsp.CodeAction] = []
        rules_here: list[str] = []
        for p in fixable if want_quickfix else ():
            diagnostic = self.diagnostic(p, positions)
            if not _overlaps(diagnostic.range, params.range):
                continue
            verb = "Fix" if p.fix.safe else "Apply suggestion"
            shown = p.fix.text.replace("\r", "").replace("\n", "⏎")
            shown = shown if len(shown) <= 24 else shown[:23] + "…"
            what = f"replace with “{shown}”" if p.fix.text else "delete"
            quick.append(lsp.CodeAction(
                title=f"{verb}: {what} ({p.rule_id})", kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[diagnostic], is_preferred=p.fix.safe,
                edit=self._edit(uri, version, [self._fix_edit(positions, p.fix)])))
            if p.fix.safe and p.rule_id not in rules_here:
                rules_here.append(p.rule_id)
        for rule_id in rules_here:
            if sum(1 for p in fixable if p.rule_id == rule_id and p.fix.safe) > 1:
                quick.append(lsp.CodeAction(
                    title=f"Fix all {rule_id} problems in this file", kind=lsp.CodeActionKind.QuickFix,
                    data={"uri": uri, "version": version, "rule": rule_id}))
        unsafe = bool(self.settings.get("unsafeFixes"))
        asked = bool(only) and want_fix_all  # e.g. codeActionsOnSave: source.fixAll
        if (asked or (want_fix_all and quick)) and any(p.fix.safe or unsafe for p in fixable):
            quick.append(lsp.CodeAction(
                title="Fix all postlint problems", kind=FIX_ALL_KIND if asked else lsp.CodeActionKind.QuickFix,
                data={"uri": uri, "version": version, "rule": None}))
        return quick + disable

    def _disable_actions(self, uri: str, version, analysis: Analysis, positions: Positions,
                         where: lsp.Range) -> list[lsp.CodeAction]:
        """For each rule with a problem in ``where``: put the config's disable and enable comments
        around the top-level block the problem lies in (blank lines around them), so that the
        comments filter silences that rule there, as ESLint's "disable for this line" does."""
        from postlint.engine import syntax_of

        config = analysis.config
        syntax = syntax_of(analysis.path, config) if config is not None else "text"
        if config is None or not config.comments_filter or syntax == "text":
            return []  # (plain text has no comments)
        in_range = [p for p in analysis.problems if _overlaps(self.diagnostic(p, positions).range, where)]
        if not in_range:
            return []
        from postlint.markdown import parse

        text = analysis.source.text
        try:
            doc = parse(analysis.source, syntax=syntax)
        except ValueError:  # (MDX that cannot be parsed)
            return []
        opening, closing = ("{/* ", " */}") if syntax == "mdx" else ("<!-- ", " -->")
        blocks = [(n.start, n.end) for n in doc.children if n.type != "Yaml"]
        doc.release()
        enable, disable = config.comment_words
        actions, seen = [], set()
        for p in in_range:
            block = next(((a, b) for a, b in blocks if a <= p.start and p.end <= b), None)
            if block is None or (p.rule_id, block) in seen:
                continue  # (in the front matter, or across blocks)
            seen.add((p.rule_id, block))
            start = max(text.rfind("\n", 0, block[0]), text.rfind("\r", 0, block[0])) + 1  # its first line's
            line_end = _LINE_END.search(text, max(block[1] - 1, block[0]))  # its last line's end
            end = line_end.start() if line_end else len(text)
            nl = analysis.source.newline
            edits = [lsp.TextEdit(range=positions.range(start, start),
                                  new_text=f"{opening}{disable} {p.rule_id}{closing}{nl}{nl}"),
                     lsp.TextEdit(range=positions.range(end, end),
                                  new_text=f"{nl}{nl}{opening}{enable} {p.rule_id}{closing}")]
            actions.append(lsp.CodeAction(
                title=f"Disable {p.rule_id} for this block (a {disable} comment)", kind=lsp.CodeActionKind.QuickFix,
                diagnostics=[self.diagnostic(p, positions)], edit=self._edit(uri, version, edits)))
        return actions

    def can_resolve_edits(self) -> bool:
        caps = self.client_capabilities
        action = caps.text_document and caps.text_document.code_action
        support = action and action.resolve_support
        return bool(support and "edit" in support.properties)

    async def resolve(self, action: lsp.CodeAction) -> lsp.CodeAction:
        """Fill in the edit of a "fix all" action: the same loop as ``postlint --fix``."""
        data = action.data if isinstance(action.data, dict) else {}
        uri = data.get("uri")
        if not uri or action.edit is not None:
            return action
        try:
            analysis = await self.current_analysis(uri)
        except KeyError:
            return action
        if analysis is None or analysis.config is None:
            return action
        doc = self.workspace.get_text_document(uri)
        rule = data.get("rule")
        only = [rule] if rule else []
        unsafe = bool(self.settings.get("unsafeFixes")) and not rule
        loop = asyncio.get_running_loop()
        from postlint.fixer import fix_text

        fixed, _, _ = await loop.run_in_executor(
            self.linter, lambda: fix_text(analysis.source.text, analysis.path, analysis.config,
                                          unsafe=unsafe, only=only))
        if fixed == analysis.source.text:
            return action
        action.edit = self._edit(uri, doc.version, [minimal_edit(analysis.source, fixed, self.encoding)])
        return action


def minimal_edit(source: Source, fixed: str, encoding: str = "utf-16") -> lsp.TextEdit:
    """One edit replacing only the span between the common prefix and suffix."""
    text = source.text
    prefix = 0
    limit = min(len(text), len(fixed))
    while prefix < limit and text[prefix] == fixed[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and text[len(text) - 1 - suffix] == fixed[len(fixed) - 1 - suffix]:
        suffix += 1
    start, end, new_text = _whole_line_breaks(text, prefix, len(text) - suffix, fixed[prefix:len(fixed) - suffix])
    return lsp.TextEdit(range=Positions(source, encoding).range(start, end), new_text=new_text)


def _whole_line_breaks(text: str, start: int, end: int, new_text: str) -> tuple[int, int, str]:
    """The replacement of ``text[start:end]`` by ``new_text``, widened so that neither end
    falls between the CR and LF of a line break: a client reads such a position as the end
    of the line's text, before the CR.

    >>> _whole_line_breaks("a\\r\\nb", 2, 2, "x")   # put between CR and LF
    (1, 3, '\\rx\\n')
    """
    if 0 < start < len(text) and text[start - 1] == "\r" and text[start] == "\n":
        start, new_text = start - 1, "\r" + new_text
    if 0 < end < len(text) and text[end - 1] == "\r" and text[end] == "\n":
        end, new_text = end + 1, new_text + "\n"
    return start, end, new_text


def build_server() -> PostlintServer:
    server = PostlintServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: PostlintServer, params: lsp.InitializeParams):
        ls.update_settings(params.initialization_options or {})

    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: PostlintServer, params: lsp.InitializedParams):
        loop = asyncio.get_running_loop()
        loop.run_in_executor(ls.linter, _warm_up)
        caps = ls.client_capabilities.workspace
        watch = caps and caps.did_change_watched_files
        if watch and watch.dynamic_registration:
            watchers = [lsp.FileSystemWatcher(glob_pattern=f"**/{name}") for name in WATCHED_NAMES]
            try:
                await ls.client_register_capability_async(lsp.RegistrationParams(registrations=[
                    lsp.Registration(id="postlint-config-watch", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                     register_options=lsp.DidChangeWatchedFilesRegistrationOptions(
                                         watchers=watchers))]))
            except Exception as exc:  # the mtime check still catches config edits
                log.warning("could not register config watchers: %s", exc)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: PostlintServer, params: lsp.DidOpenTextDocumentParams):
        ls.docs[params.text_document.uri] = DocState()
        ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: PostlintServer, params: lsp.DidChangeTextDocumentParams):
        uri = params.text_document.uri
        if uri in ls.docs and ls.settings.get("lintOnChange", True):
            ls.schedule(uri, ls.change_delay(ls.docs[uri]))

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    def did_save(ls: PostlintServer, params: lsp.DidSaveTextDocumentParams):
        if params.text_document.uri in ls.docs:
            state = ls.docs[params.text_document.uri]
            state.analysis = None  # the file name or a config beside it may matter now
            ls.schedule(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: PostlintServer, params: lsp.DidCloseTextDocumentParams):
        ls.close(params.text_document.uri)

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched(ls: PostlintServer, params: lsp.DidChangeWatchedFilesParams):
        if any(change.uri.rsplit("/", 1)[-1] in WATCHED_NAMES for change in params.changes):
            ls.relint_all()

    @server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(ls: PostlintServer, params: lsp.DidChangeConfigurationParams):
        ls.update_settings(params.settings or {})
        ls.relint_all()

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=True))
    async def code_action(ls: PostlintServer, params: lsp.CodeActionParams):
        uri = params.text_document.uri
        try:
            analysis = await ls.current_analysis(uri)
        except KeyError:
            return None
        if analysis is None or analysis.config is None:
            return None
        actions = ls.code_actions(uri, analysis, params)
        if not ls.can_resolve_edits():
            actions = [await ls.resolve(a) if a.edit is None else a for a in actions]
            actions = [a for a in actions if a.edit is not None]
        return actions or None

    @server.feature(lsp.CODE_ACTION_RESOLVE)
    async def code_action_resolve(ls: PostlintServer, action: lsp.CodeAction):
        return await ls.resolve(action)

    return server


def _warm_up() -> None:
    """Load the rules and both taggers before the first real document arrives."""
    try:
        from postlint.engine import lint, load_rule, rule_ids
        from postlint.morph import tokens

        for rule_id in rule_ids():
            load_rule(rule_id)
        tokens("日本語の文です。", "ipadic")
        tokens("日本語の文です。", "unidic")
        from postlint.config import recommended

        lint(Source.from_text("# 見出し\n\n本文です。\n", "warm-up.md"), recommended())
    except Exception as exc:  # never fatal: the first lint will say what is wrong
        log.warning("warm-up failed: %s", exc)


def serve(argv: list[str] | None = None) -> int:
    """Run the server on stdin/stdout until the client says exit."""
    parser = argparse.ArgumentParser(prog="postlint lsp", description="postlint language server (stdio)")
    parser.add_argument("--stdio", action="store_true", help="talk over stdin/stdout (the default and only mode)")
    parser.add_argument("--log-file", metavar="FILE", help="write the server's log to FILE")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    parser.add_argument("--rulesdir", action="append", default=[], metavar="DIR",
                        help="also run the rules of DIR, as `postlint --rulesdir DIR` does")
    parser.add_argument("--no-js-config", action="store_true",
                        help="never run a JavaScript config (.textlintrc.js, .textlintrc.cjs), whatever the "
                             "client's settings say: for folders you do not trust")
    args = parser.parse_args(argv or [])
    if args.rulesdir:
        try:
            for warning in use_rulesdir(args.rulesdir):
                print(f"postlint lsp: warning: {warning}", file=sys.stderr)
        except ValueError as exc:
            parser.error(str(exc))
    if args.log_file or args.verbose:
        logging.basicConfig(filename=args.log_file, level=logging.DEBUG if args.verbose else logging.INFO,
                            format="%(asctime)s %(name)s %(levelname)s %(message)s")
    server = build_server()
    if args.no_js_config:
        server.javascript_configs_forbidden = True
        server._javascript_configs()
    code = 0
    try:
        server.start_io()
    except SystemExit as exc:  # the client's exit notification
        code = exc.code if isinstance(exc.code, int) else 0
    # leave at once: a thread may still be blocked reading stdin or linting
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(serve(sys.argv[1:]))

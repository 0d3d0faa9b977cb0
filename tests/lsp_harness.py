"""Drive ``postlint lsp`` as a real subprocess with pygls's language client.

Used by tests/test_lsp.py and bench/lsp_latency.py.  The server is started as a
user's editor would start it: ``python -m postlint lsp``.
"""

from __future__ import annotations

import asyncio
import os
import re
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient


def server_command() -> list[str]:
    """How an editor starts the server (POSTLINT_LSP_COMMAND overrides it, e.g. to profile it)."""
    if os.environ.get("POSTLINT_LSP_COMMAND"):
        return os.environ["POSTLINT_LSP_COMMAND"].split()
    return [sys.executable, "-m", "postlint", "lsp"]


def client_capabilities(resolve: bool = False, versioned: bool = True) -> lsp.ClientCapabilities:
    return lsp.ClientCapabilities(
        general=lsp.GeneralClientCapabilities(position_encodings=[lsp.PositionEncodingKind.Utf16]),
        workspace=lsp.WorkspaceClientCapabilities(
            workspace_edit=lsp.WorkspaceEditClientCapabilities(document_changes=versioned),
            did_change_watched_files=lsp.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
        ),
        text_document=lsp.TextDocumentClientCapabilities(
            publish_diagnostics=lsp.PublishDiagnosticsClientCapabilities(version_support=True,
                                                                         code_description_support=True),
            code_action=lsp.CodeActionClientCapabilities(
                code_action_literal_support=lsp.ClientCodeActionLiteralOptions(
                    code_action_kind=lsp.ClientCodeActionKindOptions(value_set=list(lsp.CodeActionKind))),
                resolve_support=lsp.ClientCodeActionResolveOptions(properties=["edit"]) if resolve else None,
                data_support=True,
            ),
        ),
    )


class Session:
    """One server process, one client; diagnostics collected as they arrive."""

    def __init__(self, env: dict | None = None, cwd: str | None = None, server_args: tuple = ()):
        self.client = LanguageClient("postlint-tests", "0")
        self.env = env
        self.cwd = cwd
        self.server_args = server_args  # after `postlint lsp`
        self.published: asyncio.Queue = asyncio.Queue()
        self.latest: dict[str, lsp.PublishDiagnosticsParams] = {}
        self.registrations: list[lsp.Registration] = []
        self.messages: list[str] = []
        self.versions: dict[str, int] = {}

        @self.client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def on_diagnostics(params: lsp.PublishDiagnosticsParams):
            self.latest[params.uri] = params
            self.published.put_nowait((time.perf_counter(), params))

        @self.client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
        def on_register(params: lsp.RegistrationParams):
            self.registrations.extend(params.registrations)

        @self.client.feature(lsp.WINDOW_SHOW_MESSAGE)
        def on_show(params: lsp.ShowMessageParams):
            self.messages.append(params.message)

        @self.client.feature(lsp.WINDOW_LOG_MESSAGE)
        def on_log(params: lsp.LogMessageParams):
            self.messages.append(params.message)

    async def start(self, root: Path | None = None, options: dict | None = None, **caps) -> lsp.InitializeResult:
        env = dict(os.environ if self.env is None else self.env)
        command = [*server_command(), *self.server_args]
        await self.client.start_io(command[0], *command[1:], env=env, cwd=self.cwd)
        result = await self.client.initialize_async(lsp.InitializeParams(
            process_id=os.getpid(),
            capabilities=client_capabilities(**caps),
            root_uri=root.as_uri() if root else None,
            workspace_folders=[lsp.WorkspaceFolder(uri=root.as_uri(), name=root.name)] if root else None,
            initialization_options=options,
        ))
        self.client.initialized(lsp.InitializedParams())
        return result

    async def stop(self) -> None:
        try:
            await asyncio.wait_for(self.client.shutdown_async(None), 10)
            self.client.exit(None)
        finally:
            await asyncio.wait_for(self.client.stop(), 10)

    # -- documents -----------------------------------------------------------------
    def open(self, uri: str, text: str, language: str = "markdown") -> None:
        self.versions[uri] = 1
        self.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
            text_document=lsp.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))

    def change(self, uri: str, text: str, range: lsp.Range | None = None) -> int:
        """Replace ``range`` (or the whole text) by ``text``; returns the new version."""
        self.versions[uri] += 1
        if range is None:
            change = lsp.TextDocumentContentChangeWholeDocument(text=text)
        else:
            change = lsp.TextDocumentContentChangePartial(range=range, text=text)
        self.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=uri, version=self.versions[uri]),
            content_changes=[change]))
        return self.versions[uri]

    async def diagnostics(self, uri: str, version: int | None = None, timeout: float = 60) -> list[lsp.Diagnostic]:
        """Wait for diagnostics of ``uri`` (of ``version``, when given)."""
        return list((await self.wait_published(uri, version, timeout))[1].diagnostics)

    async def wait_published(self, uri: str, version: int | None = None, timeout: float = 60):
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no diagnostics for {uri} version {version}")
            stamp, params = await asyncio.wait_for(self.published.get(), remaining)
            if params.uri == uri and (version is None or params.version == version):
                return stamp, params

    async def code_actions(self, uri: str, range: lsp.Range, diagnostics=(), only=None):
        return await self.client.text_document_code_action_async(lsp.CodeActionParams(
            text_document=lsp.TextDocumentIdentifier(uri=uri), range=range,
            context=lsp.CodeActionContext(diagnostics=list(diagnostics), only=only)))


def _lines(text: str) -> list[str]:
    """Lines as LSP counts them: broken at CR, LF and CRLF only."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text) or [""]


def apply_edits(text: str, edits: list[lsp.TextEdit]) -> str:
    """Apply LSP text edits (UTF-16 positions) to ``text``, as an editor does."""
    lines = _lines(text)

    def offset(pos: lsp.Position) -> int:
        before = sum(len(line) for line in lines[:pos.line])
        line = lines[pos.line] if pos.line < len(lines) else ""
        units = 0
        for i, ch in enumerate(line):
            if units >= pos.character:
                return before + i
            units += 2 if ord(ch) > 0xFFFF else 1
        return before + len(line.rstrip("\r\n")) if pos.line < len(lines) else before

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[end:]
        lines = _lines(text)
    return text


def edits_of(action: lsp.CodeAction, uri: str) -> list[lsp.TextEdit]:
    edit = action.edit
    if edit is None:
        return []
    if edit.document_changes:
        return [e for change in edit.document_changes if change.text_document.uri == uri for e in change.edits]
    return list((edit.changes or {}).get(uri, []))

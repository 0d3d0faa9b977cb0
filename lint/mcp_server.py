"""``postlint --mcp``: a Model Context Protocol server on stdio, as ``textlint --mcp`` is.

An AI agent (Claude Code, Cursor, VS Code's agent mode…) that has textlint's server
configured can use postlint's instead: the same four tools, with the same arguments and the
same results, textlint's JSON (offsets in UTF-16 code units):

- ``lintFile`` (``filePaths``): ``{"results": [{"filePath", "messages"}, …]}``;
- ``lintText`` (``text``, ``stdinFilename``): ``{"filePath"`` (the name as given), ``"messages"}``;
- ``getLintFixedFileContent`` (``filePaths``): ``{"results": [{"filePath", "output",
  "messages", "applyingMessages", "remainingMessages"}, …]}``, the files left as they are;
- ``getLintFixedTextContent`` (``text``, ``stdinFilename``): one such result.  As with
  ``--fix --format json``, ``remainingMessages`` are every rule's, not only the fixable
  rules' as in textlint.

Each result also says ``isError`` and ``timestamp``; a failure (a missing file, a blank
``stdinFilename``, a broken config) is ``{"results": [], "error", "type", "isError": true}``
with the tool call marked as an error.  An empty argument breaks the tools' input schemas,
which say none may be empty, as textlint's do: the SDK refuses the call with the reason.
The config is what the command line would use (``--config``, ``--rule``, ``--preset``…,
else the nearest config of each file, or of ``stdinFilename`` taken from the current
folder); the files the ignore file names (``--ignore-path``, else ``.postlintignore`` /
``.textlintignore`` here) get no result.

The protocol is the official MCP Python SDK's (``pip install 'postlint[mcp]'``).
"""

import datetime as _dt
import json
import os
import types

from postlint.source import read_bounded

_FIX_ARGS = types.SimpleNamespace(dry_run=True, unsafe_fixes=False, rule=[], format="json", quiet=False)


class Tools:
    """The four tools' work, without the protocol (the server wraps each in a tool).

    >>> import argparse
    >>> tools = Tools(argparse.Namespace(config=None, no_textlintrc=True, rule=["no-todo"], preset=[],
    ...                                  rulesdir=[], quiet=False, ignore_path=None))
    >>> found = tools.lint_text("TODO: 書く", "draft.md")
    >>> found["filePath"], [m["ruleId"] for m in found["messages"]], found["isError"]
    ('draft.md', ['no-todo'], False)
    >>> tools.lint_file(["no-such-post.md"])["error"]
    'File(s) not found: no-such-post.md'
    """

    def __init__(self, args) -> None:
        from postlint.cli import ConfigCache, load_ignore

        self.args = args
        self.configs = ConfigCache(args)
        self.ignore = load_ignore(getattr(args, "ignore_path", None))

    def lint_file(self, file_paths: list[str]) -> dict:
        return self._files(file_paths, fix=False, error_type="lintFile_error")

    def get_lint_fixed_file_content(self, file_paths: list[str]) -> dict:
        return self._files(file_paths, fix=True, error_type="fixFiles_error")

    def lint_text(self, text: str, stdin_filename: str) -> dict:
        return self._text(text, stdin_filename, fix=False, error_type="lintText_error")

    def get_lint_fixed_text_content(self, text: str, stdin_filename: str) -> dict:
        return self._text(text, stdin_filename, fix=True, error_type="fixText_error")

    def _files(self, file_paths: list[str], *, fix: bool, error_type: str) -> dict:
        missing = [path for path in file_paths if not os.path.exists(path)]
        if missing:
            return failure(f"File(s) not found: {', '.join(missing)}", error_type)
        try:
            results = []
            for path in file_paths:
                if self.ignore.ignored(path):  # the ignore file's, as textlint's server leaves them out
                    continue
                results.append(self._one(path, read_bounded(path), fix=fix))
        except Exception as exc:  # a broken config, an unreadable file: told, the server goes on
            return failure(str(exc) or type(exc).__name__, error_type)
        return success({"results": results})

    def _text(self, text: str, stdin_filename: str, *, fix: bool, error_type: str) -> dict:
        if not stdin_filename.strip():
            return failure("stdinFilename cannot be empty", error_type)
        try:  # the name stays as given, as textlint gives it
            return success({**self._one(stdin_filename, text.encode("utf-8"), fix=fix), "filePath": stdin_filename})
        except Exception as exc:
            return failure(str(exc) or type(exc).__name__, error_type)

    def _one(self, path: str, data: bytes, *, fix: bool) -> dict:
        """textlint's result for one file: the lint JSON's object, or the fixer JSON's."""
        from postlint.cli import lint_one
        from postlint.formatters.fix_json import file_report
        from postlint.formatters.json import file_path, message

        config = self.configs.for_file(path)
        if fix:
            from postlint.fixer import fix_one

            return file_report(fix_one(path, data, config, _FIX_ARGS))
        result = lint_one(path, data, config, self.args.quiet)
        return {"filePath": file_path(path), "messages": [message(result, p) for p in result.problems]}


def success(data: dict) -> dict:
    return {**data, "isError": False, "timestamp": _now()}


def failure(error: str, error_type: str) -> dict:
    return {"results": [], "error": error, "type": error_type, "timestamp": _now(), "isError": True}


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def build_server(tools: Tools):
    """The MCP server: textlint's four tools over ``tools``.  (The SDK reads the tools'
    annotations, which name the SDK's types: this module has no ``from __future__ import
    annotations``, which would leave them as strings it cannot resolve here.)"""
    from typing import Annotated

    from mcp.server.mcpserver import MCPServer
    from mcp_types import CallToolResult, TextContent
    from pydantic import Field

    from postlint import __version__

    server = MCPServer(name="postlint", version=__version__)
    # the arguments' schemas, as textlint's tools declare them: none may be empty
    Path = Annotated[str, Field(min_length=1, description="A file to read (relative to the server's folder)")]
    Paths = Annotated[list[Path], Field(min_length=1, description="The files, one or more")]
    Text = Annotated[str, Field(min_length=1, description="The Markdown or plain text itself")]
    Name = Annotated[str, Field(min_length=1, description="The file the text stands for, which chooses its "
                                                          "config and format (e.g. 'posts/draft.md')")]

    def reply(data: dict) -> CallToolResult:
        text = json.dumps(data, ensure_ascii=False, indent=2)
        return CallToolResult(content=[TextContent(type="text", text=text)], structured_content=data,
                              is_error=data["isError"])

    @server.tool(name="lintFile", description="Lint files using postlint (textlint-compatible rules)")
    def lint_file(filePaths: Paths) -> CallToolResult:  # noqa: N803 -- textlint's argument names
        return reply(tools.lint_file(filePaths))

    @server.tool(name="lintText", description="Lint text using postlint (textlint-compatible rules)")
    def lint_text(text: Text, stdinFilename: Name) -> CallToolResult:  # noqa: N803
        return reply(tools.lint_text(text, stdinFilename))

    @server.tool(name="getLintFixedFileContent",
                 description="Get lint-fixed content of files using postlint (the files are not changed)")
    def get_lint_fixed_file_content(filePaths: Paths) -> CallToolResult:  # noqa: N803
        return reply(tools.get_lint_fixed_file_content(filePaths))

    @server.tool(name="getLintFixedTextContent", description="Get lint-fixed content of text using postlint")
    def get_lint_fixed_text_content(text: Text, stdinFilename: Name) -> CallToolResult:  # noqa: N803
        return reply(tools.get_lint_fixed_text_content(text, stdinFilename))

    return server


def serve(args) -> int:
    """Run the server on stdin/stdout until the client closes it."""
    tools = Tools(args)
    try:
        server = build_server(tools)
    except ImportError as exc:
        if not (exc.name or "").startswith("mcp"):
            raise
        from postlint.cli import UsageError

        raise UsageError("--mcp needs the MCP SDK: pip install 'postlint[mcp]'") from None
    server.run("stdio")
    return 0

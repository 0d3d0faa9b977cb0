"""``postlint --mcp`` end to end: a real server process spoken to in MCP's JSON-RPC over stdio,
as an agent's client speaks to ``textlint --mcp``, with textlint's tool names and arguments."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("mcp.server.mcpserver")

TOOLS = {"lintFile": ["filePaths"], "lintText": ["stdinFilename", "text"],
         "getLintFixedFileContent": ["filePaths"], "getLintFixedTextContent": ["stdinFilename", "text"]}


class McpSession:
    """``python -m postlint --mcp ARGS`` in ``cwd``, initialized."""

    def __init__(self, cwd, *args: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "postlint", "--mcp", *args], cwd=cwd,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, encoding="utf-8")
        self.next_id = 0
        found = self.request("initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                            "clientInfo": {"name": "test", "version": "1"}})
        assert found["serverInfo"]["name"] == "postlint"
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})

    def send(self, message: dict) -> None:
        self.process.stdin.write(json.dumps(message, ensure_ascii=False) + "\n")
        self.process.stdin.flush()

    def request(self, method: str, params: dict | None = None) -> dict:
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, **({"params": params} if params else {})})
        while True:
            line = self.process.stdout.readline()
            assert line, f"the server stopped: {self.process.stderr.read()}"
            message = json.loads(line)
            if message.get("id") == self.next_id:
                assert "error" not in message, message
                return message["result"]

    def call(self, tool: str, **arguments) -> dict:
        """The tool's structured result; its text content must say the same."""
        result = self.request("tools/call", {"name": tool, "arguments": arguments})
        structured = result["structuredContent"]
        assert json.loads(result["content"][0]["text"]) == structured
        assert result.get("isError", False) == structured["isError"]
        return structured

    def close(self) -> int:
        self.process.stdin.close()
        return self.process.wait(timeout=30)


@pytest.fixture
def site(tmp_path):
    (tmp_path / ".textlintrc.json").write_text(
        json.dumps({"rules": {"no-todo": True, "ja-no-space-around-parentheses": True}}), "utf-8")
    (tmp_path / "post.md").write_text("TODO: 書く\n\n設定は （かんたん） です。\n", "utf-8")
    session = McpSession(tmp_path)
    yield tmp_path, session
    assert session.close() == 0


def test_the_tools_are_textlints(site):
    _, session = site
    tools = session.request("tools/list")["tools"]
    assert {tool["name"]: sorted(tool["inputSchema"]["required"]) for tool in tools} == TOOLS


def test_lint_file_and_text_give_textlints_results(site):
    folder, session = site
    found = session.call("lintFile", filePaths=["post.md"])
    assert not found["isError"] and found["timestamp"].endswith("Z")
    (result,) = found["results"]
    assert result["filePath"] == str(folder / "post.md")
    assert [(m["ruleId"], m["line"], m["column"]) for m in result["messages"]] == [
        ("no-todo", 1, 1), ("ja-no-space-around-parentheses", 3, 4), ("ja-no-space-around-parentheses", 3, 11)]
    assert result["messages"][1]["fix"] == {"range": [13, 14], "text": ""}  # offsets as in textlint's JSON
    text = session.call("lintText", text="設定は （かんたん） です。", stdinFilename="draft.md")
    assert text["filePath"] == "draft.md"  # as given, as textlint gives it
    assert [m["column"] for m in text["messages"]] == [4, 11]


def test_fixed_content_leaves_the_file_alone(site):
    folder, session = site
    before = (folder / "post.md").read_text("utf-8")
    (result,) = session.call("getLintFixedFileContent", filePaths=["post.md"])["results"]
    assert result["output"] == "TODO: 書く\n\n設定は（かんたん）です。\n"
    assert [m["ruleId"] for m in result["applyingMessages"]] == ["ja-no-space-around-parentheses"] * 2
    assert [m["ruleId"] for m in result["remainingMessages"]] == ["no-todo"]
    assert (folder / "post.md").read_text("utf-8") == before
    text = session.call("getLintFixedTextContent", text="これは （例） です。", stdinFilename="a.md")
    assert text["output"] == "これは（例）です。" and text["filePath"] == "a.md"


def test_failures_are_results_and_the_server_goes_on(site):
    _, session = site
    missing = session.call("lintFile", filePaths=["post.md", "gone.md"])
    assert missing["isError"] and missing["error"] == "File(s) not found: gone.md"
    assert missing["type"] == "lintFile_error" and missing["results"] == []
    assert session.call("lintText", text="本文", stdinFilename=" ")["error"] == "stdinFilename cannot be empty"
    assert not session.call("lintText", text="本文。", stdinFilename="x.md")["isError"]



def test_arguments_textlints_schemas_refuse_are_refused(site):
    """As textlint's tools declare, no argument may be empty: the schemas say so to the agent,
    and such a call is an error result that names the argument."""
    _, session = site
    schemas = {tool["name"]: tool["inputSchema"]["properties"] for tool in session.request("tools/list")["tools"]}
    for name in ("lintText", "getLintFixedTextContent"):
        assert schemas[name]["text"]["minLength"] == schemas[name]["stdinFilename"]["minLength"] == 1
        assert schemas[name]["stdinFilename"]["description"]
    for name in ("lintFile", "getLintFixedFileContent"):
        assert schemas[name]["filePaths"]["minItems"] == 1 and schemas[name]["filePaths"]["items"]["minLength"] == 1
    for tool, arguments in (("lintText", {"text": "本文", "stdinFilename": ""}), ("lintText", {"text": "", "stdinFilename": "a.md"}),
                            ("lintFile", {"filePaths": []})):
        refused = session.request("tools/call", {"name": tool, "arguments": arguments})
        assert refused["isError"] and "validation error" in refused["content"][0]["text"]
    assert not session.call("lintText", text="本文。", stdinFilename="x.md")["isError"]  # the server goes on


def test_the_ignore_file_leaves_files_out(tmp_path):
    (tmp_path / ".textlintignore").write_text("drafts/**\n", "utf-8")
    (tmp_path / "drafts").mkdir()
    for name in ("drafts/a.md", "b.md"):
        (tmp_path / name).write_text("TODO: 書く\n", "utf-8")
    session = McpSession(tmp_path, "--no-textlintrc", "--rule", "no-todo")
    found = session.call("lintFile", filePaths=["drafts/a.md", "b.md"])
    assert [result["filePath"] for result in found["results"]] == [str(tmp_path / "b.md")]
    assert session.close() == 0


def test_command_line_config_and_rules_apply(tmp_path):
    (tmp_path / "rules.yml").write_text("rules:\n  max-ten: {max: 1}\n", "utf-8")
    session = McpSession(tmp_path, "--config", "rules.yml", "--rule", "no-todo")
    found = session.call("lintText", text="朝は、雨で、寒い。TODO: 次", stdinFilename="x.md")
    assert sorted(m["ruleId"] for m in found["messages"]) == ["max-ten", "no-todo"]
    assert session.close() == 0


def test_without_the_sdk_the_option_says_what_to_install(monkeypatch, capsys):
    from postlint.cli import main

    monkeypatch.setitem(sys.modules, "mcp.server.mcpserver", None)  # import fails as if not installed
    assert main(["--mcp"]) == 2
    assert "pip install 'postlint[mcp]'" in capsys.readouterr().err
    assert main(["--mcp", "post.md"]) == 2

"""``postlint lsp`` end to end: a real server process driven by pygls's language client.

The seed post is copied into a temporary folder with a config that enables every
rule postlint knows plus ``lsp-probe``, a tiny fixable plugin rule installed for
the server process only (a dist-info with an entry point on PYTHONPATH), so the
quick-fix tests never depend on which real rules are fixable.  A line with an
emoji and a non-BMP kanji is added so UTF-16 positions are put to the test.
Every diagnostic must sit where ``postlint --format json`` puts the problem.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types as lsp

from lsp_harness import Session, apply_edits, edits_of
from postlint.engine import rule_ids
from postlint.source import Source

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "2025-11-10-korea-ai-investment.md"
PROBE = '''"""Test probe: flags ですね; the fix drops the ね."""
ID = "lsp-probe"
NODES = ("Str",)
OPTIONS = {}
DEFAULTS = {}
FIXABLE = True


def check(node, opts, ctx):
    at = ctx.text.find("ですね", node.start, node.end)
    while at != -1:
        yield ctx.report(at, at + 3, "probe: ですね", fix=ctx.fix(at + 2, at + 3, ""))
        at = ctx.text.find("ですね", at + 3, node.end)
'''
ASTRAL_LINE = "𠮷野家で😀を見たのですね。🍣も𩸽も美味しいですね。\n\n"
DOCS = "https://docs.example/postlint/rules/"
SEVERITY = {2: lsp.DiagnosticSeverity.Error, 1: lsp.DiagnosticSeverity.Warning, 3: lsp.DiagnosticSeverity.Information}


@pytest.fixture(scope="module")
def plugin(tmp_path_factory) -> dict:
    """Environment for subprocesses that adds the ``lsp-probe`` rule."""
    where = tmp_path_factory.mktemp("plugin")
    (where / "postlint_lsp_probe.py").write_text(PROBE, "utf-8")
    info = where / "postlint_lsp_probe-0.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: postlint-lsp-probe\nVersion: 0.0\n", "utf-8")
    (info / "entry_points.txt").write_text("[postlint.rules]\nlsp-probe = postlint_lsp_probe\n", "utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(where), env.get("PYTHONPATH")]))
    env.pop("POSTLINT_DOCS_URL", None)
    return env


@pytest.fixture()
def post(tmp_path) -> Path:
    folder = tmp_path / "blog"
    folder.mkdir()
    rules = {rule_id: True for rule_id in rule_ids()} | {"lsp-probe": True}
    (folder / ".postlintrc.yml").write_text(json.dumps({"rules": rules}), "utf-8")
    text = SEED.read_text("utf-8")
    body = text.index("\n---\n") + 5
    path = folder / SEED.name
    path.write_text(text[:body] + "\n" + ASTRAL_LINE + text[body:], "utf-8")
    return path


def cli_json(path: Path, env: dict, text: str | None = None) -> list[dict]:
    args = [sys.executable, "-m", "postlint", "--format", "json"]
    args += ["--stdin", "--stdin-filename", str(path)] if text is not None else [str(path)]
    run = subprocess.run(args, input=None if text is None else text.encode("utf-8"), env=env,
                         capture_output=True, timeout=120)
    assert run.returncode in (0, 1), run.stderr.decode()
    return json.loads(run.stdout)[0]["messages"]


def cli_fix(path: Path, env: dict, text: str) -> str:
    run = subprocess.run([sys.executable, "-m", "postlint", "--stdin", "--fix", "--stdin-filename", str(path)],
                         input=text.encode("utf-8"), env=env, capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode()
    return run.stdout.decode("utf-8")


def expected(messages: list[dict], text: str) -> list[tuple]:
    """json -> LSP diagnostics: the positions of each message's ``range`` (UTF-16 offsets;
    json's line and column are textlint's, which for sentence-length are not the offsets')."""
    source = Source.from_text(text)

    def position(offset16: int) -> tuple[int, int]:
        line, column = source.utf16_position(source.from_utf16(offset16))
        return line - 1, column

    return sorted((m["ruleId"], *position(m["range"][0]), *position(m["range"][1]), m["message"],
                   SEVERITY[m["severity"]]) for m in messages)


def observed(diagnostics: list[lsp.Diagnostic]) -> list[tuple]:
    return sorted((d.code, d.range.start.line, d.range.start.character, d.range.end.line,
                   d.range.end.character, d.message, d.severity) for d in diagnostics)


def run(coro):
    return asyncio.run(asyncio.wait_for(coro, 240))


def _pick_fixable(diagnostics: list[lsp.Diagnostic]) -> lsp.Diagnostic:
    """A diagnostic with a safe fix: reading-time's when that rule has one, else any."""
    fixable = [d for d in diagnostics if isinstance(d.data, dict) and d.data.get("fix") == "safe"]
    assert fixable, "no fixable diagnostic (lsp-probe should always give one)"
    real = [d for d in fixable if str(d.code).endswith("reading-time")]
    return (real or fixable)[0]


def _apply_json_fix(text: str, fix: dict) -> str:
    """Apply a json fix (UTF-16 offsets into the whole file) to ``text``."""
    encoded = text.encode("utf-16-le")
    start, end = (2 * i for i in fix["range"])
    return (encoded[:start] + fix["text"].encode("utf-16-le") + encoded[end:]).decode("utf-16-le")


def test_seed_post_diagnostics_edits_and_fixes(plugin, post):
    async def scenario():
        uri = post.as_uri()
        text = post.read_text("utf-8")
        edited = text.replace(ASTRAL_LINE, ASTRAL_LINE + "追加の文ですね。\n\n")
        # the command line's answers, computed while the server starts
        cli_before = asyncio.create_task(asyncio.to_thread(cli_json, post, plugin))
        cli_after = asyncio.create_task(asyncio.to_thread(cli_json, post, plugin, edited))
        cli_fixed = asyncio.create_task(asyncio.to_thread(cli_fix, post, plugin, text))
        session = Session(env=plugin, cwd=str(post.parent))
        result = await session.start(post.parent, {"docsBaseUrl": DOCS, "debounceMs": 10})
        assert result.capabilities.position_encoding in (None, lsp.PositionEncodingKind.Utf16)
        try:
            session.open(uri, text)
            diagnostics = await session.diagnostics(uri, 1)
            assert observed(diagnostics) == expected(await cli_before, text)
            probes = [d for d in diagnostics if d.code == "lsp-probe"]
            # line 11 of the copy: 𠮷 and 😀 are two UTF-16 units each
            assert [(d.range.start.line, d.range.start.character) for d in probes[:2]] == [(11, 11), (11, 25)]
            for d in diagnostics:
                assert d.source == "postlint"
                if d.code_description is not None:
                    assert d.code_description.href == DOCS + d.code.rsplit("/", 1)[-1] + ".md"
            assert any(d.code_description for d in probes)

            # source.fixAll (what codeActionsOnSave asks for) = `postlint --fix`
            everywhere = lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=0, character=0))
            actions = await session.code_actions(uri, everywhere, only=[lsp.CodeActionKind.SourceFixAll])
            assert [a.kind for a in actions] == ["source.fixAll.postlint"]
            all_fixed = apply_edits(text, edits_of(actions[0], uri))
            assert all_fixed == await cli_fixed
            assert "ですね" not in all_fixed

            # a quick fix for one problem: the same edit as the json's "fix"
            target = _pick_fixable(diagnostics)
            actions = await session.code_actions(uri, target.range, [target])
            quick = [a for a in actions if a.kind == lsp.CodeActionKind.QuickFix and a.diagnostics
                     and a.diagnostics[0].range == target.range and a.diagnostics[0].code == target.code]
            assert quick and quick[0].is_preferred
            assert any(a.title == "Fix all postlint problems" for a in actions)
            fixed = apply_edits(text, edits_of(quick[0], uri))
            json_fix = next(m["fix"] for m in await cli_before
                            if m["ruleId"] == target.code and "fix" in m
                            and (m["loc"]["start"]["line"] - 1, m["loc"]["start"]["column"] - 1)
                            == (target.range.start.line, target.range.start.character))
            assert fixed == _apply_json_fix(text, json_fix)
            version = session.change(uri, fixed)
            after = await session.diagnostics(uri, version)
            assert (target.code, target.range) not in [(d.code, d.range) for d in after]
            assert len(after) < len(diagnostics)

            # back to the original, then an incremental edit after the emoji line: diagnostics follow
            session.change(uri, text)
            at = lsp.Position(line=13, character=0)
            version = session.change(uri, "追加の文ですね。\n\n", lsp.Range(start=at, end=at))
            got = await session.diagnostics(uri, version)
            assert observed(got) == expected(await cli_after, edited)
            assert (13, 4) in [(d.range.start.line, d.range.start.character) for d in got if d.code == "lsp-probe"]

            # a burst of keystrokes (type three letters, delete them): the final text is what counts
            end = lsp.Position(line=13, character=8)
            for n in range(1, 4):
                version = session.change(uri, "x", lsp.Range(start=end, end=end))
                end = lsp.Position(line=13, character=8 + n)
            version = session.change(uri, "", lsp.Range(start=lsp.Position(line=13, character=8), end=end))
            assert observed(await session.diagnostics(uri, version)) == observed(got)

            # closing clears the document's diagnostics
            session.client.text_document_did_close(lsp.DidCloseTextDocumentParams(
                text_document=lsp.TextDocumentIdentifier(uri=uri)))
            assert await session.diagnostics(uri) == []
        finally:
            await session.stop()

    run(scenario())


def test_config_reload_resolve_and_no_workspace(plugin, tmp_path):
    """No workspace folder; the config is found beside the file and reloaded when it changes."""
    folder = tmp_path / "posts"
    folder.mkdir()
    config = folder / ".postlintrc.yml"
    config.write_text("rules:\n  lsp-probe: true\n", "utf-8")
    post = folder / "a.md"
    post.write_text("# 題\n\n😀良い天気ですね。\n", "utf-8")

    async def scenario():
        session = Session(env=plugin, cwd=str(tmp_path))
        await session.start(None, {"debounceMs": 0}, resolve=True, versioned=False)
        uri = post.as_uri()
        try:
            session.open(uri, post.read_text("utf-8"))
            got = await session.diagnostics(uri, 1)
            assert [(d.code, d.range.start.line, d.range.start.character) for d in got] == [("lsp-probe", 2, 6)]
            assert any(r.method == lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in session.registrations)

            # with resolve support the fix-all edit is computed only when resolved
            actions = await session.code_actions(uri, got[0].range, got)
            fix_all = next(a for a in actions if a.title == "Fix all postlint problems")
            assert fix_all.edit is None
            resolved = await session.client.code_action_resolve_async(fix_all)
            assert apply_edits(post.read_text("utf-8"), edits_of(resolved, uri)) == "# 題\n\n😀良い天気です。\n"

            # the config changes on disk: the watcher notification re-lints open documents
            config.write_text("rules:\n  lsp-probe: false\n", "utf-8")
            session.client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
                lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Changed)]))
            assert await session.diagnostics(uri) == []

            # a broken config is one diagnostic, not a dead server
            config.write_text("rules: [oops\n", "utf-8")
            version = session.change(uri, "# 題\n\n良い天気ですね。\n")
            got = await session.diagnostics(uri, version)
            assert [d.code for d in got] == ["config"] and "config" in got[0].message

            # an untitled buffer (no file) still gets diagnostics, with the default config
            shutil.move(str(config), str(tmp_path / "moved.yml"))
            session.open("untitled:Untitled-1", "# 題\n\n本文です。\n")
            assert isinstance(await session.diagnostics("untitled:Untitled-1", 1), list)
        finally:
            await session.stop()

    run(scenario())


@pytest.mark.parametrize("newline, comments", [
    ("\n", "true"), ("\r\n", "{enablingComment: 'lint:on', disablingComment: 'lint:off'}"), ("\n", "false")])
def test_a_quick_fix_disables_a_rule_around_its_block(tmp_path, newline, comments):
    """With the comments filter on, every problem offers to put disable and enable comments
    around its top-level block; applied, the problem is gone and the others stay."""
    (tmp_path / ".postlintrc.yml").write_text(
        f"rules:\n  no-exclamation-question-mark: true\nfilters:\n  comments: {comments}\n", "utf-8")
    text = newline.join(["# 見出し", "", "- 驚きました!", "- 本当です。", "", "次も驚きです!", ""])
    post = tmp_path / "a.md"
    post.write_bytes(text.encode("utf-8"))

    async def scenario():
        session = Session(cwd=str(tmp_path))
        await session.start(tmp_path, {"debounceMs": 0}, versioned=False)
        uri = post.as_uri()
        try:
            disables = await _disable_actions(session, uri, text, [2, 5])
            if comments == "false":
                assert disables == []  # a comment would silence nothing
                return
            [action] = disables
            word = "lint:off" if "lint:off" in comments else "textlint-disable"
            assert action.title == f"Disable no-exclamation-question-mark for this block (a {word} comment)"
            edited = apply_edits(text, edits_of(action, uri))
            assert edited.split(newline)[:4] == ["# 見出し", "", f"<!-- {word} no-exclamation-question-mark -->", ""]
            if newline == "\r\n":  # the comments' lines end as the document's do
                assert "\n" not in edited.replace("\r\n", "")
            else:
                assert "\r" not in edited
            assert await _lines_left(session, uri, edited, newline) == ["次も驚きです!"]
        finally:
            await session.stop()

    run(scenario())


async def _disable_actions(session, uri: str, text: str, lines: list[int]) -> list:
    """Open ``text`` as ``uri``, check the lines of its problems, and return the "Disable …"
    actions offered for the first one."""
    session.open(uri, text)
    got = await session.diagnostics(uri, 1)
    assert [d.range.start.line for d in got] == lines
    actions = await session.code_actions(uri, got[0].range, got[:1])
    return [a for a in actions or [] if a.title.startswith("Disable ")]


async def _lines_left(session, uri: str, edited: str, newline: str = "\n") -> list[str]:
    """The lines that still have problems once the document is changed to ``edited``."""
    version = session.change(uri, edited)
    after = await session.diagnostics(uri, version)
    return [edited.split(newline)[d.range.start.line] for d in after]


def test_in_mdx_the_quick_fix_writes_mdx_comments(tmp_path):
    """MDX has no HTML comments: the action puts {/* textlint-disable … */} around the block."""
    (tmp_path / ".textlintrc.json").write_text(json.dumps(
        {"plugins": {"mdx": True}, "rules": {"no-exclamation-question-mark": True}, "filters": {"comments": True}}))
    text = "import X from 'x'\n\n<X>\n  驚きました!\n</X>\n\n次も驚きです!\n"
    post = tmp_path / "a.mdx"
    post.write_text(text, "utf-8")

    async def scenario():
        session = Session(cwd=str(tmp_path))
        await session.start(tmp_path, {"debounceMs": 0}, versioned=False)
        uri = post.as_uri()
        try:
            [action] = await _disable_actions(session, uri, text, [3, 6])
            edited = apply_edits(text, edits_of(action, uri))
            assert "{/* textlint-disable no-exclamation-question-mark */}\n\n<X>" in edited
            assert await _lines_left(session, uri, edited) == ["次も驚きです!"]
        finally:
            await session.stop()

    run(scenario())


def test_the_workspace_ignore_file_silences_documents(plugin, tmp_path):
    """A document the workspace's .textlintignore names gets no diagnostics, as the command
    leaves it out; editing the ignore file re-lints."""
    (tmp_path / ".postlintrc.yml").write_text("rules:\n  lsp-probe: true\n", "utf-8")
    ignore = tmp_path / ".textlintignore"
    ignore.write_text("drafts/**\n", "utf-8")
    (tmp_path / "drafts").mkdir()
    draft = tmp_path / "drafts" / "a.md"
    draft.write_text("良い天気ですね。\n", "utf-8")

    async def scenario():
        session = Session(env=plugin, cwd=str(ROOT))  # the workspace folder, not the cwd, decides
        await session.start(tmp_path, {"debounceMs": 0}, versioned=False)
        uri = draft.as_uri()
        try:
            session.open(uri, draft.read_text("utf-8"))
            assert await session.diagnostics(uri, 1) == []
            ignore.write_text("# nothing ignored now\n", "utf-8")
            session.client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(changes=[
                lsp.FileEvent(uri=ignore.as_uri(), type=lsp.FileChangeType.Changed)]))
            assert [d.code for d in await session.diagnostics(uri)] == ["lsp-probe"]
        finally:
            await session.stop()

    run(scenario())


def test_rulesdir_rules_run_as_on_the_command_line(tmp_path):
    """`postlint lsp --rulesdir DIR` runs DIR's rules beside the config's, as the command does."""
    (tmp_path / "my-rules").mkdir()
    (tmp_path / "my-rules" / "lsp-local.py").write_text(PROBE.replace('"lsp-probe"', '"lsp-local"'), "utf-8")
    (tmp_path / ".postlintrc.yml").write_text("rules:\n  no-exclamation-question-mark: true\n", "utf-8")
    post = tmp_path / "a.md"
    post.write_text("良い天気ですね!\n", "utf-8")

    async def scenario():
        session = Session(cwd=str(tmp_path), server_args=("--rulesdir", str(tmp_path / "my-rules")))
        await session.start(tmp_path, {"debounceMs": 0}, versioned=False)
        try:
            session.open(post.as_uri(), post.read_text("utf-8"))
            found = sorted(d.code for d in await session.diagnostics(post.as_uri(), 1))
            assert found == ["lsp-local", "no-exclamation-question-mark"]
        finally:
            await session.stop()

    run(scenario())


def test_positions_in_every_encoding_and_with_a_bom():
    from postlint.lsp import Positions

    source = Source.from_text("\ufeff😀a\r\n𠮷\u2028b")
    at_b = source.text.index("b")
    # LSP breaks lines at CR, LF and CRLF only; U+2028 stays inside line 1; the BOM is on line 0
    assert [(p.line, p.character) for p in (Positions(source).at(2), Positions(source).at(at_b))] == [(0, 4), (1, 3)]
    assert Positions(source, "utf-32").at(at_b).character == 2
    assert Positions(source, "utf-8").at(at_b).character == 7
    assert Positions(source, "utf-8").at(2).character == 8  # BOM (3 bytes) + 😀 (4) + a (1)


def test_minimal_fix_all_edit_touches_only_what_changed():
    from postlint.lsp import minimal_edit

    edit = minimal_edit(Source.from_text("一行目\r\n😀二行目ですね。\r\n"), "一行目\r\n😀二行目です。\r\n")
    assert (edit.range.start.line, edit.range.start.character, edit.range.end.character, edit.new_text) == (1, 7, 8, "")



def _as_a_client_applies(text: str, edit) -> str:
    """``edit`` applied as the LSP specification says: lines end at CRLF, CR or LF, and a
    character past a line's text (inside its line break too) means the end of its text."""
    breaks = re.compile(r"\r\n|\r|\n")
    starts = [0] + [m.end() for m in breaks.finditer(text)] + [len(text)]

    def offset(position):
        line_start = starts[position.line]
        line = breaks.sub("", text[line_start:starts[position.line + 1]])
        units = chars = 0
        while chars < len(line) and units < position.character:
            units += 2 if ord(line[chars]) > 0xFFFF else 1
            chars += 1
        return line_start + chars

    return text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]


@pytest.mark.parametrize("text, fixed", [
    ("一行目\r\n二行目\r\n", "一行目\n二行目\r\n"),          # a CR taken out: the edit ends between CR and LF
    ("一\r\n\r\n二", "一\r\n\n二"),
    ("一\n\r\n😀あ", "一\n\n😀あ"),
    ("一\r\n", "一\r\r\n"),                              # a CR put in
])
def test_a_fix_all_edit_never_ends_between_cr_and_lf(text, fixed):
    from postlint.lsp import minimal_edit

    assert _as_a_client_applies(text, minimal_edit(Source.from_text(text), fixed)) == fixed


def test_fix_all_edits_of_random_texts_give_the_fixed_text():
    from postlint.lsp import minimal_edit

    rng = random.Random(2026)
    pieces = ["a", "あ", "😀", "\r\n", "\n", "\r"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(8)))
        fixed = list(text)
        for _ in range(rng.randrange(1, 3)):
            at = rng.randrange(len(fixed) + 1)
            if at < len(fixed) and rng.random() < 0.5:
                del fixed[at]
            else:
                fixed.insert(at, rng.choice(pieces))
        fixed = "".join(fixed)
        assert _as_a_client_applies(text, minimal_edit(Source.from_text(text), fixed)) == fixed, (text, fixed)

def test_rule_links_drop_the_preset_prefix():
    from postlint.formatters._common import docs_href

    assert docs_href("ja-technical-writing/max-ten", "file:///x/docs/rules/") == "file:///x/docs/rules/max-ten.md"
    assert docs_href("parse", "file:///x/docs/rules/") is None


def test_a_change_after_a_pause_is_linted_at_once_and_a_burst_waits():
    from postlint.lsp import DocState, build_server

    server = build_server()
    server.settings["debounceMs"] = 40

    async def delays():
        state = DocState()
        first = server.change_delay(state)  # the first keystroke after a pause
        second = server.change_delay(state)  # right after it: a burst
        await asyncio.sleep(0.08)
        third = server.change_delay(state)  # after a pause again
        return first, second, third

    assert asyncio.run(delays()) == (0.0, 0.04, 0.0)


def test_each_workspace_folder_has_its_own_ignore_file(tmp_path):
    """In a multi-root workspace a document follows the ignore file of its own folder."""
    from postlint.lsp import ConfigStore

    blog, docs = tmp_path / "blog", tmp_path / "docs"
    for folder, pattern in ((blog, "drafts/**"), (docs, "*.md")):
        (folder / "drafts").mkdir(parents=True)
        (folder / ".textlintignore").write_text(pattern + "\n", "utf-8")
    store = ConfigStore(folders=lambda: [str(blog), str(docs)])
    assert store.ignored(str(blog / "drafts" / "a.md")) and not store.ignored(str(blog / "a.md"))
    assert store.ignored(str(docs / "a.md")) and not store.ignored(str(docs / "drafts" / "a.md"))
    assert store.root_of(str(tmp_path / "elsewhere.md")) == str(blog)  # outside them all: the first


def test_a_config_error_is_read_again_once_the_dictionary_it_names_exists(tmp_path):
    """A config naming a word list that is not there yet is an error; once the user writes the
    list, the next analysis loads the config (the config file itself did not change)."""
    from postlint.config import ConfigError
    from postlint.lsp import ConfigStore

    (tmp_path / ".postlintrc.yml").write_text("rules:\n  ja-no-weak-phrase:\n    dictionaries: [words.yml]\n",
                                              "utf-8")
    store = ConfigStore()
    post = str(tmp_path / "a.md")
    with pytest.raises(ConfigError, match="words.yml"):
        store.for_document(post)
    (tmp_path / "words.yml").write_text("morphemes:\n  - message: 避ける\n    tokens:\n      - {surface_form: 本文}\n",
                                        "utf-8")
    assert store.for_document(post).setting("ja-no-weak-phrase") is not None


@pytest.mark.parametrize("options, server_args", [({"javascriptConfig": False}, ()),
                                                  ({"javascriptConfig": True}, ("--no-js-config",))])
def test_a_javascript_config_is_not_run_when_the_editor_says_so(tmp_path, options, server_args):
    """javascriptConfig: false (or `postlint lsp --no-js-config`, which no setting overrides):
    a .textlintrc.js in the workspace is an error diagnostic, and none of its code runs."""
    ran = tmp_path / "ran"
    (tmp_path / ".textlintrc.js").write_text(
        f"require('fs').writeFileSync({json.dumps(str(ran))}, 'x');\nmodule.exports = {{}};", "utf-8")
    post = tmp_path / "a.md"
    post.write_text("# 題\n\n本文です。\n", "utf-8")

    async def scenario():
        session = Session(cwd=str(tmp_path), server_args=server_args)
        await session.start(tmp_path, {"debounceMs": 0, **options})
        try:
            session.open(post.as_uri(), post.read_text("utf-8"))
            got = await session.diagnostics(post.as_uri(), 1)
            assert [d.code for d in got] == ["config"] and "a JavaScript config, not run" in got[0].message
        finally:
            await session.stop()

    run(scenario())
    assert not ran.exists()


def test_a_document_over_the_size_limit_is_one_diagnostic_not_minutes_of_work(tmp_path, monkeypatch):
    """The editor gets what the command line says of such a file, at once, and each
    keystroke in it does not start a long lint."""
    from postlint.lsp import ConfigStore, analyse

    (tmp_path / ".postlintrc.yml").write_text("rules:\n  ja-no-successive-word: true\n", "utf-8")
    monkeypatch.setattr("postlint.source.MAX_BYTES", 1000)
    post, store = str(tmp_path / "a.md"), ConfigStore()
    small = analyse("本文です。。\n" * 40, post, store, post)  # 760 bytes
    assert {p.rule_id for p in small.problems} == {"ja-no-successive-word"}
    large = analyse("本文です。。\n" * 60, post, store, post)  # 1,140 bytes, 420 characters
    assert [(p.rule_id, p.line) for p in large.problems] == [("parse", 1)]
    assert "not linted" in large.problems[0].message

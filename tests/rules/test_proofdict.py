"""proofdict: the rule's cases with an inline dictionary, and the dictionary coming from local
YAML files and from a web site (a server on this machine's loopback, as a proofdict site)."""

import json

import pytest

import linkserver
from conftest import run_rule

RULE = "proofdict"

ENTRIES = [
    {"id": "01WEBKIT", "expected": "WebKit", "patterns": ["/webkit/i"], "tags": ["noun"],
     "allows": ["{{COMBINATION_WORD}}"], "description": "ブラウザーのエンジンの名前"},
    {"id": "01LIBRARY", "expected": "ライブラリ", "patterns": ["ライブらい", "/ライブラリー/"], "tags": ["typo"]},
    {"id": "01VERSION", "expected": "バージョン$1", "patterns": ["/ヴァージョン(\\d*)/"], "tags": []},
    {"id": "01JS", "expected": "JavaScript", "patterns": ["/javascript/i"], "tags": ["noun"],
     "allows": ["JavaScriptCore"]},
]
DICT = {"proofdict": ENTRIES}

VALID = [
    {"text": "WebKit と JavaScript のライブラリを使う。", "options": DICT},
    # a noun joined by a hyphen anywhere in the text leaves the whole text alone (allows)
    {"text": "node-webkit と webkit を比べる。", "options": DICT},
    # a noun's regex matches whole words only
    {"text": "mywebkitfork を作る。", "options": DICT},
    # an allowed text: the allows pattern matches somewhere in it
    {"text": "JavaScriptCore と javascript の話。", "options": DICT},
    # links (a bare URL too), images, block quotes and emphasis are someone else's words
    {"text": "[webkit](https://example.com) と *webkit* の話。\n\n> webkit を引用する。\n", "options": DICT},
    {"text": "詳しくは https://www.webkit.org/blog/ を見る。\n", "options": DICT},
    # tags: only the entries with every tag of allowTags; none with a tag of denyTags
    {"text": "ライブらいの話。", "options": {**DICT, "allowTags": ["noun"]}},
    {"text": "ライブらいの話。", "options": {**DICT, "denyTags": ["typo"]}},
]

INVALID = [
    {"text": "Webkit とライブらいとヴァージョン2の話。", "options": DICT,
     "errors": [{"line": 1, "column": 1, "message": "「Webkit」は「WebKit」と書きます（ブラウザーのエンジンの名前）"},
                {"line": 1, "column": 9, "message": "「ライブらい」は「ライブラリ」"},
                {"line": 1, "column": 15, "message": "「ヴァージョン2」は「バージョン2」"}],
     "output": "WebKit とライブラリとバージョン2の話。"},
    # headings and list items are text too; several settings at once with dicts (textlint's rule
    # checks them all with the first one's dictionary unless its tester cache is off)
    {"text": "# javascript の本\n\n- ライブラリーを選ぶ\n",
     "options": {"dicts": [{"proofdict": ENTRIES[:1], "disableProofdictTesterCache": True},
                           {"proofdict": ENTRIES[1:], "disableProofdictTesterCache": True}]},
     "errors": [{"line": 1, "column": 3}, {"line": 3, "column": 3}]},
    # the text of a reference link is checked, as textlint checks a LinkReference's
    {"text": "[webkit の記事][1] を見る。\n\n[1]: https://example.com/\n", "options": DICT,
     "errors": [{"line": 1, "column": 2}], "output": "[WebKit の記事][1] を見る。\n\n[1]: https://example.com/\n"},
    # no dictionary at all: said once, at the start
    {"text": "本文です。\n\n次の段落です。\n", "errors": [{"line": 1, "column": 1, "message": "no dictionary"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_the_config_key_of_the_npm_package_names_the_rule():
    from postlint.config import resolve

    config = resolve({"rules": {"@proofdict/proofdict": DICT}})
    assert [(r.id, r.display_id) for r in config.rules] == [("proofdict", "@proofdict/proofdict")]


def test_dict_glob_reads_yaml_files_from_the_config_folder(tmp_path):
    from postlint.config import load
    from postlint.engine import lint
    from postlint.source import Source

    (tmp_path / "dict").mkdir()
    (tmp_path / "dict" / "webkit.yml").write_text(
        "id: 01WEBKIT\nexpected: WebKit\npatterns:\n  - /webkit/i\ntags:\n  - noun\n", "utf-8")
    (tmp_path / ".textlintrc.json").write_text(
        json.dumps({"rules": {"@proofdict/proofdict": {"dictGlob": "dict/*.yml"}}}), "utf-8")
    config = load(tmp_path / ".textlintrc.json")
    problems = lint(Source.from_text("Webkit を使う。\n", str(tmp_path / "a.md")), config)
    assert [(p.line, p.message) for p in problems] == [(1, "「Webkit」は「WebKit」と書きます")]
    # an entry that cannot be read is said once, at the start of each post
    (tmp_path / "dict" / "broken.yml").write_text("id: [\n", "utf-8")
    problems = lint(Source.from_text("Webkit を使う。\n", str(tmp_path / "a.md")), config)
    assert [(p.line, p.column) for p in problems] == [(1, 0)] and "broken.yml" in problems[0].message


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A proofdict site on loopback (tests/rules/linkserver.py): its address and the server."""
    server = linkserver.start_data_site(monkeypatch, tmp_path / "cache")
    server.files["/proofdict/dictionary.json"] = json.dumps(ENTRIES).encode()
    yield f"http://127.0.0.1:{server.server_port}/proofdict/", server
    server.shutdown()


def test_dict_url_is_fetched_once_kept_and_used_offline(site, monkeypatch):
    from postlint import fetched

    site, server = site
    options = {"dictURL": site, "autoUpdateInterval": 60_000}
    problems = run_rule(RULE, "Webkit を使う。ライブらい。\n", options)
    assert [p.message.split("（")[0].split(" 参照")[0] for p in problems] == [
        "「Webkit」は「WebKit」と書きます", "「ライブらい」は「ライブラリ」と書きます"]
    assert problems[0].message.endswith(f"参照: {site}#01WEBKIT")
    run_rule(RULE, "Webkit を使う。\n", options)
    assert server.hits == {"/proofdict/dictionary.json": 1}  # fresh for a minute: not asked again
    # the site is down and the process starts anew: the copy in the cache folder is used
    monkeypatch.setattr(fetched, "_FETCHED", {})
    del server.files["/proofdict/dictionary.json"]
    assert len(run_rule(RULE, "Webkit を使う。\n", {"dictURL": site, "autoUpdateInterval": 0})) == 1


def test_a_site_that_cannot_be_reached_is_a_warning_when_the_config_loads(site):
    from postlint.config import resolve

    site, server = site
    del server.files["/proofdict/dictionary.json"]  # (a 404)
    config = resolve({"rules": {"@proofdict/proofdict": {"dictURL": site}}})
    assert any("cannot fetch the proofdict dictionary" in w for w in config.warnings)
    assert run_rule(RULE, "Webkit を使う。\n", {"dictURL": site}) == []
    # the files after it do not ask the site again (each could wait 5 s)
    assert server.hits == {"/proofdict/dictionary.json": 1}

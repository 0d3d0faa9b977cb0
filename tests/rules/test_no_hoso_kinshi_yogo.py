"""no-hoso-kinshi-yogo: a word list in the original's XML (tests/data/housouKinshiYougo.xml),
from a file: address (the case table) or from a site on this machine's loopback (fetching,
keeping, failing)."""

from pathlib import Path

import pytest

import linkserver
from conftest import run_rule

RULE = "no-hoso-kinshi-yogo"

LIST = Path(__file__).resolve().parent.parent / "data" / "housouKinshiYougo.xml"  # own entries
OPTIONS = {"dictURL": LIST.as_uri()}

VALID = [
    {"text": "駅前の調理師に会いました。\n", "options": OPTIONS},
    # a word of more tokens than one is never found; nor a word the original's XML reader
    # takes for a number (12); nor words in code
    {"text": "師匠でない人は12時に足を洗う、とは書かない。\n", "options": OPTIONS},
    {"text": "設定は `家柄` と書きます。\n\n```\n板前\n```\n", "options": OPTIONS},
    # no list to be had (the original's address, with the network off in these tests): nothing
    "駅前の板前に会いました。\n",
]

INVALID = [
    {"text": "駅前の板前に会いました。\n", "options": OPTIONS,
     "errors": [{"line": 1, "column": 4, "message": "「板前」は放送禁止用語の一覧にある言葉です。言い換えるなら「調理師」。備考: 職業名"}],
     "output": "駅前の調理師に会いました。\n"},
    # two replacements: no fix; none: no fix either
    {"text": "親方の家柄を聞きました。\n", "options": OPTIONS,
     "errors": [{"line": 1, "column": 1, "message": "「チーフ」「班長」"}, {"line": 1, "column": 4}],
     "output": "親方の家柄を聞きました。\n"},
    # link text and quotations are text too
    {"text": "[板前の店](https://example.com)に行きました。\n", "options": OPTIONS, "errors": [{"line": 1, "column": 2}]},
    # a quotation's lines are one text to the original: after an emoji on an earlier line it
    # reports a unit early (as textlint does); the fix still replaces the word itself
    {"text": "> 📝 引用の一行目です。\n> 板前の話を聞きました。\n", "options": OPTIONS, "errors": [{"line": 2, "column": 2}],
     "output": "> 📝 引用の一行目です。\n> 調理師の話を聞きました。\n"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_fix_makes_one_pass_as_textlint_fix_does():
    """A replacement that is itself a listed word (コック -> 板前 -> 調理師) is not replaced again."""
    from postlint.config import resolve
    from postlint.fixer import fix_text

    config = resolve({"rules": {RULE: OPTIONS}})
    assert fix_text("厨房のコックに聞きました。\n", "post.md", config)[0] == "厨房の板前に聞きました。\n"


def test_the_message_names_the_list_page_for_the_original_address():
    from postlint.rules import no_hoso_kinshi_yogo as rule

    d = rule.dictionary(rule.parse_list(LIST.read_bytes()), rule.DEFAULT_URL)
    assert d.entries[0].message.endswith("（参照: http://monoroch.net/kinshi/）")


def test_a_list_that_cannot_be_had_is_said_once_when_the_config_loads(tmp_path, monkeypatch):
    from postlint.config import resolve

    monkeypatch.setenv("POSTLINT_CACHE_HOME", str(tmp_path / "cache"))
    url = (tmp_path / "missing.xml").as_uri()
    config = resolve({"rules": {RULE: {"dictURL": url}}})
    assert any("cannot fetch the 放送禁止用語 list" in w and "missing.xml" in w for w in config.warnings)
    assert run_rule(RULE, "駅前の板前に会いました。\n", {"dictURL": url}) == []
    # the original's address, with the network off (as in these tests): said, not fetched
    config = resolve({"rules": {RULE: True}})
    assert any("POSTLINT_OFFLINE" in w and "monoroch.net" in w for w in config.warnings)


def test_a_file_that_is_no_such_list_is_said(tmp_path, monkeypatch):
    from postlint.config import resolve

    monkeypatch.setenv("POSTLINT_CACHE_HOME", str(tmp_path / "cache"))
    for name, body in (("broken.xml", b"<housouKinshiYougoList><dirtyWord>"), ("other.xml", b"<rss/>")):
        (tmp_path / name).write_bytes(body)
        config = resolve({"rules": {RULE: {"dictURL": (tmp_path / name).as_uri()}}})
        assert any(name in w for w in config.warnings), name


def test_dict_url_must_be_an_address():
    from postlint.config import ConfigError, resolve

    with pytest.raises(ConfigError, match="dictURL"):
        resolve({"rules": {RULE: {"dictURL": "lists/housouKinshiYougo.xml"}}})


def test_the_list_is_fetched_once_kept_and_used_when_the_site_is_gone(tmp_path, monkeypatch):
    from postlint import fetched

    server = linkserver.start_data_site(monkeypatch, tmp_path / "cache")
    try:
        server.files["/kinshi/housouKinshiYougo.xml"] = LIST.read_bytes()
        options = {"dictURL": f"http://127.0.0.1:{server.server_port}/kinshi/housouKinshiYougo.xml"}
        assert len(run_rule(RULE, "板前に会いました。\n", options)) == 1
        assert len(run_rule(RULE, "家柄を聞きました。\n", options)) == 1
        assert server.hits == {"/kinshi/housouKinshiYougo.xml": 1}  # fresh for a week: not asked again
        # a new process, the site gone: the copy in the cache folder serves
        monkeypatch.setattr(fetched, "_FETCHED", {})
        del server.files["/kinshi/housouKinshiYougo.xml"]
        assert len(run_rule(RULE, "板前に会いました。\n", options)) == 1
    finally:
        server.shutdown()

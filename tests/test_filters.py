"""Filters: allowlist and node-types silence what textlint 15's filter rules silence (checked
against textlint with textlint-filter-rule-allowlist 4.0 and textlint-filter-rule-node-types 1.1)."""

import pytest

from postlint.config import ConfigError, load, resolve
from postlint.engine import lint_text

POST = (
    "---\ntitle: 試し\n---\n\n"
    "ＱＲＳ社の新製品は、とても軽く、持ち運び、しやすい、らしい。\n\n"  # line 5
    "> 引用したＸＹＺ社の文は、手を入れずに載せる。\n\n"  # line 7
    "- 箇条書きでも、読点を、多く、使い、すぎた。\n"  # line 9
)


def found(filters, rules=None):
    config = resolve({"rules": rules or {"preset-ja-technical-writing": True}, "filters": filters})
    return [(p.line, p.rule_id) for p in lint_text(POST, config)]


def test_without_filters():
    assert found({}) == [
        (5, "ja-technical-writing/ja-unnatural-alphabet"), (5, "ja-technical-writing/max-ten"),
        (7, "ja-technical-writing/ja-unnatural-alphabet"), (9, "ja-technical-writing/max-ten")]


def test_allowlist_words_and_regexps():
    unnatural = (5, "ja-technical-writing/ja-unnatural-alphabet")
    assert unnatural not in found({"allowlist": {"allow": ["ＱＲＳ社"]}})
    assert len(found({"textlint-filter-rule-allowlist": {"allow": ["/[Ａ-Ｚ]{3}/"]}})) == 2
    assert unnatural not in found({"whitelist": {"allow": ["ＱＲＳ"]}})  # the old name


def test_allowlist_files_are_relative_to_the_config(tmp_path):
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "allow.yml").write_text("- ＱＲＳ社\n- /[Ｘ-Ｚ]+社/\n", "utf-8")
    (tmp_path / ".textlintrc.json").write_text(
        '{"rules": {"ja-unnatural-alphabet": true},'
        ' "filters": {"allowlist": {"allowlistConfigPaths": ["words/allow.yml"]}}}', "utf-8")
    assert lint_text(POST, load(tmp_path / ".textlintrc.json")) == []


def test_node_types_for_every_rule_or_one():
    assert found({"node-types": {"nodeTypes": ["BlockQuote", "List"]}}) == found({})[:2]
    only_lists = {"node-types": {"nodeTypes": [{"ruleId": "preset-ja-technical-writing/max-ten", "types": ["ListItem"]}]}}
    assert found(only_lists) == found({})[:3]
    # as in textlint, a rule of a preset is named with the preset: the bare id matches nothing
    bare = {"node-types": {"nodeTypes": [{"ruleId": "max-ten", "types": ["ListItem"]}]}}
    assert found(bare) == found({})
    assert found(bare, {"max-ten": True}) == [(5, "max-ten")]


def test_node_types_name_reference_links_as_textlint_does():
    # [text][1] is a LinkReference to textlint, [text](url) a Link (whose text the rule skips)
    text = "参照は[すごい！][1]と[すごい！](https://example.org)です。\n\n[1]: https://example.com\n"

    def starts(filters):
        config = resolve({"rules": {"no-exclamation-question-mark": True}, "filters": filters})
        return [p.start for p in lint_text(text, config)]

    assert starts({}) == [text.index("！")]
    assert starts({"node-types": {"nodeTypes": ["LinkReference"]}}) == []
    assert starts({"node-types": {"nodeTypes": ["Link"]}}) == [text.index("！")]


def test_node_types_name_a_footnote_as_textlint_does():
    # textlint's parser passes micromark's name on: footnoteDefinition, not FootnoteDefinition
    text = "本文です[^1]。\n\n[^1]: 注釈の文です！\n"
    config = {"rules": {"no-exclamation-question-mark": True}}
    assert len(lint_text(text, resolve(config))) == 1
    assert lint_text(text, resolve({**config, "filters": {"node-types": {"nodeTypes": ["footnoteDefinition"]}}})) == []
    assert len(lint_text(text, resolve({**config, "filters": {"node-types": {"nodeTypes": ["FootnoteDefinition"]}}}))) == 1


@pytest.mark.parametrize("filters, message", [
    ({"allowlist": {"allow": "ＱＲＳ"}}, "allow must be a list of strings"),
    ({"allowlist": {"allowlistConfigPaths": ["missing.yml"]}}, "cannot read"),
    ({"node-types": {"nodeTypes": []}}, "nodeTypes must be a list"),
    ({"node-types": {"nodeTypes": [{"ruleId": "max-ten"}]}}, "nodeTypes must be a list"),
    ({"node-types": ["BlockQuote"]}, "options must be a mapping"),
])
def test_bad_filter_options_are_config_errors(filters, message):
    with pytest.raises(ConfigError, match=message):
        resolve({"rules": {"max-ten": True}, "filters": filters})


def test_an_unknown_filter_or_filter_option_is_a_warning_and_filters_change_the_fingerprint():
    config = resolve({"rules": {"max-ten": True}, "filters": {"textlint-filter-rule-jsx-comments": True}})
    assert config.warnings == ["unknown filter 'textlint-filter-rule-jsx-comments' ignored"]
    config = resolve({"rules": {"max-ten": True}, "filters": {"allowlist": {"allow": None, "allowlistConfigPaths": None}}})
    assert not config.filters and config.warnings == []  # empty settings, as the filter reads them
    config = resolve({"rules": {"max-ten": True}, "filters": {"allowlist": {"allowed": ["本文"], "allow": ["例"]}}})
    assert config.filters.allow == ("例",)
    assert config.warnings == ["filter allowlist: unknown option 'allowed' ignored, as textlint ignores it "
                               "(did you mean 'allow'? known: allow, allowlistConfigPaths, whitelistConfigPaths)"]
    # an entry that cannot compile matches nothing, as textlint's allowlist quietly leaves it out
    config = resolve({"rules": {"max-ten": True}, "filters": {"allowlist": {"allow": ["/(/", "例"]}}})
    assert config.filters.allow == ("/(/", "例")
    assert len(config.warnings) == 1 and "'/(/' matches nothing, as in textlint" in config.warnings[0]
    prints = {resolve({"rules": {"max-ten": True}, "filters": f}).fingerprint() for f in (
        {}, {"allowlist": {"allow": ["a"]}}, {"allowlist": {"allow": ["b"]}}, {"node-types": {"nodeTypes": ["List"]}})}
    assert len(prints) == 4

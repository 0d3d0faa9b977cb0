import json
import re
import shutil

import pytest

from postlint.config import ConfigError, find_config, load, load_file, resolve, with_rules
from postlint.engine import lint
from postlint.source import Source


def test_textlintrc_json_with_comments_is_read(tmp_path):
    rc = tmp_path / ".textlintrc"
    rc.write_text('{\n  // technical writing\n  "rules": {"preset-ja-technical-writing": {"max-ten": {"max": 5}}},\n'
                  '  /* filters */ "filters": {"comments": true}\n}\n', "utf-8")
    config = load(rc)
    assert config.comments_filter
    assert config.setting("max-ten").options["max"] == 5
    assert config.setting("max-ten").display_id == "ja-technical-writing/max-ten"
    assert config.setting("sentence-length").options["max"] == 100


def test_yaml_config_and_severity(tmp_path):
    rc = tmp_path / ".textlintrc.yml"
    rc.write_text("rules:\n  sentence-length:\n    max: 80\n    severity: warning\n", "utf-8")
    setting = load(rc).setting("sentence-length")
    assert setting.options["max"] == 80 and setting.severity.label == "warning"


def test_preset_rule_can_be_switched_off():
    config = resolve({"rules": {"textlint-rule-preset-ja-technical-writing": {"no-exclamation-question-mark": False}}})
    assert config.setting("no-exclamation-question-mark") is None
    assert config.setting("max-comma") is not None


def test_unknown_rule_or_option_is_a_warning_and_a_mistyped_option_an_error():
    config = resolve({"rules": {"no-such-rule": True}})
    assert config.rules == [] and "no-such-rule" in config.warnings[0]
    # as textlint ignores it: a .textlintrc written for an older version of a rule still runs
    config = resolve({"rules": {"preset-ja-technical-writing": {"no-doubled-joshi": {"separatorChars": ["。"]}}}})
    assert "separatorChars" not in config.setting("ja-technical-writing/no-doubled-joshi").options
    assert "no-doubled-joshi: unknown option 'separatorChars' ignored" in config.warnings[0]
    with pytest.raises(ConfigError, match="must be integer"):
        resolve({"rules": {"max-ten": {"max": "two"}}})


@pytest.mark.parametrize("rules, message", [
    ({"no-doubled-joshi": {"min_interval": 0}}, "no-doubled-joshi: option min_interval must be 1 or more"),
    ({"ja-consistent-punctuation": {"roles": ["colon", "semicolon"]}}, "unknown role"),
    ({"ja-space-between-half-and-full-width": {"space": "sometimes"}}, "option space must be"),
    ({"ja-space-between-half-and-full-width": {"space": ["alphabets", "kanji"]}}, "may only name"),
    ({"ja-space-between-half-and-full-width": {"allows": [3]}}, "must be a list of string values"),
    ({"ja-space-between-half-and-full-width": {"allows": ["/(/"]}}, "invalid regular expression /\\(/"),
    ({"no-exclamation-question-mark": {"allow": [""]}}, "an empty pattern cannot be used"),
    ({"sentence-length": {"skipPatterns": ["/\\q/"]}}, "invalid escape"),
    ({"sentence-length": {"exclusionPatterns": [["/x/"]]}}, "must be a list of string values"),
    ({"no-doubled-joshi": {"allow": [["も", "や"]]}}, "allow' must be a list of string values"),
    ({"prh": {"ruleContents": [{"expected": "JavaScript"}]}}, "ruleContents' must be a list of string values or null"),
    ({"no-mix-dearu-desumasu": {"preferInBody": "敬語"}}, "option preferInBody must be one of"),
    ({"no-mix-keitai-jotai": {"preferInList": "x"}}, "option preferInList must be one of"),
    ({"reading-time": {"charsPerMinute": 0}}, "charsPerMinute must be more than 0"),
    ({"reading-time": {"tolerance": "少し"}}, "tolerance must be minutes"),
    ({"reading-time": {"tolerance": -2}}, "tolerance must not be negative"),
    ({"no-repeated-phrase": {"extraPhrases": [1]}}, "a phrase must be a string"),
    ({"no-generation-artifact": {"extraPatterns": ["(未完"]}}, "not a valid regular expression"),
    ({"ja-consistent-spelling": {"extraVariants": [["ウェブ"]]}}, "two or more spellings"),
    ({"ja-consistent-spelling": {"extraVariants": "no-such-file.yml"}}, "cannot read"),
])
def test_an_option_value_a_rule_cannot_use_fails_when_the_config_loads(rules, message):
    """Not later, as an internal error in the middle of a run."""
    with pytest.raises(ConfigError, match=message):
        resolve({"rules": rules})


def test_an_empty_option_is_its_default_and_a_number_in_a_string_a_number():
    """As textlint's rules read them: `max:` alone in YAML (null) takes the default, and a number
    written as a string compares as that number."""
    config = resolve({"rules": {"sentence-length": {"max": "120", "skipPatterns": None}}})
    assert config.setting("sentence-length").options["max"] == 120
    assert config.warnings == ["rule sentence-length: option 'max' is the string '120': read as the number 120, "
                               "as textlint's rule compares it"]
    with pytest.raises(ConfigError, match="option 'max' must be integer"):
        resolve({"rules": {"sentence-length": {"max": "百二十"}}})
    config = resolve({"rules": {"no-doubled-joshi": {"strict": "false"}}})  # a string is true to JavaScript
    assert config.setting("no-doubled-joshi").options["strict"] is True
    assert "which textlint's rule takes for true: write true or false" in config.warnings[0]


@pytest.mark.parametrize("rule, pattern, why", [
    ("no-exclamation-question-mark", "/(/", "invalid regular expression /\\(/"),
    ("ja-unnatural-alphabet", "/[a-z/", "unterminated character class"),
    ("ja-no-successive-word", "/(?<x>a)\\k<y>/", "invalid regular expression"),
])
def test_a_version_1_pattern_that_cannot_compile_matches_nothing_as_in_textlint(rule, pattern, why):
    """Those rules' matcher (@textlint/regexp-string-matcher 1.x) quietly leaves such an entry
    out: the run goes on, and postlint says which entry it left out."""
    config = resolve({"rules": {rule: {"allow": [pattern, "例"]}}})
    assert config.setting(rule) is not None
    assert len(config.warnings) == 1 and f"allow entry {pattern!r} matches nothing" in config.warnings[0]
    assert re.search(why, config.warnings[0])



def test_a_data_file_named_in_an_option_is_read_from_the_configs_folder(tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    (site / "phrases.yml").write_text("phrases:\n  - 要するに\n", "utf-8")
    (site / ".postlintrc.yml").write_text("rules:\n  no-repeated-phrase:\n    max: 1\n    extraPhrases: phrases.yml\n",
                                          "utf-8")
    monkeypatch.chdir(tmp_path)  # not the config's folder
    config = load(site / ".postlintrc.yml")
    assert config.setting("no-repeated-phrase").options["extraPhrases"] == str(site / "phrases.yml")
    problems = lint(Source.from_text("要するに、雨だ。\n\n要するに、晴れた。\n", "post.md"), config)
    assert [p.rule_id for p in problems] == ["no-repeated-phrase"]


def test_options_for_a_preset_rule_replace_the_presets_as_in_textlint():
    preset = resolve({"rules": {"preset-ja-technical-writing": True}}).setting("no-mix-dearu-desumasu").options
    assert (preset["preferInBody"], preset["preferInList"]) == ("ですます", "である")
    mine = resolve({"rules": {"preset-ja-technical-writing": {"no-mix-dearu-desumasu": {"strict": True}}}})
    options = mine.setting("no-mix-dearu-desumasu").options
    assert (options["strict"], options["preferInBody"], options["preferInList"]) == (True, "", "")  # the rule's defaults
    assert mine.setting("max-ten").options["max"] == 3  # the preset's other rules keep its options

def test_lookup_walks_up_and_prefers_postlintrc(tmp_path):
    (tmp_path / ".textlintrc.json").write_text(json.dumps({"rules": {}}), "utf-8")
    (tmp_path / ".postlintrc.yml").write_text("rules: {}\n", "utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep / "post.md").name == ".postlintrc.yml"


needs_node = pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")


@needs_node
def test_javascript_config_runs_with_node_as_in_textlint(tmp_path, monkeypatch):
    shared = tmp_path / "node_modules" / "@site" / "lint-config"
    shared.mkdir(parents=True)
    (shared / "index.js").write_text('module.exports = {rules: {"max-ten": {max: 2}}};\n', "utf-8")
    (tmp_path / "package.json").write_text('{"type": "module"}', "utf-8")  # still read as CommonJS
    (tmp_path / ".textlintrc.js").write_text(
        'const shared = require("@site/lint-config");\n'
        'console.log("said on stdout");  // the config may print\n'
        "module.exports = {\n"
        "  ...shared,\n"
        "  rules: {...shared.rules, 'no-todo': process.env.SITE_TODO === '1',\n"
        "          'sentence-length': {max: 80, skipPatterns: [/「.*?」/g]}},\n"
        "};\n", "utf-8")
    monkeypatch.setenv("SITE_TODO", "1")
    assert find_config(tmp_path / "posts" / "a.md") == tmp_path / ".textlintrc.js"
    config = load(for_file=tmp_path / "a.md")
    assert config.setting("max-ten").options["max"] == 2
    assert config.setting("no-todo") is not None
    assert config.setting("sentence-length").options["skipPatterns"] == ["/「.*?」/g"]
    # a JSON config beside it comes first, as rc-config-loader looks for it first
    (tmp_path / ".textlintrc.json").write_text('{"rules": {}}', "utf-8")
    assert find_config(tmp_path) == tmp_path / ".textlintrc.json"


@needs_node
@pytest.mark.parametrize("name, text, message", [
    (".textlintrc.cjs", "module.exports = {rules: {'max-ten': true}};", None),
    (".textlintrc", "module.exports = {rules: {'max-ten': true}};", None),  # neither JSON nor YAML
    (".textlintrc", "const rules = {'max-ten': true}\nmodule.exports = {rules}", None),  # a YAML string
    (".textlintrc.js", "module.exports = {rules: {", "SyntaxError"),
    (".textlintrc.js", "module.exports = require('not-installed-anywhere');", "Cannot find module"),
    (".textlintrc.js", "module.exports = 3;", "must be a mapping"),
])
def test_javascript_config_files(tmp_path, name, text, message):
    (tmp_path / name).write_text(text, "utf-8")
    if message is None:
        assert load(tmp_path / name).setting("max-ten") is not None
    else:
        with pytest.raises(ConfigError, match=f"{name}: .*{message}"):
            load(tmp_path / name)


@pytest.mark.parametrize("value", ["off", "0", "False"])
def test_javascript_configs_can_be_turned_off_for_folders_not_trusted(tmp_path, monkeypatch, value):
    ran = tmp_path / "ran"
    (tmp_path / ".textlintrc.js").write_text(
        f"require('fs').writeFileSync({json.dumps(str(ran))}, 'x');\nmodule.exports = {{}};", "utf-8")
    monkeypatch.setenv("POSTLINT_JS_CONFIG", value)
    with pytest.raises(ConfigError, match=r"\.textlintrc\.js: a JavaScript config, not run: .*POSTLINT_JS_CONFIG="):
        load(for_file=tmp_path / "post.md")
    assert not ran.exists()


def test_javascript_config_without_node_says_what_to_do(tmp_path, monkeypatch):
    (tmp_path / ".textlintrc.js").write_text("module.exports = {};", "utf-8")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(ConfigError, match="needs Node.js .* not on the PATH"):
        load(for_file=tmp_path / "post.md")


def test_es_module_config_gets_a_clear_error(tmp_path):
    (tmp_path / ".textlintrc.mjs").write_text("export default {}", "utf-8")
    with pytest.raises(ConfigError, match="textlint does not read them either"):
        find_config(tmp_path / "post.md")


def test_a_jsonc_config_is_named_not_silently_passed_over(tmp_path):
    """textlint reads no .textlintrc.jsonc: a folder with one would get the recommended set."""
    (tmp_path / ".textlintrc.jsonc").write_text('{"rules": {"max-ten": true}}', "utf-8")
    with pytest.raises(ConfigError, match=r"\.textlintrc\.jsonc: textlint does not read .* rename it \.textlintrc\.json"):
        find_config(tmp_path / "post.md")


def test_broken_config_names_file_and_line(tmp_path):
    rc = tmp_path / ".postlintrc.yml"
    rc.write_text("rules:\n  max-ten: [\n", "utf-8")
    with pytest.raises(ConfigError, match=r"\.postlintrc\.yml:\d+"):
        load_file(rc)


def test_no_config_means_recommended(tmp_path):
    config = load(for_file=tmp_path / "post.md") if find_config(tmp_path) is None else None
    if config is None:
        pytest.skip("a config file exists above the temp folder")
    assert {r.id for r in config.rules} >= {"front-matter", "reading-time"}


def test_package_json_textlint_field(tmp_path):
    site = tmp_path / "site"
    (site / "posts").mkdir(parents=True)
    (tmp_path / "package.json").write_text('{"name": "outer", "textlint": {"rules": {"max-ten": {"max": 2}}}}', "utf-8")
    (site / "package.json").write_text('{"name": "blog", "scripts": {"lint": "textlint posts"}}', "utf-8")
    # the blog's package.json has no "textlint" field: the search goes on upward
    assert find_config(site / "posts") == tmp_path / "package.json"
    assert load(for_file=site / "posts" / "a.md").setting("max-ten").options["max"] == 2
    # a config file beside a package.json comes first, as in textlint
    (tmp_path / ".textlintrc.json").write_text('{"rules": {"max-comma": true}}', "utf-8")
    assert find_config(site) == tmp_path / ".textlintrc.json"
    (site / "package.json").write_text('{"textlint": {"rules": {"max-ten": true}}}', "utf-8")
    assert find_config(site) == site / "package.json"
    # an unparsable package.json is passed over by the search; named with --config it is an error
    (site / "package.json").write_text('{"textlint": ', "utf-8")
    assert find_config(site) == tmp_path / ".textlintrc.json"
    with pytest.raises(ConfigError, match="not valid JSON"):
        load(site / "package.json")
    (site / "package.json").write_text('{"name": "blog"}', "utf-8")
    with pytest.raises(ConfigError, match='no "textlint" config'):
        load(site / "package.json")


def test_json5_textlintrc_as_textlint_reads_it(tmp_path):
    """textlint reads .textlintrc as JSON5: comments, trailing commas, single quotes, bare keys."""
    rc = tmp_path / ".textlintrc"
    rc.write_text("{\n  // the preset, tuned\n  rules: {\n    'max-ten': {max: 2,},  /* stricter */\n"
                  "    \"prh\": {rulePaths: ['https://example.com//dict.yml']},\n  },\n}\n", "utf-8")
    assert load_file(rc) == {"rules": {"max-ten": {"max": 2}, "prh": {"rulePaths": ["https://example.com//dict.yml"]}}}
    # tabs, a comment before the brace, a string with a comma and a bracket: JSON5, not YAML's flow style
    rc.write_text("// 記事用\n{\n\t\"rules\": {\n\t\t\"max-ten\": {\"touten\": \"、[\",},\n\t},\n}\n", "utf-8")
    assert load_file(rc) == {"rules": {"max-ten": {"touten": "、["}}}
    rc.write_text('{\n  "rules": {\n    "max-ten": true\n}\n', "utf-8")
    with pytest.raises(ConfigError, match=r"\.textlintrc:\d+:\d+: config is not valid JSON5"):
        load_file(rc)


@pytest.mark.parametrize("value, on, max_", [
    (None, False, None), (0, False, None), ("", False, None),  # textlint skips a rule set to null, 0 or ''
    (True, True, 3), ({"max": 2}, True, 2),
    (2, True, 3), ("yes", True, 3), ([{"max": 2}], True, 3),  # not options: the rule's defaults, warned
])
def test_a_rule_setting_is_read_as_textlint_reads_it(value, on, max_):
    config = resolve({"rules": {"max-ten": value}})
    assert (config.setting("max-ten") is not None) == on
    if on:
        assert config.setting("max-ten").options["max"] == max_
    assert bool(config.warnings) == (on and not isinstance(value, (bool, dict)))


def test_a_preset_set_to_null_is_off_and_its_rule_set_to_null_keeps_the_preset_setting():
    assert resolve({"rules": {"preset-ja-technical-writing": None}}).rules == []
    config = resolve({"rules": {"preset-ja-technical-writing": {"sentence-length": None, "max-ten": 0}}})
    assert config.setting("ja-technical-writing/sentence-length").options["max"] == 100  # the preset's
    assert config.setting("ja-technical-writing/max-ten") is not None  # only false turns a preset's rule off


def test_a_preset_names_its_rules_by_its_own_keys():
    """preset-jtf-style's rules are named (in options and reports) by the preset's keys, and
    the rules it lists as off stay off until its options switch them on, as in textlint."""
    config = resolve({"rules": {"preset-jtf-style": {"4.2.7.コロン(：)": False, "2.1.5.カタカナ": {}}}})
    shown = {r.display_id for r in config.rules}
    assert config.setting("jtf-1-1-1").display_id == "jtf-style/1.1.1.本文"
    assert "jtf-style/4.2.7.コロン(：)" not in shown
    assert "jtf-style/2.1.5.カタカナ" in shown and "jtf-style/2.1.6.カタカナの長音" not in shown
    assert len(shown) == 37 - 4 - 1 + 1 and config.warnings == []
    config = resolve({"rules": {"preset-jtf-style": {"4.2.7.コロン": False}}})
    assert config.warnings == ["preset jtf-style: no rule '4.2.7.コロン' in this preset, so the setting is not applied"]
    # written in other widths (13 of 236 public configs do so): the key meant is named
    config = resolve({"rules": {"preset-jtf-style": {"4.3.2.大かっこ[]": False}}})
    assert config.warnings == ["preset jtf-style: no rule '4.3.2.大かっこ[]' in this preset, so the setting is not "
                               "applied (did you mean '4.3.2.大かっこ［］'?)"]
    assert config.setting("jtf-4-3-2") is not None  # as textlint: not switched off
    # true is the preset's own setting: a rule it lists as off stays off (textlint 15 does the same)
    config = resolve({"rules": {"preset-jtf-style": {"2.1.6.カタカナの長音": True}}})
    assert config.setting("jtf-2-1-6") is None and "write {}" in config.warnings[0]


def test_the_markdown_and_text_plugins_extensions_are_read():
    from postlint.engine import is_plain_text

    config = resolve({"plugins": {"@textlint/markdown": {"extensions": [".mdx"]},
                                  "@textlint/textlint-plugin-text": {"extensions": [".LOG"]}}, "rules": {}})
    assert config.markdown_suffixes[-1] == ".mdx" and ".mkd" in config.markdown_suffixes
    assert config.text_suffixes == (".txt", ".text", ".log")
    assert is_plain_text("notes/day.log", config) and not is_plain_text("notes/day.log", resolve({"rules": {}}))
    assert not is_plain_text("docs/intro.mdx", config)
    # --rule and --preset keep them
    assert with_rules(config, ["no-todo"]).text_suffixes == config.text_suffixes
    assert resolve({"plugins": {"markdown": {"extensions": ".mdx"}}}).warnings == [
        "plugin 'markdown': extensions must be a list of file name endings such as [\".mdx\"]; ignored"]


def test_unknown_keys_and_other_formats_plugins_are_warnings():
    config = resolve({"rules": {"max-ten": True}, "rulez": {}, "$schema": "x",
                      "plugins": {"@textlint/markdown": {"extensions": [".mdx"]}, "html": True}})
    assert config.warnings == ["unknown key 'rulez' ignored (a config has rules, filters and plugins)",
                               "plugin 'html' not supported: postlint lints Markdown, MDX and plain text only"]
    assert resolve({"plugins": ["markdown", "textlint-plugin-text"], "rules": {}}).warnings == []


def test_a_rule_enabled_in_two_places_runs_in_both_with_its_own_options():
    """As in textlint: a preset's rule and the same rule on its own are two runs."""
    config = resolve({"rules": {"preset-ja-technical-writing": True, "max-ten": {"max": 1}}})
    runs = [(r.display_id, r.options["max"]) for r in config.rules if r.id == "max-ten"]
    assert runs == [("ja-technical-writing/max-ten", 3), ("max-ten", 1)]
    text = "雨は、朝から、昼まで、降った。\n"
    from postlint.engine import lint_text
    assert sorted(p.rule_id for p in lint_text(text, config) if p.rule_id.endswith("max-ten")) == ["max-ten"]
    text = "雨は、朝から、昼まで、夜まで、降った。\n"
    assert sorted(p.rule_id for p in lint_text(text, config) if p.rule_id.endswith("max-ten")) == [
        "ja-technical-writing/max-ten", "max-ten", "max-ten"]


def test_the_same_rule_with_the_same_settings_runs_once_under_the_later_id():
    config = resolve({"rules": {"preset-ja-technical-writing": True, "preset-japanese": True}})
    runs = [r for r in config.rules if r.id == "max-ten"]
    assert [(r.display_id, r.aliases) for r in runs] == [("japanese/max-ten", ("ja-technical-writing/max-ten",))]
    # a rule switched off on its own leaves the preset's on, as in textlint
    config = resolve({"rules": {"preset-ja-technical-writing": True, "max-ten": False}})
    assert config.setting("max-ten").display_id == "ja-technical-writing/max-ten"


def test_a_problem_two_rules_report_alike_is_reported_once():
    """textlint drops a problem that a later one repeats (range, severity, message): jtf-style
    2.2.2 is arabic-kanji-numbers, and 3.1.1 says what ja-space-between-half-and-full-width says."""
    from postlint.engine import lint_text

    config = resolve({"rules": {"preset-ja-technical-writing": True, "preset-jtf-style": True,
                                "ja-space-between-half-and-full-width": True}})
    text = "箱が二つ Go と書く。\n"
    found = [(text[p.start], p.rule_id) for p in lint_text(text, config)]
    assert ("二", "jtf-style/2.2.2.算用数字と漢数字の使い分け") in found
    assert not any(rule.endswith("arabic-kanji-numbers") for _, rule in found)
    assert [rule for at, rule in found if at == " "] == ["ja-space-between-half-and-full-width"] * 2


def test_a_rule_is_reported_under_its_key_as_written_as_textlint_does():
    from postlint.engine import lint_text

    config = resolve({"rules": {"@textlint-rule/no-unmatched-pair": True, "textlint-rule-max-ten": {"max": 1},
                                "max-comma": True}, "filters": {"comments": True}})
    assert [(r.id, r.display_id) for r in config.rules] == [
        ("no-unmatched-pair", "@textlint-rule/no-unmatched-pair"), ("max-ten", "textlint-rule-max-ten"),
        ("max-comma", "max-comma")]
    text = ("これは、とても、長い文です。\n\n<!-- textlint-disable no-unmatched-pair -->\n\n「閉じない\n\n"
            "<!-- textlint-disable @textlint-rule/no-unmatched-pair -->\n\n「閉じない\n")
    # a disable comment names the rule as it is reported: its own id alone does not silence it
    assert [(p.rule_id, p.line) for p in lint_text(text, config)] == [
        ("textlint-rule-max-ten", 1), ("@textlint-rule/no-unmatched-pair", 5)]


def test_preset_ja_spacing_runs_its_rules_with_the_presets_settings():
    config = resolve({"rules": {"preset-ja-spacing": {"ja-space-around-strong": {}}}})
    shown = {r.display_id: r for r in config.rules}
    assert len(shown) == 10 and "ja-spacing/ja-space-around-emphasis" not in shown  # off in the preset
    assert shown["ja-spacing/ja-space-between-half-and-full-width"].options["space"] == "never"
    assert shown["ja-spacing/ja-space-around-strong"].id == "ja-space-around-strong"  # a mapping switches it on
    from postlint.engine import lint_text

    problems = lint_text("これは `code` です。設定は 「詳細」 で変える。", resolve({"rules": {"preset-ja-spacing": True}}))
    assert sorted({p.rule_id for p in problems}) == ["ja-spacing/ja-no-space-around-parentheses",
                                                     "ja-spacing/ja-space-around-code"]


@pytest.mark.parametrize("key", ["@textlint-ja/preset-ai-writing", "@textlint-ja/textlint-rule-preset-ai-writing"])
def test_a_scoped_preset_reports_under_its_scoped_prefix(key):
    """@textlint-ja/preset-ai-writing's rules are reported as @textlint-ja/ai-writing/<rule>, as in
    textlint, and a disable comment naming one so silences it."""
    from postlint.engine import lint_text

    config = resolve({"rules": {key: {"no-ai-list-formatting": False}}, "filters": {"comments": True}})
    assert {r.display_id for r in config.rules} == {f"@textlint-ja/ai-writing/{rule}" for rule in (
        "no-ai-hype-expressions", "no-ai-emphasis-patterns", "ai-tech-writing-guideline", "no-ai-colon-continuation")}
    text = "革命的な手法です。\n\n<!-- textlint-disable @textlint-ja/ai-writing/no-ai-hype-expressions -->\n革命的な道具です。\n"
    assert [(p.rule_id, p.line) for p in lint_text(text, config)] == [("@textlint-ja/ai-writing/no-ai-hype-expressions", 1)]


def test_a_config_that_turns_no_rule_on_says_so():
    """textlint stops with "No rules found"; postlint runs, and says why nothing is reported."""
    assert resolve({"rules": {"no-such-rule": True}}, "site/.textlintrc").warnings[-1].startswith("no rule is on")
    assert not any(w.startswith("no rule is on") for w in resolve({"rules": {"max-ten": True}}, "x").warnings)
    # an ES module's export default, as Node hands a .textlintrc.js that uses one to textlint
    config = resolve({"__esModule": True, "default": {"rules": {"max-ten": True}}}, "site/.textlintrc.js")
    assert config.rules == [] and "ES module's `export default`" in config.warnings[0] and len(config.warnings) == 2


def test_a_rule_of_another_npm_scope_is_not_postlints_rule_of_that_name():
    config = resolve({"rules": {"@someone/textlint-rule-max-ten": {"max": 1}, "@textlint-rule/no-unmatched-pair": True,
                                "@textlint-ja/textlint-rule-no-insert-re": True,
                                "@someone/textlint-rule-preset-house-style": True}})
    assert [(r.id, r.display_id) for r in config.rules] == [
        ("no-unmatched-pair", "@textlint-rule/no-unmatched-pair"),
        ("no-insert-re", "@textlint-ja/textlint-rule-no-insert-re")]
    assert config.warnings == ["unknown rule '@someone/textlint-rule-max-ten' ignored",
                               "unknown preset '@someone/textlint-rule-preset-house-style' ignored"]


def test_a_rule_postlint_leaves_out_on_purpose_says_why():
    config = resolve({"rules": {"common-misspellings": True}})
    assert config.warnings == ["unknown rule 'common-misspellings' ignored "
                               "(its word list is GPL-3.0, which postlint, MIT, does not ship)"]


def test_an_unknown_rule_or_preset_switched_off_is_passed_over_silently():
    config = resolve({"rules": {"max-ten": True, "some-rule-from-npm": False, "preset-from-npm": False}})
    assert [r.id for r in config.rules] == ["max-ten"] and config.warnings == []


def test_preset_rules_set_beside_the_preset_under_their_reported_names_apply_to_it():
    """A widely copied template writes "ja-technical-writing/sentence-length": false at the top
    level; textlint 15 stops at it, postlint applies it to the preset's rule and says how to write it."""
    config = resolve({"rules": {"ja-technical-writing/max-ten": {"max": 5}, "preset-ja-technical-writing": True,
                                "ja-technical-writing/sentence-length": False}})
    assert config.setting("max-ten").options["max"] == 5
    assert config.setting("max-ten").display_id == "ja-technical-writing/max-ten"
    assert config.setting("sentence-length") is None
    assert len(config.warnings) == 2
    assert config.warnings[0].startswith("'ja-technical-writing/max-ten': applied to the rule of preset-ja-technical-writing")
    assert '"preset-ja-technical-writing": {"max-ten": ...}' in config.warnings[0]
    # without the preset, the key names no rule
    alone = resolve({"rules": {"ja-technical-writing/max-ten": {"max": 5}}})
    assert alone.rules == [] and alone.warnings[0] == "unknown rule 'ja-technical-writing/max-ten' ignored"


def test_keys_that_yaml_reads_as_numbers_or_booleans_are_names_as_in_javascript(tmp_path):
    rc = tmp_path / ".textlintrc.yml"
    rc.write_text("rules:\n  1: true\n  max-ten: true\nfilters:\n  null: true\n", "utf-8")
    config = load(rc)
    assert [r.id for r in config.rules] == ["max-ten"]
    assert config.warnings == ["unknown filter 'null' ignored", "unknown rule '1' ignored"]

"""YAML read as js-yaml (textlint's reader) reads it (postlint.jsyaml)."""

import pytest
import yaml

from postlint import jsyaml
from postlint.config import ConfigError, load_file, resolve


def test_only_true_and_false_are_booleans():
    assert jsyaml.load("a: yes\nb: off\nc: true\nd: False\n") == {"a": "yes", "b": "off", "c": True, "d": False}


def test_a_question_mark_inside_a_flow_scalar_is_text():
    text = "terms:\n  - [colou?r, color]\n  - ['e-?mail', email]\n"
    with pytest.raises(yaml.YAMLError):
        yaml.safe_load(text)  # YAML 1.1's scanner stops the scalar at ?
    assert jsyaml.load(text) == {"terms": [["colou?r", "color"], ["e-?mail", "email"]]}


def test_what_neither_reads_is_pyyamls_error_with_its_line():
    with pytest.raises(yaml.YAMLError) as caught:
        jsyaml.load("rules:\n  max-ten: true\n  no-todo\n  sentence-length: true\n")
    assert caught.value.problem_mark.line == 3


def test_a_config_reads_as_in_textlint(tmp_path):
    rc = tmp_path / ".textlintrc.yml"
    rc.write_text("rules:\n  terminology:\n    defaultTerms: false\n    terms:\n      - [web ?site, website]\n"
                  "  max-ten: off\n", "utf-8")
    raw = load_file(rc)
    assert raw["rules"]["terminology"]["terms"] == [["web ?site", "website"]]
    config = resolve(raw, str(rc))  # "off" is a string to js-yaml: textlint runs the rule, warned here
    assert config.setting("max-ten") is not None and "setting 'off'" in config.warnings[0]
    rc.write_text("rules:\n  max-ten: [unclosed\n", "utf-8")
    with pytest.raises(ConfigError, match=r"\.textlintrc\.yml:3:1: config is neither valid JSON nor YAML"):
        load_file(rc)


def test_a_key_written_twice_is_refused_as_js_yaml_refuses_it(tmp_path):
    """Two ``rules:`` blocks would silently lose the first; textlint stops on them, so does
    postlint, naming the second one's line."""
    rc = tmp_path / ".textlintrc.yml"
    rc.write_text("rules:\n  max-ten: true\nfilters: {}\nrules:\n  sentence-length: true\n", "utf-8")
    with pytest.raises(ConfigError, match=r"\.textlintrc\.yml:4:1: .*duplicated mapping key 'rules' \(first on line 1\)"):
        load_file(rc)
    with pytest.raises(yaml.YAMLError, match="duplicated mapping key 'a'"):
        jsyaml.load("{a: 1, b: 2, a: 3}")


def test_a_merged_key_may_be_written_again():
    assert jsyaml.load("base: &b {max: 3, min: 1}\nrule:\n  <<: *b\n  max: 5\n") == {
        "base": {"max": 3, "min": 1}, "rule": {"max": 5, "min": 1}}


def test_dictionaries_and_allowlists_name_the_place_of_a_duplicated_key(tmp_path):
    (tmp_path / "prh.yml").write_text("version: 1\nrules:\n  - expected: A\n    pattern: a\n    expected: B\n", "utf-8")
    (tmp_path / "allow.yml").write_text("allow:\n  - x\nallow:\n  - y\n", "utf-8")
    rc = tmp_path / ".textlintrc.json"
    rc.write_text('{"rules": {"prh": {"rulePaths": ["prh.yml"]}}}', "utf-8")
    with pytest.raises(ConfigError, match=r"prh\.yml:5:5: invalid YAML: duplicated mapping key 'expected'"):
        resolve(load_file(rc), str(rc))
    rc.write_text('{"rules": {"max-ten": true}, "filters": {"allowlist": {"allowlistConfigPaths": ["allow.yml"]}}}', "utf-8")
    with pytest.raises(ConfigError, match=r"allow\.yml:3:1: not a valid list: duplicated mapping key 'allow'"):
        resolve(load_file(rc), str(rc))


def test_keys_are_compared_as_javascript_holds_them():
    """js-yaml: 1: and true: are two keys ("1" and "true"), though 1 == True in Python."""
    jsyaml.load("1: a\ntrue: b\n")
    with pytest.raises(yaml.YAMLError, match="duplicated mapping key"):
        jsyaml.load("true: a\nTrue: b\n")

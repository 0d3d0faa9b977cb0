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

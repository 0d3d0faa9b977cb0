"""prh: dictionaries of preferred spellings (textlint-rule-prh compatible)."""

import json

import pytest

from postlint.config import ConfigError, load, resolve
from postlint.engine import lint
from postlint.source import Source

RULE = "prh"

DICT = """\
version: 1
rules:
  - expected: JavaScript
  - expected: ウェブ
    patterns: [ウエブ, /ウェッブ/]
    prh: 表記を統一します
  - expected: $1する
    pattern: /(確認|実行)を行う/
  - expected: 記事
    pattern: /(日|大)?記事/
    regexpMustEmpty: $1
"""
OPTS = {"ruleContents": [DICT]}

VALID = [
    {"text": "JavaScriptで書いたウェブの記事。", "options": OPTS},
    {"text": "日記事と大記事はそのまま。", "options": OPTS},
    {"text": "[javascript の説明](https://example.com)", "options": OPTS},   # links are skipped
    {"text": "> javascript と書いた引用", "options": OPTS},
    {"text": "# javascript\n", "options": {**OPTS, "checkHeader": False}},
    {"text": "javascriptとウエブ prh:disable", "options": OPTS},             # prh's own pragma
    {"text": "javascriptのウエブ prh:disable:ウエブ|java", "options": OPTS},
    {"text": "資料 https://example.com/javascript/ を見る。", "options": OPTS},  # a bare URL is a link
]

INVALID = [
    {"text": "javascriptとウエブ。", "options": OPTS,
     "errors": [{"line": 1, "column": 1, "message": "JavaScript"}, {"column": 12, "message": "表記を統一"}],
     "output": "JavaScriptとウェブ。"},
    {"text": "ＪＡＶＡＳＣＲＩＰＴを学ぶ。", "options": OPTS, "errors": [{"column": 1}], "output": "JavaScriptを学ぶ。"},
    {"text": "毎朝の確認を行う。", "options": OPTS, "errors": [{"column": 4}], "output": "毎朝の確認する。"},
    {"text": "*javascript*", "options": {**OPTS, "checkEmphasis": True}, "errors": [{"column": 2}],
     "output": "*JavaScript*"},
    # a reference link is textlint's LinkReference, which prh checks (an inline link it does not)
    {"text": "[ウエブ](https://example.com)と[ウエブ][1]。\n\n[1]: https://example.com\n", "options": OPTS,
     "errors": [{"line": 1, "column": 29}], "output": "[ウエブ](https://example.com)と[ウェブ][1]。\n\n[1]: https://example.com\n"},
    {"text": "https://example.com/javascript/ のjavascript", "options": {**OPTS, "checkLink": True},
     "errors": [{"column": 21}, {"column": 34}]},
    {"text": "```js\n// javascript のコメント\nconst javascript = 1;\n```\n",
     "options": {**OPTS, "checkCodeComment": ["js"]}, "errors": [{"line": 2, "column": 4}],
     "output": "```js\n// JavaScript のコメント\nconst javascript = 1;\n```\n"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def _lint(text, options):
    return lint(Source.from_text(text, "case.md"), resolve({"rules": {RULE: options}}))


def _config_file(folder, options):
    """A config file in ``folder`` enabling prh with ``options``, loaded as the CLI loads it."""
    path = folder / ".textlintrc.json"
    path.write_text(json.dumps({"rules": {RULE: options}}), encoding="utf-8")
    return load(str(path))


def test_rule_paths_relative_to_config_dir(tmp_path, monkeypatch):
    (tmp_path / "base.yml").write_text("version: 1\nimports:\n  - more.yml\nrules:\n  - expected: GitHub\n",
                                       encoding="utf-8")
    (tmp_path / "more.yml").write_text("version: 1\nrules:\n  - expected: ウェブ\n    pattern: ウエブ\n",
                                       encoding="utf-8")
    monkeypatch.chdir("/")
    problems = lint(Source.from_text("githubのウエブ", "case.md"), _config_file(tmp_path, {"rulePaths": ["base.yml"]}))
    assert [(p.column, p.fix.text) for p in problems] == [(0, "GitHub"), (7, "ウェブ")]


def test_bad_dictionary_is_a_config_error(tmp_path):
    """As in textlint, which stops: a dictionary that cannot be read is an error of the
    config, named once, not a problem in every post."""
    (tmp_path / "bad.yml").write_text("version: 1\nrules:\n  - expected: A\n    pattern: b\n    specs:\n"
                                      "      - {from: b, to: c}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="rule prh: .*bad.yml.*spec"):
        _config_file(tmp_path, {"rulePaths": ["bad.yml"]})
    with pytest.raises(ConfigError, match="rule prh: cannot read prh dictionary .*none.yml"):
        _config_file(tmp_path, {"rulePaths": ["none.yml"]})
    assert "rulePaths" in _lint("本文", {})[0].message


def test_dictionary_gone_after_the_config_loaded_is_one_problem(tmp_path):
    (tmp_path / "words.yml").write_text("version: 1\nrules:\n  - expected: ウェブ\n    pattern: ウエブ\n",
                                        encoding="utf-8")
    config = _config_file(tmp_path, {"rulePaths": ["words.yml"]})
    (tmp_path / "words.yml").unlink()
    problems = lint(Source.from_text("ウエブ。\n\nウエブ。", "case.md"), config)
    assert len(problems) == 1 and "words.yml" in problems[0].message


LOOKBEHINDS = r"""version: 1
rules:
  - expected: 1人
    pattern: /(?<!一人|同)(一人|ひとり)(?!ひとり)/
  - expected: 製品マスター
    pattern: /(?<!SmartHR ?)マスタ(?!ー)/
  - expected: $1　$2
    pattern: /(?<!^#[^？]+)(？)([^　\n])/
"""


def test_look_behinds_python_cannot_run_as_written(rule_tester):
    """Look-behinds of several widths are split, one of no fixed width at a pattern's start is
    tried by hand, as JavaScript runs them (textlint-rule-preset-smarthr's dictionary has both)."""
    options = {"ruleContents": [LOOKBEHINDS]}
    rule_tester(RULE, [
        {"text": "一人ひとりが読む。同ひとりとは書かない。", "options": options},
        {"text": "SmartHR マスタと SmartHRマスタ", "options": options},
        {"text": "#見出しかな？続き", "options": options},
    ], [
        {"text": "一人で読む。ひとりで書く。", "options": options, "errors": [{"column": 1}, {"column": 7}],
         "output": "1人で読む。1人で書く。"},
        {"text": "共通マスタ", "options": options, "errors": [{"column": 3}], "output": "共通製品マスター"},
        # the look-behind reaches back to the line's start: a ？ between ends it
        {"text": "#見出し？続き？その先", "options": options, "errors": [{"column": 8}], "output": "#見出し？続き？　その先"},
        {"text": "本文です？続き", "options": options, "errors": [{"column": 5}], "output": "本文です？　続き"},
    ])


WEBDB = "node_modules/prh/prh-rules/media/WEB+DB_PRESS.yml"


def test_prhs_own_dictionaries_named_in_node_modules_work_without_npm(tmp_path):
    """A .textlintrc written for textlint names prh's dictionaries where npm puts them; without
    that folder postlint reads the copy it ships, also from another dictionary's imports."""
    config = _config_file(tmp_path, {"rulePaths": [WEBDB]})
    problems = lint(Source.from_text("ディレクトリーを見る。", "case.md"), config)
    assert [p.fix.text for p in problems] == ["ディレクトリ"]
    config = _config_file(tmp_path, {"rulePaths": ["./node_modules/prh/prh-rules/languages/ja/typo.yml"]})
    assert [p.fix.text for p in lint(Source.from_text("なほるど。", "case.md"), config)] == ["なるほど"]
    (tmp_path / "mine.yml").write_text(f"version: 1\nimports:\n  - {WEBDB}\nrules:\n  - expected: ウェブ\n",
                                       encoding="utf-8")
    config = _config_file(tmp_path, {"rulePaths": ["mine.yml"]})
    assert len(lint(Source.from_text("ディレクトリーを見る。", "case.md"), config)) == 1
    with pytest.raises(ConfigError, match="another.yml.*postlint ships .*prh-rules/media/WEB.DB_PRESS.yml"):
        _config_file(tmp_path, {"rulePaths": ["node_modules/prh/prh-rules/media/another.yml"]})
    # techbooster.yml imports four more by relative paths: the shipped copies of those
    config = _config_file(tmp_path, {"rulePaths": ["node_modules/prh/prh-rules/media/techbooster.yml"]})
    found = lint(Source.from_text("様々な例がある。なほるど。", "case.md"), config)
    assert [p.fix.text for p in found] == ["さまざま", "なるほど"]
    assert "ひらがなで書くほうが読みやすい語です" in found[0].message  # its notes are written anew


def test_an_installed_prh_dictionary_comes_before_the_shipped_copy(tmp_path):
    installed = tmp_path / WEBDB
    installed.parent.mkdir(parents=True)
    installed.write_text("version: 1\nrules:\n  - expected: ウェブ\n    pattern: ウエブ\n", encoding="utf-8")
    problems = lint(Source.from_text("ディレクトリーのウエブ", "case.md"), _config_file(tmp_path, {"rulePaths": [WEBDB]}))
    assert [p.fix.text for p in problems] == ["ウェブ"]


def test_the_engineering_paper_presets_dictionary_works_without_npm(tmp_path):
    """preset-ja-engineering-paper gives its prh the package's own dictionary, under
    node_modules; without that folder postlint reads the copy it ships, reported under the
    preset's name."""
    rc = tmp_path / ".textlintrc.json"
    rc.write_text('{"rules": {"preset-ja-engineering-paper": true}}', "utf-8")
    problems = lint(Source.from_text("卒論の実験を行った．", "case.md"), load(str(rc)))
    assert [(p.rule_id, p.column, p.fix.text) for p in problems] == [("ja-engineering-paper/prh", 0, "卒業論文")]

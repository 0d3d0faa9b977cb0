"""terminology: spelling and case of technical terms (textlint-rule-terminology compatible).

Every line and column below was checked against textlint 15.8.0 with
textlint-rule-terminology 5.2.16, and every output against its --fix.
"""

import json

import pytest
from conftest import run_rule

from postlint.config import ConfigError, load
from postlint.engine import lint
from postlint.source import Source

RULE = "terminology"

VALID = [
    "GitHub に push して、JavaScript と TypeScript で書く。",
    # a term right before or after Japanese text is no word of its own for the original
    "githubを使い、javascriptで書く。",
    "設定はgithub。",
    "> 引用の中の github は見ない",
    "`github` はコードなので見ない。",
    "```\ngithub\n```",
    "ファイル名 app.github や my-github や github_actions は単語ではない。",
    "![github](https://example.com/a.png) 画像の説明は見ない。",
    "npm は小文字のまま。I use npm here.",
    {"text": "github を使う。", "options": {"exclude": ["GitHub"]}},
    {"text": "github を使う。", "options": {"defaultTerms": False}},
    {"text": "[github](https://example.com) を見る。", "options": {"skip": ["Link"]}},
    {"text": "https://example.com/github を見る。", "options": {"skip": ["Link"]}},
    "---\ntitle: github の話\ntags: [github]\n---\n\n本文です。",
]

INVALID = [
    {"text": "github に push する。", "errors": [{"line": 1, "column": 1, "message": "「github」は「GitHub」"}],
     "output": "GitHub に push する。"},
    # (「。」 is no punctuation of the original's: typescript。 is left alone)
    {"text": "使うのは Javascript と typescript。\nそして node.js\n", "errors": [{"line": 1, "column": 6}, {"line": 2, "column": 5}],
     "output": "使うのは JavaScript と typescript。\nそして Node.js\n"},
    # punctuation after a term counts when a space, more punctuation or the line's end follows
    {"text": "最後は github.\n次は Github, と書く。", "errors": [{"line": 1, "column": 5}, {"line": 2, "column": 4}],
     "output": "最後は GitHub.\n次は GitHub, と書く。"},
    # at a sentence start a capitalised match keeps its capital: Npm -> Npm (not reported), README -> Readme
    {"text": "Npm is here. README is fine. Use Npm and README.", "errors": [{"column": 14}, {"column": 34}, {"column": 42}],
     "output": "Npm is here. Readme is fine. Use npm and readme."},
    # [pattern, replacement] entries, $1 included
    {"text": "Visual Studio Code ではなく VSCode や vs code と書いた。front-end web sites も。",
     "errors": [{"column": 25}, {"column": 34}, {"column": 47}, {"column": 57}],
     "output": "Visual Studio Code ではなく Visual Studio Code や Visual Studio Code と書いた。frontend sites も。"},
    # the list's colocate$1 wrote colocateion; here colocat$1 (same places)
    {"text": "サーバーの co-location と co-located な構成。", "errors": [{"column": 7}, {"column": 21}],
     "output": "サーバーの colocation と colocated な構成。"},
    {"text": "## 見出しの github\n\n- 項目の javascript\n\n| 表 | github |\n| --- | --- |\n",
     "errors": [{"line": 1, "column": 9}, {"line": 3, "column": 7}, {"line": 5, "column": 7}]},
    {"text": "**github** と *Github* と [github](https://example.com)", "errors": [{"column": 3}, {"column": 15}, {"column": 26}]},
    # a bare URL is a link whose text is checked too (not after a dot)
    {"text": "https://example.com/github と www.github.com", "errors": [{"column": 21}]},
    {"text": "🎉 github 🎉 と 👍 javascript", "errors": [{"column": 3}, {"column": 16}],  # code points (textlint: 4, 19)
     "output": "🎉 GitHub 🎉 と 👍 JavaScript"},
    {"text": "CRLF の github\r\njavascript\r\n", "errors": [{"line": 1, "column": 8}, {"line": 2, "column": 1}],
     "output": "CRLF の GitHub\r\nJavaScript\r\n"},
    {"text": "> 引用の github", "options": {"skip": []}, "errors": [{"column": 7}]},
    {"text": "## 見出しの github\n\n本文の javascript", "options": {"skip": ["Header"]}, "errors": [{"line": 3, "column": 5}]},
    {"text": "テキスト github\nnode js です", "ext": ".txt", "errors": [{"line": 1, "column": 6}, {"line": 2, "column": 1}],
     "output": "テキスト GitHub\nNode.js です"},
    # a Japanese character before a term is no letter: only what follows it matters
    {"text": "これはgithub です", "errors": [{"column": 4}], "output": "これはGitHub です"},
    {"text": "k8s と kubernetes を使う。github も。",
     "options": {"terms": ["Kubernetes", ["k8s", "Kubernetes"]], "defaultTerms": False},
     "errors": [{"column": 1}, {"column": 7}], "output": "Kubernetes と Kubernetes を使う。github も。"},
    {"text": "web site と github と golang", "options": {"exclude": ["GitHub", "Golang"]},
     "errors": [{"column": 1}], "output": "site と github と golang"},
    # two entries fix the same word: both are reported, the first reported is applied (the
    # string terms are tried before the [pattern, replacement] ones, the user's before the defaults)
    {"text": "Use Github here", "options": {"terms": [["github", "GitHub.com"]]},
     "errors": [{"column": 5, "message": "GitHub.com"}, {"column": 5, "message": "「GitHub」"}], "output": "Use GitHub here"},
    {"text": "Use github actions", "errors": [{"column": 5, "message": "GitHub Actions"}, {"column": 5, "message": "「GitHub」"}],
     "output": "Use GitHub Actions"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def _config_file(folder, options):
    path = folder / ".textlintrc.json"
    path.write_text(json.dumps({"rules": {RULE: options}}), encoding="utf-8")
    return load(str(path))


def test_terms_file_from_the_config_folder(tmp_path, monkeypatch):
    (tmp_path / "terms.jsonc").write_text('// our words\n["Kubernetes", ["k8s", "Kubernetes"]]\n', encoding="utf-8")
    monkeypatch.chdir("/")
    config = _config_file(tmp_path, {"terms": "terms.jsonc", "defaultTerms": False})
    problems = lint(Source.from_text("kubernetes と k8s", "case.md"), config)
    assert [(p.column, p.fix.text) for p in problems] == [(0, "Kubernetes"), (13, "Kubernetes")]


def test_bad_terms_are_config_errors(tmp_path):
    with pytest.raises(ConfigError, match="rule terminology: cannot read the terms file .*none.json"):
        _config_file(tmp_path, {"terms": "none.json"})
    (tmp_path / "bad.json").write_text("[\"a\",", encoding="utf-8")
    with pytest.raises(ConfigError, match="rule terminology: the terms file .*bad.json is not JSON"):
        _config_file(tmp_path, {"terms": "bad.json"})
    with pytest.raises(ConfigError, match="rule terminology: a term must be"):
        _config_file(tmp_path, {"terms": [["only a pattern"]]})
    with pytest.raises(ConfigError, match="rule terminology: term '\\(a' cannot be used"):
        _config_file(tmp_path, {"terms": [["(a", "b"]]})


def test_a_replacement_that_is_not_text_is_its_javascript_string_with_a_warning(tmp_path):
    """``["[Bb]ugfix(es)?", false]`` (a real config's) runs in textlint as the replacement
    "false": so here, and the config's warning says so."""
    config = _config_file(tmp_path, {"terms": [["colou?r", False], ["grey", 0]], "defaultTerms": False})
    assert any('the replacement false is not text' in w and 'exclude' in w for w in config.warnings)
    problems = lint(Source.from_text("The colour is grey.", "case.md"), config)
    assert [(p.column, p.fix.text) for p in problems] == [(4, "false"), (14, "0")]


def test_terms_file_gone_after_the_config_loaded_is_one_problem(tmp_path):
    (tmp_path / "terms.json").write_text('["Kubernetes"]', encoding="utf-8")
    config = _config_file(tmp_path, {"terms": "terms.json"})
    (tmp_path / "terms.json").unlink()
    problems = lint(Source.from_text("kubernetes。\n\ngithub。", "case.md"), config)
    assert len(problems) == 1 and "terms.json" in problems[0].message


def test_a_word_with_no_replacement_is_left_alone():
    """A string term is a regex: ``Vue.js`` also matches ``VueXjs``, for which no term is spelt
    the same way but for case; textlint stops with "No replacement found", postlint says nothing."""
    problems = run_rule(RULE, "vue.js と VueXjs", {"terms": ["Vue.js"], "defaultTerms": False})
    assert [(p.column, p.fix.text) for p in problems] == [(0, "Vue.js")]


def test_screen_finds_every_default_entry_that_matches():
    """The word screen must never leave out an entry whose regex matches."""
    from postlint.rules import terminology as rule

    terms = rule.terms_for({"terms": [], "defaultTerms": True, "exclude": []})
    texts = ["github と javascript", "Node JS, Mac OS X", "front-end web sites", "ＧｉｔＨｕｂ と e-mail",
             "a README and the internet and the npm registry", "VSCode, vs code"]
    for text in texts:
        found = set(terms.screen.entries_in(text))
        count = len(terms.words)
        for i, word in enumerate(terms.words):
            if rule._compile(rule._exact(word), "igm").search(text):
                assert i in found, (text, word)
        for i, entry in enumerate(terms.advanced):
            if entry.regex.search(text):
                assert count + i in found, (text, i)

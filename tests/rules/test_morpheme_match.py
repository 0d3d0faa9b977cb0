import json

import pytest

RULE = "morpheme-match"

# a small dictionary in morpheme-match-textlint's format (positions checked against
# @textlint-ja/textlint-rule-morpheme-match 2.0.0 on textlint 15.8.0)
DICTIONARY = [
    {"message": "「$1を実施する」は「$1する」と書けます。", "expected": "$1する",
     "tokens": [{"pos": "名詞", "pos_detail_1": "サ変接続", "_capture": "$1"}, {"surface_form": "を"},
                {"surface_form": "実施"}, {"surface_form": "する"}]},
    {"message": "「御座います」はひらがなで書きます。", "expected": "ございます",
     "tokens": [{"surface_form": "御座い"}, {"surface_form": "ます"}]},
    # the original reads no "allows": the entry matches all the same
    {"message": "「易い」はひらがなで書きます。", "expected": "やすい", "allows": ["易い"],
     "tokens": [{"surface_form": "易い", "pos": "形容詞"}]},
    # a skippable token, and an empty expected (no fix)
    {"message": "「$1、易い」の読点は要りません。", "expected": "",
     "tokens": [{"pos": "動詞", "_capture": "$1"}, {"surface_form": "、", "_skippable": True},
                {"surface_form": "易い"}]},
]

VALID = [
    "データを検証する。",
    "誠にございます。",
    "`検証を実施する` はコードなので見ない。",
    "```\n検証を実施する\n```",
    "---\ntitle: 検証を実施する\n---\n本文。",
    "![検証を実施する](a.png)",
    "😀😀検証を実施する。",  # kuromoji reads past two characters after two emoji: 検証 is no token
]

INVALID = [
    {"text": "データの検証を実施する。", "output": "データの検証する。",
     "errors": [{"line": 1, "column": 5, "message": "「検証する」と書けます"}]},
    {"text": "誠に御座います。\n\n## 見出しでも検証を実施する",
     "errors": [{"line": 1, "column": 3}, {"line": 3, "column": 9}], "output": "誠にございます。\n\n## 見出しでも検証する"},
    {"text": "この本は読み易い。", "errors": [{"column": 7, "message": "ひらがな"}], "output": "この本は読みやすい。"},
    {"text": "この本は読み、易い。", "errors": [{"column": 5, "message": "「読み、易い」"}, {"column": 8}],
     "output": "この本は読み、やすい。"},
    # a match goes on from one Str to the next: reported where the original reports it (at
    # the start of the second Str), with no fix (the words lie on both sides of the markup)
    {"text": "**検証を**実施する。", "errors": [{"column": 8}], "output": "**検証を**実施する。"},
    # even from one paragraph to the next, as in the original
    {"text": "検証を\n\n実施する。", "errors": [{"line": 3, "column": 1}], "output": "検証を\n\n実施する。"},
    # carried from a link's text: textlint adds 検証's index in the link to the offset of the
    # Str after the link, past the end of this file (column 46); postlint reports the last character
    {"text": "[ずっと長いリンクの文字列で検証を](https://e.jp)実施する。", "errors": [{"column": 37}]},
    {"text": "[リンクで検証を実施する](https://example.com)", "errors": [{"column": 6}]},
    {"text": "| 表 |\n| --- |\n| 検証を実施する |", "errors": [{"line": 3, "column": 3}]},
    # kuromoji counts code points, textlint takes them for UTF-16 units: after an emoji the
    # report lands one unit early, inside the emoji (column 2 in UTF-16 units, as the JSON
    # output prints it; the emoji's column here); the fix replaces the right words
    {"text": "🐈検証を実施する。", "errors": [{"column": 1}], "output": "🐈検証する。"},
    # ... here past xx, 検証 keeping its place in characters (column 5 in UTF-16 units)
    {"text": "😀😀xx検証を実施する。", "errors": [{"column": 3}], "output": "😀😀xx検証する。"},
    # the lines of a block quote's paragraph are one Str in textlint's tree: the emoji of the
    # first line moves the report on the second
    {"text": "> 🐈の話\n> 検証を実施する。", "errors": [{"line": 2, "column": 2}],
     "output": "> 🐈の話\n> 検証する。"},
]


@pytest.fixture
def dictionary(tmp_path):
    path = tmp_path / "dict.json"
    path.write_text(json.dumps(DICTIONARY, ensure_ascii=False), "utf-8")
    return str(path)


def _with(cases, options):
    return [{**({"text": case} if isinstance(case, str) else case), "options": options} for case in cases]


def test_cases(rule_tester, dictionary):
    options = {"dictionaryPathList": [dictionary]}
    rule_tester(RULE, _with(VALID, options), _with(INVALID, options))


def _resolve(tmp_path, options):
    from postlint.config import resolve

    return resolve({"rules": {"@textlint-ja/morpheme-match": options}}, str(tmp_path / ".textlintrc.json"))


def test_paths_are_taken_from_the_config_folder_and_lists_add_up(tmp_path):
    from postlint.engine import lint_text

    (tmp_path / "dict").mkdir()
    (tmp_path / "dict" / "a.json").write_text(json.dumps(DICTIONARY[:1], ensure_ascii=False), "utf-8")
    # YAML is read too (the original reads JSON and JavaScript only); a path without its
    # extension finds the file, as Node's require does
    (tmp_path / "dict" / "b.yml").write_text(
        "- message: 「$1」は使いません\n  tokens:\n    - {surface_form: [是非, 色々], _capture: $1}\n", "utf-8")
    config = _resolve(tmp_path, {"dictionaryPathList": ["dict/a", "./dict/b.yml"]})
    problems = lint_text("是非、検証を実施する。", config)
    assert [(p.rule_id, p.column, p.message) for p in problems] == [
        ("@textlint-ja/morpheme-match", 0, "「是非」は使いません"),
        ("@textlint-ja/morpheme-match", 3, "「検証を実施する」は「検証する」と書けます。")]


def test_a_wildcard_token_and_captures_in_the_message(tmp_path):
    from postlint.engine import lint_text

    (tmp_path / "d.json").write_text(json.dumps([{"message": "「$1$2」を見直す", "tokens": [
        {"_capture": "$1"}, {"surface_form": "ため", "_capture": "$2"}]}], ensure_ascii=False), "utf-8")
    config = _resolve(tmp_path, {"dictionaryPathList": ["d.json"]})
    problems = lint_text("このため中止する。", config)
    assert [(p.column, p.message) for p in problems] == [(0, "「このため」を見直す")]
    # 念 starts a match that の breaks, and の is not tried as a new start (nor in the original)
    assert lint_text("念のため中止する。", config) == []


def test_unknown_words_have_the_basic_form_star_as_in_kuromoji(tmp_path):
    from postlint.engine import lint_text

    (tmp_path / "d.json").write_text(json.dumps([
        {"message": "未知語+を", "tokens": [{"basic_form": "*"}, {"surface_form": "を"}]},
        {"message": "読みが*", "tokens": [{"reading": "*"}]},  # kuromoji gives unknown words no reading
    ], ensure_ascii=False), "utf-8")
    config = _resolve(tmp_path, {"dictionaryPathList": ["d.json"]})
    assert [(p.column, p.message) for p in lint_text("Wrapperを使う。本を読む。", config)] == [(0, "未知語+を")]


@pytest.mark.parametrize("name, content, message", [
    ("d.json", None, "cannot read dictionary"),
    ("d.json", "[{", "cannot read dictionary"),
    ("d.js", "module.exports = []", "JavaScript"),
    ("d.json", '[{"message": "m"}]', "'tokens' must be a list"),
    ("d.json", '[{"message": "m", "tokens": []}]', "'tokens' is empty"),
    ("d.json", '[{"tokens": [{"surface_form": "a"}]}]', "'message' is required"),
    ("d.json", '[{"message": "m", "tokens": [{"word_id": 1}]}]', "field 'word_id' is not supported"),
    ("d.json", '[{"message": "m", "tokens": [{"pos": 1}]}]', "must be a string"),
    ("d.json", '["m"]', "an entry must be an object"),
])
def test_a_dictionary_that_cannot_be_used_fails_when_the_config_loads(tmp_path, name, content, message):
    from postlint.config import ConfigError

    if content is not None:
        (tmp_path / name).write_text(content, "utf-8")
    with pytest.raises(ConfigError, match=message):
        _resolve(tmp_path, {"dictionaryPathList": [name]})


def test_without_dictionaries_a_problem_asks_for_them(tmp_path):
    from postlint.config import ConfigError
    from postlint.engine import lint_text

    problems = lint_text("検証を実施する。\n\n本文。", _resolve(tmp_path, {}))
    assert [(p.line, p.column) for p in problems] == [(1, 0)]
    assert "dictionaryPathList" in problems[0].message
    with pytest.raises(ConfigError, match="dictionaryPathList"):
        _resolve(tmp_path, {"dictionaryPathList": "d.json"})  # a list, as in the original

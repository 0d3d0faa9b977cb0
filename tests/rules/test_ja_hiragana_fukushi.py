import pytest

RULE = "ja-hiragana-fukushi"

VALID = [
    "ほとんど終わった。",
    "あらかじめ決めておく。",
    "`殆ど` はコードなので見ない。",
    "殆ど終わった。",  # the list has 殆ど as MeCab tags it after a particle (名詞,副詞可能), not as 副詞
    # the package's kuromoji 0.1.1 reads a Str ending in 「丁度、」 as 名詞 + 名詞,数 (see kuromoji_ipadic)
    "丁度、[IFTTT](https://ifttt.com/) を見た。",
]

INVALID = [
    {"text": "作業は殆ど終わった。", "errors": [{"line": 1, "column": 4, "message": "「ほとんど」"}],
     "output": "作業はほとんど終わった。"},
    {"text": "作業は既に終わった。", "errors": [{"column": 4}], "output": "作業はすでに終わった。"},
    {"text": "それは丸で夢のようだ。", "errors": [{"column": 4}], "output": "それはまるで夢のようだ。"},  # two tokens
    {"text": "丁度良い時間だ。", "errors": [{"column": 1}], "output": "ちょうど良い時間だ。"},
    # the original adds up the surfaces' lengths: a UTF-16 index, right after an emoji
    {"text": "🐈、予め決める。", "errors": [{"column": 3}], "output": "🐈、あらかじめ決める。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_rule_path_replaces_the_built_in_list(tmp_path):
    from postlint.config import resolve
    from postlint.engine import lint_text

    (tmp_path / "mine.yml").write_text(
        "message: 社内ではひらがな\ndict:\n  - expected: まったく\n    tokens:\n"
        "      - {surface_form: 全く, pos: 副詞}\n", "utf-8")
    config = resolve({"rules": {RULE: {"rulePath": "mine.yml"}}}, str(tmp_path / ".textlintrc.json"))
    problems = lint_text("全く違う。殆ど同じ。", config)
    assert [(p.column, p.message) for p in problems] == [(0, "社内ではひらがな（「全く」→「まったく」）")]


@pytest.mark.parametrize("content, message", [
    (None, "cannot read rulePath"),
    ("message: x\n", "'dict' list"),
    ("dict:\n  - expected: a\n    tokens: [{pos: 副詞, colour: 赤}]\n", "unknown token field 'colour'"),
    ("dict:\n  - tokens: [{pos: 副詞}]\n", "'expected' is required"),
])
def test_a_rule_path_that_cannot_be_used_fails_when_the_config_loads(tmp_path, content, message):
    from postlint.config import ConfigError, resolve

    if content is not None:
        (tmp_path / "mine.yml").write_text(content, "utf-8")
    with pytest.raises(ConfigError, match=message):
        resolve({"rules": {RULE: {"rulePath": "mine.yml"}}}, str(tmp_path / ".textlintrc.json"))

"""ja-no-weak-phrase: hedging phrases from rules/dict/ja-no-weak-phrase.yml."""

RULE = "ja-no-weak-phrase"

VALID = [
    "この方法で解決できます。",
    "かもめが飛んでいる。",
    "思い出の場所です。",
    "可能性がある。",
]

INVALID = [
    {"text": "この方法で解決できるかもしれない。", "errors": [{"line": 1, "column": 11, "message": "かもしれない"}]},
    {"text": "雨が降るかも。", "errors": [{"column": 5}]},
    {"text": "正しいと思う。", "errors": [{"column": 5, "message": "思う"}]},
    {"text": "🌧 午後は雨かもしれない。", "errors": [{"column": 6}]},  # one early after an emoji, as textlint
    # ... but not after a bare URL: textlint's text after the URL's link is a Str of its own
    {"text": "🌧 詳細は https://example.com/a を見ると分かるかもしれない。", "errors": [{"column": 36}]},
    {"text": "正しいと思います。", "errors": [{"column": 5, "message": "思います"}]},
    {"text": "結果は効果の可能性を示唆している。", "errors": [{"column": 7, "message": "可能性"}]},
    {"text": "- 一つ目です\n- 遅いかもしれません", "errors": [{"line": 2, "column": 5}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_missing_dictionary_is_a_config_error(tmp_path):
    import pytest

    from postlint.config import ConfigError, load

    config = tmp_path / ".postlintrc.yml"
    config.write_text(f"rules:\n  {RULE}:\n    dictionaries: [none.yml]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"rule {RULE}: cannot read dictionary .*none.yml"):
        load(str(config))


def test_dictionary_gone_after_the_config_loaded_is_one_problem(tmp_path):
    from postlint.config import load
    from postlint.engine import lint
    from postlint.source import Source

    (tmp_path / "words.yml").write_text("morphemes:\n  - message: 避ける\n    tokens:\n      - {surface_form: 本文}\n",
                                        encoding="utf-8")
    config = tmp_path / ".postlintrc.yml"
    config.write_text(f"rules:\n  {RULE}:\n    dictionaries: [words.yml]\n", encoding="utf-8")
    loaded = load(str(config))
    (tmp_path / "words.yml").unlink()
    problems = lint(Source.from_text("一つ目。\n\n二つ目。", "case.md"), loaded)
    assert len(problems) == 1 and "words.yml" in problems[0].message and problems[0].line == 1

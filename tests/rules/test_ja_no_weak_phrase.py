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


def test_missing_dictionary_is_one_problem(tmp_path):
    from conftest import run_rule

    problems = run_rule(RULE, "一つ目。\n\n二つ目。", {"dictionaries": [str(tmp_path / "none.yml")]})
    assert len(problems) == 1 and "none.yml" in problems[0].message and problems[0].line == 1

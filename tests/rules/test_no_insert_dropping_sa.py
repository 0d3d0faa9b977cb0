RULE = "no-insert-dropping-sa"

VALID = [
    "とても美味しそうだ。",
    "問題は無さそうだ。",
    "良さそうな案だ。",
    "雨が降りそうだ。",
]

INVALID = [
    {"text": "今日は寒さそうだ。", "errors": [{"line": 1, "column": 5, "message": "「寒そう」"}],
     "output": "今日は寒そうだ。"},
    {"text": "早く帰りたさそうにしていた。", "errors": [{"column": 6}], "output": "早く帰りたそうにしていた。"},
    {"text": "これは問題無そう。", "errors": [{"column": 6, "message": "「無さそう」"}], "output": "これは問題無さそう。"},
    {"text": "とても良そうな案だ。", "errors": [{"column": 4}], "output": "とても良さそうな案だ。"},
    # after an emoji textlint reports one unit early (kuromoji counts code points); the fix
    # still replaces the words themselves
    {"text": "🐈 美味しさそうな魚", "errors": [{"column": 5}], "output": "🐈 美味しそうな魚"},
    # a match begun in the Str before (the matcher goes on, as textlint's): reported where
    # textlint reports it, but not fixed, for the words lie on both sides of the markup
    {"text": "来たさ**そう**な顔だ。", "errors": [{"column": 8}], "output": "来たさ**そう**な顔だ。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_it_is_reported_under_the_scoped_key_textlint_reads():
    from postlint.config import resolve
    from postlint.engine import lint_text

    config = resolve({"rules": {"@textlint-ja/no-insert-dropping-sa": True}})
    assert [p.rule_id for p in lint_text("とても良そうな案だ。", config)] == ["@textlint-ja/no-insert-dropping-sa"]

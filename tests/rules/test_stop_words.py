RULE = "stop-words"

VALID = [
    "We can do it to save time.",
    # part of a longer word, or joined by a hyphen, is no stop word
    "The basically-named tool is unbasically fine.",
    {"text": "We can do it in order to save time.", "options": {"exclude": ["in order to"]}},
    # block quotes are skipped by default
    "> We can do it in order to save time.\n",
    {"text": "This is basically done.", "options": {"defaultWords": False}},
]

INVALID = [
    # reported at the character before the phrase, as the original reports it; the fix keeps that character
    {"text": "We can do it in order to save time.", "errors": [{"line": 1, "column": 13, "message": "“to” instead of “in order to”"}],
     "output": "We can do it to save time."},
    # a capital first letter stays capital; at the start of a text the phrase itself
    {"text": "In order to win, train.", "errors": [{"line": 1, "column": 1}], "output": "To win, train."},
    {"text": "This is basically done.", "errors": [{"line": 1, "column": 8, "message": "Leave out “basically”"}]},
    # an apostrophe in either form
    {"text": "As far as I’m concerned, yes.", "errors": [{"line": 1, "column": 1}]},
    {"text": "Ship it ASAP, please.", "options": {"defaultWords": False, "words": [["asap", "soon"]]},
     "errors": [{"line": 1, "column": 8}], "output": "Ship it Soon, please."},
    {"text": "> We can do it in order to save time.\n", "options": {"skip": []}, "errors": [{"line": 1, "column": 15}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_words_from_a_file_beside_the_config(tmp_path):
    from postlint.config import load
    from postlint.engine import lint
    from postlint.source import Source

    (tmp_path / "words.txt").write_text("synergize > work together\nleverage\n", "utf-8")
    (tmp_path / ".textlintrc.json").write_text('{"rules": {"stop-words": {"words": "words.txt", "defaultWords": false}}}', "utf-8")
    problems = lint(Source.from_text("We synergize and leverage.\n", str(tmp_path / "a.md")), load(tmp_path / ".textlintrc.json"))
    assert [p.column + 1 for p in problems] == [3, 17]

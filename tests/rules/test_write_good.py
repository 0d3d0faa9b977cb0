"""write-good: English style checks in plain paragraph text (textlint-rule-write-good 2.0.0 compatible).

Every case below was run through textlint 15.8.0 with textlint-rule-write-good 2.0.0
(write-good 1.0.8), with the same options: the valid ones have no problem there, and each
expected line, column and quoted words are textlint's (columns here count characters: where
an emoji comes first, textlint's UTF-16 column is named beside it).  The messages are
postlint's own; the quoted words in them are those textlint quotes.
"""

from conftest import run_rule

from postlint.formatters import FileResult
from postlint.formatters.json import message as json_message
from postlint.source import Source

RULE = "write-good"

VALID = [
    "この記事では Python と Rust の使い方を紹介します。",
    "The tool reads each file and writes a report.",
    # inline code, links, images, emphasis, strong text, strikethrough, bare URLs: not read
    "設定は `it is used very often` のように書きます。",
    "[very many links](https://example.com) を参照してください。",
    "画像 ![very many](a.png) です。",
    "*very* と **many** と ~~quite~~ は読みません。",
    "詳しくは https://example.com/very/many/things を見てください。",
    # headings, block quotes and table cells: not read
    "# There are many ways to do it\n",
    "> It was written very quickly.\n",
    "| very | many |\n| --- | --- |\n| it is used | so so |\n",
    # part of a longer word; letters that only look English (long s, Kelvin sign)
    "veryfast と avery と every は語の一部です。",
    "ſeveral と \u212aeep は英字ではありません。",
    # a word twice needs an ASCII letter, digit or "_" as written (the Kelvin sign's lower case is "k")
    "\u212a \u212a と \u0130 \u0130 は語ではありません。",
    # "so" and "there is" only open a sentence, and a sentence ends at . ; ! ?
    "I think so. Is there a way?",
    "So we go",
    "値は 1 2 3 です。",
    # "too many", "too few" (the adverb check still names many and few)
    {"text": "数が多すぎるときは too many、少なすぎるときは too few と書きます。", "options": {"adverb": False}},
    # eprime is off by default
    "The code is fine.",
    # each switch turns its check off
    {"text": "This is very good.", "options": {"weasel": False, "adverb": False}},
    {"text": "She was beset by bees.", "options": {"passive": False}},
    {"text": "Just maybe.", "options": {"adverb": False}},
    {"text": "It is a piece of cake.", "options": {"cliches": False, "tooWordy": False}},
    {"text": "the the", "options": {"illusion": False}},
    {"text": "So it goes. There are more.", "options": {"so": False, "thereIs": False}},
    # the whitelist: nothing reported that covers, starts in or ends in a listed text
    {"text": "API の戻り値は is used で確認します。", "options": {"whitelist": ["is used"]}},
    {"text": "Note: the the", "options": {"whitelist": ["the the"]}},
    # (a hyphen right before a wordy word keeps it)
    "The re-accelerate step.",
    # the ";" of a character reference at the end of a text is outside textlint's Str
    "<b>x</b> &lt; &lt;<i>y</i>",
]

WEASEL = '": a vague or hedging word (weasel word)'
ADVERB = "an adverb or filler that can weaken the sentence"

INVALID = [
    # English words beside Japanese text: ASCII word boundaries, as in JavaScript
    {"text": "これはveryです。", "errors": [{"line": 1, "column": 4, "message": '"very' + WEASEL}]},
    {"text": "この API はとても very 便利です。",
     "errors": [{"column": 13, "message": f'"very{WEASEL}: say exactly what you mean, or drop it; also {ADVERB}'}]},
    {"text": "設定は README に書きます。The config file is read at startup.",
     "errors": [{"column": 34, "message": '"is read": possibly passive voice'}]},
    {"text": "Read the the docs. The the end.",
     "errors": [{"column": 10, "message": '"the": the same word twice in a row'}, {"column": 24, "message": '"the"'}]},
    {"text": "値は 1 1 です。", "errors": [{"column": 6, "message": '"1": the same word'}]},
    {"text": "温度の単位 \u212a k の表記。", "errors": [{"column": 9, "message": '"k": the same word'}]},
    {"text": "So we decided to rewrite it.", "errors": [{"column": 1, "message": '"So": a sentence opening that adds'}]},
    {"text": "結論です. So we rewrote it.", "errors": [{"column": 7, "message": '"So"'}]},
    # white space before "So": write-good starts one character into it, whatever its length
    {"text": "Done.  So it goes.", "errors": [{"column": 7, "message": '" S": a sentence opening'}]},
    {"text": "There are two ways to do it.",
     "errors": [{"column": 1, "message": '"There are": a sentence opening that puts off the subject'}]},
    {"text": "In order to build it, utilize make.",
     "errors": [{"column": 1, "message": '"In order to": wordy or unneeded'}, {"column": 23, "message": '"utilize"'}]},
    {"text": "ビルドは in order to の形で説明しています。", "errors": [{"column": 6, "message": '"in order to"'}]},
    {"text": "That plan was a flash in the pan, I beg to differ.",
     "errors": [{"column": 17, "message": '"flash in the pan": a cliché'}, {"column": 35, "message": '"I beg to differ"'}]},
    # a phrase over a line end; a multi-line paragraph (the second "very" repeats the first)
    {"text": "修正は in a\njiffy で終わりました。", "errors": [{"line": 1, "column": 5, "message": '"in a\njiffy": a cliché'}]},
    {"text": "最初の行です。\nThe result was very\nvery good.",
     "errors": [{"line": 2, "column": 16, "message": '"very' + WEASEL},
                {"line": 3, "column": 1,
                 "message": f'"very{WEASEL}: say exactly what you mean, or drop it; also the same word twice in a row'}]},
    # list items and footnotes are paragraphs
    {"text": "- 一つ目の項目\n- It was found very late.\n",
     "errors": [{"line": 2, "column": 3, "message": '"It was": wordy'}, {"line": 2, "column": 6, "message": '"was found"'},
                {"line": 2, "column": 16, "message": '"very"'}]},
    {"text": "注1: see the docs[^1] very carefully.\n\n[^1]: It was written by hand.\n",
     "errors": [{"line": 1, "column": 22, "message": '"very"'}, {"line": 1, "column": 27, "message": '"carefully": an adverb'},
                {"line": 3, "column": 7, "message": '"It was"'}, {"line": 3, "column": 10, "message": '"was written"'}]},
    # a hard line break ends one Str
    {"text": "Trailing hard break is used  \nnext line is seen.",
     "errors": [{"line": 1, "column": 21, "message": '"is used"'}, {"line": 2, "column": 11, "message": '"is seen"'}]},
    # case: "Too many" is no "too many" (write-good compares the four characters before as written)
    {"text": "Many thanks.", "errors": [{"column": 1, "message": '"Many' + WEASEL}]},
    {"text": "Too many cooks.", "errors": [{"column": 5, "message": '"many' + WEASEL}]},
    {"text": "Really, it works.", "errors": [{"column": 1, "message": '"Really": ' + ADVERB}]},
    {"text": "😀 very good", "errors": [{"column": 3, "message": '"very"'}]},  # textlint: column 4 (UTF-16)
    {"text": "A &amp; &amp; B の表記。", "errors": [{"column": 9, "message": '"&amp;": the same word'}]},
    # eprime, when on; curly quotes are read as straight ones
    {"text": "The code is fine.", "options": {"eprime": True},
     "errors": [{"column": 10, "message": '"is": a form of "to be"'}]},
    {"text": "He said it\u2019s done.", "options": {"eprime": True}, "errors": [{"column": 9, "message": '"it\u2019s"'}]},
    {"text": "We were told.", "options": {"passive": False, "eprime": True}, "errors": [{"column": 4, "message": '"were"'}]},
    {"text": "So it is. There is more.", "options": {"so": False, "thereIs": False},
     "errors": [{"column": 4, "message": '"it is"'}]},
    # the whitelist: case-sensitive; a listed text at the very start of the Str is not looked
    # for, there or further on (as in write-good)
    {"text": "is used で確認します。", "options": {"whitelist": ["is used"]}, "errors": [{"column": 1, "message": '"is used"'}]},
    {"text": "The the end.", "options": {"whitelist": ["The"]}, "errors": [{"column": 5, "message": '"the"'}]},
    {"text": "It is used here.", "options": {"whitelist": ["used"]}, "errors": [{"column": 1, "message": '"It is"'}]},
    {"text": "This is a test of the the system", "options": {"whitelist": ["This"]},
     "errors": [{"column": 23, "message": '"the"'}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_json_gives_textlint_utf16_place():
    """One UTF-16 unit at the words' start, as textlint reports ``{index}``: after an emoji."""
    source = Source.from_text("😀 very good\n", "case.md")
    problems = run_rule(RULE, source.text)
    result = FileResult("case.md", problems, source)
    assert [(m["line"], m["column"], m["range"]) for m in (json_message(result, p) for p in problems)] == [(1, 4, [3, 4])]


def test_an_empty_switch_is_on():
    """``eprime:`` left empty in YAML: write-good turns a check off for false only."""
    assert [p.column + 1 for p in run_rule(RULE, "The code is fine.", {"eprime": None})] == [10]

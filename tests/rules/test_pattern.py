import pytest

RULE = "pattern"


def patterns(*entries):
    return {"patterns": list(entries)}


YEN = {"message": "数と単位の間は半角空白", "pattern": "/(\\d+)(円|個)/", "replace": "$1 $2"}
DEKIRU = {"message": "「出来る」はひらがなで", "pattern": "/出来(る|ます)/", "replace": "でき$1"}
TODO_IN_CODE = {"message": "コードに TODO", "pattern": "TODO", "forceCode": True}
NOT_IN_LINKS = {"message": "製品名は正式名で", "pattern": "/(?:ギットハブ|ぎっとはぶ)/", "allowNodeTypes": ["Link"]}

VALID = [
    {"text": "りんごを三つ買った。", "options": patterns(YEN)},
    {"text": "すぐにできる。", "options": patterns(DEKIRU)},
    {"text": "値段は`100円`です。", "options": patterns(YEN)},  # code: only the forceCode entries
    {"text": "```\n200個\n```", "options": patterns(YEN)},
    {"text": "[ギットハブ](https://example.com/gh)で公開した。", "options": patterns(NOT_IN_LINKS)},
    {"text": "---\ntitle: 出来る\n---\n本文。", "options": patterns(DEKIRU)},  # front matter is no Str
    {"text": "<!-- 出来る -->\n\n本文。", "options": patterns(DEKIRU)},  # nor an HTML comment
    {"text": "![出来る](a.png)", "options": patterns(DEKIRU)},  # nor an image's alt text
    # an "allows" pattern matching in the matched text lets it be
    {"text": "明日は出来ます。", "options": patterns({**DEKIRU, "allows": ["ます"]})},
    # a literal pattern: "." is a dot
    {"text": "ver1x2 を使う。", "options": patterns({"message": "m", "pattern": "1.2"})},
    # in a block quote, the next line of a paragraph starts with "> " in the Str
    {"text": "> 一行目\n> 二行目", "options": patterns({"message": "m", "pattern": "/^二/m"})},
]

INVALID = [
    {"text": "りんごが3個で300円です。", "options": patterns(YEN),
     "errors": [{"line": 1, "column": 5, "message": "数と単位の間は半角空白"}, {"column": 8}],
     "output": "りんごが3 個で300 円です。"},
    {"text": "すぐに出来る。明日も出来ます。", "options": patterns(DEKIRU),
     "errors": [{"column": 4, "message": "ひらがな"}, {"column": 11}], "output": "すぐにできる。明日もできます。"},
    # Str in a heading, an emphasis, a link's text, a list, a table cell
    {"text": "# 出来る\n\n**出来る**と[出来る](https://example.com/a)\n\n- 出来る\n\n| 出来る |\n|---|\n| a |",
     "options": patterns(DEKIRU),
     "errors": [{"line": 1, "column": 3}, {"line": 3, "column": 3}, {"line": 3, "column": 10},
                {"line": 5, "column": 3}, {"line": 7, "column": 3}]},
    # forceCode: inline code and code blocks, counted from the backtick and the fence
    {"text": "書きかけは`TODO 直す`です。\n\n```js\n// TODO\n```", "options": patterns(TODO_IN_CODE),
     "errors": [{"line": 1, "column": 7}, {"line": 4, "column": 4}]},
    # a reference link is no Link: allowNodeTypes ["Link"] does not cover it
    {"text": "[ギットハブ][gh]で公開した。\n\n[gh]: https://example.com/gh", "options": patterns(NOT_IN_LINKS),
     "errors": [{"line": 1, "column": 2}]},
    # a bare URL is a link of its own in textlint's tree
    {"text": "見本は https://example.com/ぎっとはぶ にある。ギットハブで。", "options": patterns(NOT_IN_LINKS),
     "errors": [{"column": 35}]},
    # in a node inside an allowed type, the entries after the one that matched are skipped
    # there too (the original leaves the node), but not elsewhere
    {"text": "[ギットハブで出来る](https://example.com/a)。出来る。", "options": patterns(NOT_IN_LINKS, DEKIRU),
     "errors": [{"column": 36}]},
    # a regex's "^" is the start of a Str: here the text after the link
    {"text": "[リンク](https://example.com/l)の文。", "options": patterns({"message": "m", "pattern": "/^の/"}),
     "errors": [{"column": 29}]},
    # groups: an unmatched or a missing one stays as written
    {"text": "ほげ", "options": patterns({"message": "m", "pattern": "/ほげ(ふが)?/", "replace": "[$1][$2]"}),
     "errors": [{"column": 1}], "output": "[$1][$2]"},
    # an empty replacement gives no fix
    {"text": "ほげ", "options": patterns({"message": "m", "pattern": "ほげ", "replace": ""}),
     "errors": [{"column": 1}], "output": "ほげ"},
    # flags: i and m; "^" of m is a line start inside the Str
    {"text": "Git と GIT\nと git", "options": patterns({"message": "m", "pattern": "/^\\w+/im"}),
     "errors": [{"line": 1, "column": 1}]},
    # in a block quote, a Str runs over the line ends and the "> " of the next line
    {"text": "> 一行目\n> 二行目", "options": patterns({"message": "m", "pattern": "/目\\n> 二/"}),
     "errors": [{"line": 1, "column": 5}]},
    # the sticky flag: only matches that follow one another from the start of the Str
    {"text": "ああいあ", "options": patterns({"message": "m", "pattern": "/あ/y"}),
     "errors": [{"column": 1}, {"column": 2}]},
    # no patterns: one problem at the start of the file
    {"text": "本文。", "errors": [{"line": 1, "column": 1, "message": "patterns"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_an_empty_match_is_not_reported():
    from conftest import run_rule

    assert run_rule(RULE, "あいう", patterns({"message": "m", "pattern": "/x*/"})) == []


@pytest.mark.parametrize("entry, message", [
    ({"message": "m", "pattern": "/a(/"}, "invalid regular expression"),
    ({"message": "m", "pattern": ""}, "empty"),
    ({"message": "m", "pattern": "a", "allows": ["/[/"]}, "unterminated"),
    ({"pattern": "a"}, "no 'message'"),
    ({"message": "m"}, "no 'pattern'"),
    ({"message": "m", "pattern": "a", "forceCode": "yes"}, "forceCode"),
    ({"message": "m", "pattern": "a", "allowNodeTypes": [1]}, "allowNodeTypes"),
    ("a", "mapping"),
])
def test_an_entry_that_cannot_be_used_is_a_config_error(entry, message):
    from postlint.config import ConfigError, resolve

    with pytest.raises(ConfigError, match=message):
        resolve({"rules": {"@textlint-rule/pattern": {"patterns": [entry]}}})


def test_reported_under_the_key_as_written():
    from postlint.config import resolve
    from postlint.engine import lint_text

    config = resolve({"rules": {"@textlint-rule/pattern": patterns(DEKIRU)}})
    [problem] = lint_text("出来る。", config)
    assert problem.rule_id == "@textlint-rule/pattern"

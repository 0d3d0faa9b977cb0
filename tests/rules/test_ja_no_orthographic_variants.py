"""ja-no-orthographic-variants: the places checked against textlint 15.8 with
textlint-rule-ja-no-orthographic-variants 2.0.0 (its dictionary lookup made safe for
"constructor": see the docs page)."""

from postlint.rules.ja_no_orthographic_variants import groups

RULE = "ja-no-orthographic-variants"

VALID = [
    "棚を組み立てる。組み立ては簡単だ。",
    # the verb 組み立てる and the noun 組立 are different surfaces: not compared
    "棚を組み立てる。組立は簡単だ。",
    # two paragraphs are two Str nodes: compared only within each
    "これは分かる。\n\nあれもわかる。",
    # emphasis splits a paragraph into Str nodes
    "**組立**と組み立て。",
    # a word the dictionary does not have, and a token that is an Object property in JavaScript
    "constructor を呼ぶ。toString も呼ぶ。",
]

INVALID = [
    {"text": "これは分かる。あれもわかる。",
     "errors": [{"line": 1, "column": 4, "message": "「分かる」と「わかる」"},
                {"line": 1, "column": 11, "message": "「わかる」と「分かる」"}]},
    # columns here count code points; textlint's 6 and 11 count UTF-16 units (🐈 is two),
    # which postlint's JSON output gives
    {"text": "🐈の世話は分かる人がわかる範囲でする。", "errors": [{"column": 5}, {"column": 10}]},
    # quotes, link text, headings and table cells are checked too
    {"text": "> 組立と組み立ての話。\n\n- [組立と組み立て](https://example.com)\n",
     "errors": [{"line": 1, "column": 3}, {"line": 1, "column": 6}, {"line": 3, "column": 4}, {"line": 3, "column": 7}]},
    {"text": "# 見出しの組立と組み立て\n", "errors": [{"line": 1, "column": 7}, {"line": 1, "column": 10}]},
    {"text": "constructor を呼ぶ。わかると分かる。", "errors": [{"column": 17}, {"column": 21}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_every_spelling_of_a_group_maps_to_a_group_holding_it():
    data = groups()
    assert len(data) == 28296
    assert all(spelling in group for spelling, group in data.items())
    # a spelling's group need not be its variants' group: the dictionary is not symmetric
    assert data["わかる"] == ("わかる", "解る", "判る", "分かる", "分る")
    assert data["分かる"] == ("わかる", "分かる", "分る")

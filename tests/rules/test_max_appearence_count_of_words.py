import pytest

from conftest import run_rule

RULE = "max-appearence-count-of-words"

VALID = [
    "東京は雨だった。東京タワーも霞んでいた。",
    "東京の朝、東京の駅、東京の人、東京の空。",  # four times: the limit
    "100円と100円と100円と100円と100円。",  # 名詞,数
    "見たことも聞いたことも話したこともやったこともないことだ。",  # 名詞,非自立
    "😀😀😀😀😀 の絵文字。",  # a symbol, not a noun
    # the first token of a surface form decides: ところ here is 名詞,非自立 first
    "見たところ、ところ変われば、ところを移す、ところへ、ところは。",
    "猫と猫と猫と猫と猫と猫。",  # one character
    {"text": "東京と東京と東京。", "options": {"limit": 3}},
]

INVALID = [
    {"text": "東京の朝、東京の駅、東京の人、東京の空、東京の夜。",
     "errors": [{"line": 1, "column": 1, "message": "\"東京\" appears more than 4 times in paragraph 1"}]},
    # reported at the paragraph's start; paragraphs are numbered through the file
    {"text": "一つめ。\n\n- 項目 項目 項目 項目 項目",
     "errors": [{"line": 3, "column": 3, "message": "paragraph 2"}]},
    # the source is counted as written: a link's URL, and the longer words that hold the word
    {"text": "[東京](https://example.com/東京) と [東京](https://example.com/東京) と東京。",
     "errors": [{"column": 1, "message": "\"東京\""}]},
    {"text": "データとデータベースとデータとデータとデータ。", "errors": [{"message": "\"データ\""}]},
    # each word of a paragraph once (problems at one place are sorted by message)
    {"text": "本日は晴天なり。本日は晴天なり。本日は晴天なり。本日は晴天なり。本日は晴天なり。",
     "errors": [{"message": "\"晴天\""}, {"message": "\"本日\""}]},
    {"text": "前置き。\n\n> 引用の引用は引用で引用する引用。",
     "errors": [{"line": 3, "column": 3, "message": "\"引用\" appears more than 4 times in paragraph 2"}]},
    {"text": "ところ変われば、見たところ、ところを移す、ところへ、ところは。", "errors": [{"message": "\"ところ\""}]},
    # code is counted too, and what is no word to a reader
    {"text": "`東京` `東京` `東京` `東京` `東京`", "errors": [{"message": "\"東京\""}]},
    {"text": "ことことことことことこと。", "errors": [{"message": "\"とこ\""}]},
    {"text": "東京と東京と東京。", "options": {"limit": 2, "lang": "ja"},
     "errors": [{"message": "「東京」が 1 段落目に 2 回を超えて出てきます。"}]},
    {"text": "前置き。\r\n\r\nJavaScript と JavaScript と JavaScript と JavaScript と JavaScript。",
     "errors": [{"line": 3, "column": 1, "message": "paragraph 2"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


@pytest.mark.parametrize("text, count", [
    ("東京と東京と東京と東京と東京", 1),
    ("東京と東京と東京と東京", 0),
    ("東京と東京と東京と東京と東京。\n\n大阪と大阪と大阪と大阪と大阪", 2),
])
def test_a_paragraph_is_reported_only_above_the_limit(text, count):
    assert len(run_rule(RULE, text)) == count


def test_a_limit_of_zero_reports_every_word():
    assert {p.message.split('"')[1] for p in run_rule(RULE, "東京と大阪", {"limit": 0})} == {"東京", "大阪"}


def test_the_message_is_english_unless_ja():
    assert run_rule(RULE, "東京と東京と東京", {"limit": 2, "lang": "fr"})[0].message.startswith('"東京" appears')


def test_textlint_places_the_paragraph_where_its_parser_does():
    # U+2028 ends no line for textlint's Markdown parser: textlint says line 3, column 1
    problem, = run_rule(RULE, "前置き\u2028です。\n\n東京と東京と東京と東京と東京。")
    assert (problem.line, problem.column) == (4, 0)
    assert problem.textlint_loc[:2] == (3, 0)

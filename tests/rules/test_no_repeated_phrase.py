from conftest import run_rule

RULE = "no-repeated-phrase"

VALID = [
    "実はこうだ。実はああだ。実はそうだ。\n",
    # 実は inside 果実は is not the phrase
    "果実は甘い。果実は赤い。果実は丸い。果実は重い。実は軽い。\n",
    # code, link text and quotes are not counted
    "正直なところ一つ。正直なところ二つ。正直なところ三つ。`正直なところ` [正直なところ](https://example.com/)\n",
    "> 実は一\n> 実は二\n\n実は三。実は四。実は五。\n",
    {"text": "実は一。実は二。実は三。実は四。\n", "options": {"max": 4}},
    {"text": "実は一。実は二。実は三。実は四。\n", "options": {"phrases": ["なるほど"]}},
]

INVALID = [
    {"text": "正直なところ一つ。\n\n正直なところ二つ。\n\n正直なところ三つ。\n\n正直なところ四つ。\n",
     "errors": [{"line": 7, "column": 1, "message": "「正直なところ」 appears 4 times in this post (lines 1, 3, 5, 7; at most 3): this is use 4"}]},
    {"text": "実は一。実は二。実は三。実は四。実は五。\n",
     "errors": [{"column": 13, "message": "use 4"}, {"column": 17, "message": "use 5"}]},
    {"text": "なるほど。なるほど。\n", "options": {"extraPhrases": [{"phrase": "なるほど", "max": 1}]},
     "errors": [{"column": 6, "message": "「なるほど」 appears 2 times"}]},
    {"text": "つまり一。つまり二。\n", "options": {"max": 1, "phrases": ["つまり"]}, "errors": [{"column": 6}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_a_use_ends_with_the_phrase_not_past_the_code_after_it():
    text = "実は一。実は二。実は三。\n\n実は`x`の話。\n"
    [problem] = run_rule(RULE, text)
    assert text[problem.start:problem.end] == "実は"

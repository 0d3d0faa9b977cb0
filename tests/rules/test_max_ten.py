RULE = "max-ten"

VALID = [
    "今日は、晴れです。",
    "りんご、みかん、ぶどう、いちご、バナナを買った。",
    "まず、次に、そして。それから、最後に、終わり。",
    {"text": "一つ、二つ、三つ、四つ、五つ", "options": {"max": 4}},
    "> 引用では、数えない、ことに、なって、いる。",
    "`a、b、c、d、e` のコードは、数えない。",
    "雨が、朝から、やっと、止み&#12289;ました。",  # as textlint: a character reference is not counted
]

INVALID = [
    {"text": "今日は、朝から、雨が、やっと、止みました。", "errors": [{"line": 1, "column": 15, "message": "「、」"}]},
    {"text": "今日は、朝から、雨が、やっと、止みました。", "options": {"max": 2}, "errors": [{"column": 11}]},
    {"text": "前の文。\n今日は，朝から，雨が，やっと，止みました．",
     "options": {"touten": "，", "kuten": "．"}, "errors": [{"line": 2, "column": 15}]},
    # a list of kuten: each ends a sentence (the 」 here), as the original's concat reads it
    {"text": "「朝は、晴れて、」と言い、昼は、雨だった。", "options": {"kuten": ["。", "」"]}, "errors": []},
    {"text": "「朝は、晴れて、」と言い、昼は、雨だった。", "errors": [{"column": 16}]},
    {"text": "りんご、みかん、ぶどう、いちご、バナナを買った。", "options": {"strict": True},
     "errors": [{"column": 16}]},
    # after an emoji, one character early, as textlint (kuromoji's code-point position taken as UTF-16)
    {"text": "😀これは、あれと、それと、どれと、違う。", "errors": [{"column": 16}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "ja-hiraku"

VALID = [
    "いろいろな場面で使えます。",
    "資料を読んでいただきたいと思います。",
    "ちょうどよい大きさの箱を探してください。",
    "`色々` はコードなので見ない。\n\n```\n丁度良い\n```\n",
    # a pending word (補助動詞「致し」) is off unless an option names it
    "ご案内致します。",
    # a list turned off, and one word of a list
    {"text": "丁度届きました。", "options": {"fukushi": False}},
    {"text": "丁度届きました。色々な話があります。", "options": {"fukushi": {"丁度": False}, "rentaishi": False}},
]

INVALID = [
    {"text": "色々な場面で使えます。",
     "errors": [{"line": 1, "column": 1, "message": "「色々」（連体詞）はひらがなで「いろいろ」と書く"}],
     "output": "いろいろな場面で使えます。"},
    {"text": "資料を読んで頂きたいと思います。", "errors": [{"column": 7, "message": "補助動詞"}],
     "output": "資料を読んでいただきたいと思います。"},
    # several in one sentence, each with its fix
    {"text": "丁度良い大きさの箱を探して下さい。", "errors": [{"column": 1}, {"column": 3}, {"column": 14}],
     "output": "ちょうどよい大きさの箱を探してください。"},
    {"text": "その様な事はありません。", "errors": [{"column": 3, "message": "形式名詞"}, {"column": 5}],
     "output": "そのようなことはありません。"},
    # the pending word, named; the other words of a list named for one word stay on
    {"text": "ご案内致します。", "options": {"hojodoushi": {"致し": True}}, "errors": [{"column": 4}],
     "output": "ご案内いたします。"},
    {"text": "丁度届きました。色々あります。", "options": {"fukushi": {"色々": False}},
     "errors": [{"column": 1, "message": "「丁度」"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "ja-consistent-punctuation"

VALID = [
    "注意：ここは重要です。例：次の図。\n",
    "注意:ここは重要です。例:次の図。\n",
    # times, ratios, URLs, code, English text and emoji short codes do not count
    "会議は10:30から。比率は1：2。詳しくは https://example.com/a:b を参照：以上。\n",
    "設定は `key: value` と書きます。注意：大事です。\n",
    "Note: see below. 注意：大事です。\n",
    "完了しました:tada: 注意：大事です。\n",
    "API (Application Programming Interface) は関数（function）の集まり。\n",
    # link text and quotes are someone else's words
    "[便利な方法は？](https://example.com/) を読んだ。どうして?と思った。\n",
    "> 引用です！\n\n本文です!\n",
    # one width per mark is enough; different marks may differ
    "本当ですか？すごい!\n",
    {"text": "注意：大事。例:図。\n", "options": {"roles": ["paren"]}},
    # a parenthesis around an e-mail address is not counted (the address is masked), even one
    # written right after another address with a "+"
    "お問い合わせ（係まで）は(info@example.jp)へ。\n",
    "連絡先（窓口）は(a@example.jp+b@example.jp)です。\n",
]

INVALID = [
    {"text": "注意：ここは重要です。例：次の図。参考:前の章。\n",
     "errors": [{"line": 1, "column": 20, "message": "use 「：」"}],
     "output": "注意：ここは重要です。例：次の図。参考：前の章。\n"},
    {"text": "**投資:**\n\n**人材:**\n\n**示唆：次の波**\n",
     "errors": [{"line": 5, "column": 5, "message": "(1 full-width, 2 half-width)"}],
     "output": "**投資:**\n\n**人材:**\n\n**示唆:次の波**\n"},
    {"text": "関数（function）と変数（variable）と定数(constant)。\n",
     "errors": [{"column": 29, "message": "parenthesis"}],
     "output": "関数（function）と変数（variable）と定数（constant）。\n"},
    # a tie: full width wins, unless preferOnTie says otherwise
    {"text": "本当?\n\nすごい？\n", "errors": [{"line": 1, "column": 3}], "output": "本当？\n\nすごい？\n"},
    {"text": "本当?\n\nすごい？\n", "options": {"preferOnTie": "hankaku"}, "errors": [{"line": 3}],
     "output": "本当?\n\nすごい?\n"},
    {"text": "やった！できた！またね!\n", "errors": [{"column": 12, "message": "exclamation"}],
     "output": "やった！できた！またね！\n"},
    {"text": "> 引用です！\n\n本文です!\n", "options": {"ignoreQuotes": False}, "errors": [{"line": 3}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_a_long_run_of_word_characters_is_masked_in_linear_time():
    """The e-mail pattern once restarted at every position of a run without "@" (a 30,000-
    character run took seconds); now a run is scanned once."""
    import time

    from postlint.rules.ja_consistent_punctuation import _URL

    for run in ("あ" * 30_000, "a" * 30_000, "a.b-" * 7_500):
        started = time.perf_counter()
        assert [m.span() for m in _URL.finditer(run + " x@example.jp")] == [(len(run) + 1, len(run) + 13)]
        assert time.perf_counter() - started < 0.5

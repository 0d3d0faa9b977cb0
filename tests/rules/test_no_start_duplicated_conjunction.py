RULE = "no-start-duplicated-conjunction"

VALID = [
    "しかし、雨は止んだ。風は強い。帰り道は暗い。しかし、星は見えた。",
    "しかし、雨は止んだ。\n\n## 見出し\n\nしかし、風は強い。",  # a heading starts the count again
    "しかし、雨は止んだ。\n\n---\n\nしかし、風は強い。",
    "> しかし、引用。しかし、引用。",
    "「しかし、こう言った。しかし、」と続けた。",  # no sentence ends inside 「」
    "また、値を返す。また、`code`を使う。",  # the phrase runs up to inline code: not reported
    "*また*、値を返す。*また*、例外を投げる。",  # a sentence starting with emphasis has no phrase
    "A, B. Next, C. A, D.",  # "B." and "C." between capitalized words end no sentence
]

INVALID = [
    {"text": "しかし、雨は止んだ。しかし、風は強い。",
     "errors": [{"line": 1, "column": 11, "message": "しかし"}]},
    {"text": "今日は、晴れ。明日は、雨。今日は、曇り。", "errors": [{"column": 14}]},
    {"text": "また、値を返す。\nまた、例外を投げる。", "errors": [{"line": 2, "column": 1}]},
    {"text": "また、値を返す。\n\nまた、例外を投げる。", "errors": [{"line": 3, "column": 1}]},  # across paragraphs
    # sentence-splitter 3.2.3 counts columns from the paragraph's start on its first line
    # (but on the file's first line): in a list item textlint reports two columns early,
    # and so does postlint
    {"text": "- まず、準備する。まず、確認する。", "errors": [{"line": 1, "column": 11}]},
    {"text": "前置き。\n\n- まず、準備する。まず、確認する。", "errors": [{"line": 3, "column": 9}]},
    {"text": "A, this. So, that. A, done.", "errors": [{"column": 20, "message": "「A」"}]},
    {"text": "しかし、雨。風。しかし、晴れ。", "options": {"interval": 3}, "errors": [{"column": 9}]},
    # an abbreviation's period ends no sentence (both checked against textlint 15.8)
    {"text": "Mr. Smith, hello. Mr. Smith, bye.", "errors": [{"column": 19, "message": "「Mr. Smith」"}]},
    {"text": "U.S.A. is big, yes. U.S.A. is big, no.", "errors": [{"column": 21}]},
]

INTERVAL_ONE = [
    "しかし、雨。風。しかし、晴れ。",
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_interval(rule_tester):
    rule_tester(RULE, [{"text": t, "options": {"interval": 1}} for t in INTERVAL_ONE],
                [{"text": "しかし、雨。しかし、晴れ。", "options": {"interval": 1}, "errors": [{"column": 7}]}])

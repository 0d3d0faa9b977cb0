RULE = "ng-word"
WORDS = {"words": ["社外秘", "旧製品名"]}

VALID = [
    {"text": "公開できる情報だけを書く。", "options": WORDS},
    "どんな文でも、語を設定しなければ何も報告しない。",
    {"text": "社外の人にも読める記事です。", "options": WORDS},  # 「社外」だけでは当たらない
]

INVALID = [
    {"text": "この資料は社外秘です。", "options": WORDS, "errors": [{"line": 1, "column": 1, "message": "社外秘"}]},
    # どこにあっても文書の先頭に一度だけ（語ごとに一つ）
    {"text": "一行目です。\n\n社外秘と社外秘と旧製品名。", "options": WORDS,
     "errors": [{"line": 1, "column": 1}, {"line": 1, "column": 1}]},
    # 前付け・コードの中も探す
    {"text": "---\ntitle: 旧製品名の話\n---\n\n本文。\n", "options": WORDS, "errors": [{"line": 1, "column": 1}]},
    {"text": "本文。\n\n```\n社外秘\n```\n", "options": WORDS, "errors": [{"line": 1, "column": 1}]},
    # 同じ語を二度書いても報告は一つ
    {"text": "社外秘", "options": {"words": ["社外秘", "社外秘"]}, "errors": [{"line": 1, "column": 1}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_empty_word_is_found_everywhere(rule_tester):
    rule_tester(RULE, ["何もない。"], [{"text": "何もない。", "options": {"words": [""]}, "errors": [{"column": 1}]}])

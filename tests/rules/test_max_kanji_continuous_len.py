RULE = "max-kanji-continuous-len"

VALID = [
    "漢字の連続を調べる。",
    "情報処理を学ぶ。",
    {"text": "情報処理技術者試験を受ける。", "options": {"allow": ["情報処理技術者試験"]}},
    {"text": "千代田区役所に行く。", "options": {"max": 6}},
    "[情報処理技術者試験](https://example.com)",
    # UTF-16 code units: a kanji outside the BMP counts 2
    "𠀋𠀋漢の字。",
    {"text": "漢字字の𠀋𠀋の字。", "options": {"max": 4}},
]

INVALID = [
    {"text": "情報処理技術者試験を受ける。", "errors": [{"line": 1, "column": 1, "message": "情報処理技術者試験"}]},
    {"text": "前置き。\n東京都千代田区に住む。", "errors": [{"line": 2, "column": 1}]},
    {"text": "東京都千代田区", "options": {"max": 6}, "errors": [{"message": "7 文字以上"}]},
    {"text": "字の𠀋𠀋𠀋です。", "errors": [{"column": 3, "message": "𠀋𠀋𠀋"}]},
    {"text": "漢字の𠀋𠀋漢。", "options": {"max": 4}, "errors": [{"column": 4}]},
    {"text": "字の漢字。", "options": {"max": -1}, "errors": [{"column": 1}, {"column": 3}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

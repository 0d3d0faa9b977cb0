RULE = "no-filler"

VALID = [
    "この設定で十分に動きます。",
    "あの店の料理はおいしい。",  # 連体詞 あの, no filler
    "まあ、それでいいでしょう。",  # IPADIC reads this まあ as an adverb
    "`A`と`B`を比べる。",  # the code is masked: と stays a particle
    "# ええと、見出しは段落ではない",
    "| ええと |\n| --- |\n| まあ |",
]

INVALID = [
    {"text": "あのー、次へ進みます。", "errors": [{"line": 1, "column": 1, "message": "あのー"}]},
    # IPADIC splits ええと into the fillers え and えと: two problems, as in textlint
    {"text": "ええと、この設定で十分に動きます。", "errors": [{"column": 1}, {"column": 2}]},
    {"text": "それでいいでしょう。なんか、次へ進みます。", "errors": [{"column": 11, "message": "なんか"}]},
    {"text": "> あのー、引用でも調べます。", "errors": [{"column": 3}]},  # no skipping of block quotes
    {"text": "- あのー、項目です", "errors": [{"column": 3}]},
    {"text": "*ええと*、強調の中も。", "errors": [{"column": 2}, {"column": 3}]},
    # after the line break IPADIC reads only えと as a filler
    {"text": "一行目です\nええと二行目です。", "errors": [{"line": 2, "column": 2}]},
    # kuromoji counts code points: after an emoji textlint reports one unit early (its column
    # 3 in UTF-16 units is the column 2 of the tester, which counts characters)
    {"text": "🐈 えーと、猫です。", "errors": [{"column": 2}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

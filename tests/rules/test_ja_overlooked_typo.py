RULE = "ja-overlooked-typo"

VALID = [
    "ニュースとタペストリーとたいへんな一日。",
    # units after a kanji numeral and the built-in words are allowed
    "長さは二メートル、重さは三キログラム、速さはマッハ二。",
    "沼にハマりました。",
    # へ between katakana is reported only with strictMode
    "メールへ返信し、プリンタへ送る。",
    # a kanji among kanji, a hiragana among hiragana
    "二人で力を合わせる。",
    "`二ュース` はコードの中。",
]

INVALID = [
    {"text": "二ュースを読む。", "errors": [{"line": 1, "column": 1, "message": "「ニ」"}], "output": "ニュースを読む。"},
    {"text": "エレベー夕ーに乗る。", "errors": [{"column": 5}], "output": "エレベーターに乗る。"},
    {"text": "タぺストリーを飾る。", "errors": [{"column": 2, "message": "「ペ」"}], "output": "タペストリーを飾る。"},
    {"text": "プリンりを食べる。", "errors": [{"column": 4}], "output": "プリンリを食べる。"},
    {"text": "とてもたいヘんでした。", "errors": [{"column": 6, "message": "「へ」"}], "output": "とてもたいへんでした。"},
    {"text": "荷物があリます。", "errors": [{"column": 5}], "output": "荷物があります。"},
    # in a heading and in a link's text too, each Str as textlint has it
    {"text": "# タぺストリー\n\n[二ュース](https://example.com)", "errors": [{"line": 1, "column": 4}, {"line": 3, "column": 2}]},
    # strictMode: へ between katakana too
    {"text": "メールへ返信する。ソフトへア", "options": {"strictMode": True}, "errors": [{"column": 13}]},
    # allow: only the entries given (the built-in list too with "recommend"); $num$ stands for 二, 三, 八
    {"text": "二メートルと二ペニー。", "options": {"allow": ["$num$ペニー"]}, "errors": [{"column": 1}]},
    {"text": "二メートルと二ペニー。", "options": {"allow": ["recommend", "$num$ペニー"]}, "errors": []},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

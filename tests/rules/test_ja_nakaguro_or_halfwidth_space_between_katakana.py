"""ja-nakaguro-or-halfwidth-space-between-katakana: a full-width space between katakana words."""

RULE = "ja-nakaguro-or-halfwidth-space-between-katakana"

VALID = [
    "モバイル・アプリを作る。",
    "モバイル アプリを作る。",
    "漢字　カタカナの間は見ない。",
    "カタカナ　とひらがなの間も見ない。",
    "### 見出しのモバイル　アプリ",
    "*強調のモバイル　アプリ* は見ない。",
    "> 引用のモバイル　アプリ",
    "ア[　イ",                                          # textlint's pattern leaves "[" out
]

INVALID = [
    {"text": "モバイル　アプリを作る。", "errors": [{"line": 1, "column": 5, "message": "中黒"}]},
    {"text": "- ウェブ　サービス\n- デスクトップ　ツール", "errors": [{"line": 1, "column": 6}, {"line": 2, "column": 9}]},
    # three characters at a time without overlap: of ア　イ　ウ only the first space is reported
    {"text": "ア　イ　ウ", "errors": [{"column": 2}]},
    {"text": "ラーメン　ーム", "errors": [{"column": 5}]},
    # a character beyond U+FFFF in the middle never matches, so the scan goes on at イ
    {"text": "ア😀イ　ウ", "errors": [{"column": 4}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

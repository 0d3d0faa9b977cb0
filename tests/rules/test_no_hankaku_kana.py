RULE = "no-hankaku-kana"

VALID = [
    "全角のカタカナです。",
    "# ﾐﾀﾞｼは対象外",
    "**ｷｮｳﾁｮｳ**も対象外",
    "> ｲﾝﾖｳも対象外",
]

INVALID = [
    {"text": "これはﾃｷｽﾄです。", "errors": [{"line": 1, "column": 4, "message": "テキスト"}],
     "output": "これはテキストです。"},
    {"text": "- ﾘｽﾄ\n- ﾊﾞｯｸ", "errors": [{"line": 1, "column": 3}, {"line": 2, "column": 3}],
     "output": "- リスト\n- バック"},
    # a bare URL is a link's text to textlint: only the kana after it is reported
    {"text": "詳細はhttps://example.com/ｶﾀｶﾅ を見てｶﾀｶﾅ。", "errors": [{"column": 32}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

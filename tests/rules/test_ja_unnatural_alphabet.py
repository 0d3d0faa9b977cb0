RULE = "ja-unnatural-alphabet"

VALID = [
    "リリースしました。",
    "This is a pen.",
    "C言語で書いたプログラム。",
    "x軸とy座標を描く。",
    "Eメールで連絡する。",
    "アンドロイドnを買う。",
    "![リイr−ス](a.png)",
    {"text": "対応でｋない", "options": {"allow": ["ｋ"]}},
    {"text": "リイr−ス", "options": {"allow": ["/リイ[a-z]/"]}},
]

INVALID = [
    {"text": "リイr−スする。", "errors": [{"line": 1, "column": 3, "message": "r"}]},
    {"text": "対応でｋない", "errors": [{"column": 4}]},
    {"text": "これはC言語です。", "options": {"allowCommonCase": False, "allow": []}, "errors": [{"column": 4}]},
    {"text": "これはｂｂｃです", "errors": [{"column": 4}]},
    {"text": "# 見出しでzのtypo", "errors": [{"column": 7}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "no-insert-re"

VALID = [
    "この坂なら自転車でも行ける。",
    "手紙なら今日中に書ける。",
    "この本は多くの人に読まれる。",  # passive れる after a 五段 verb
    "これは見られる。",  # られる is another suffix
    "> 引用の中なら行けれる",
    "*強調の中なら行けれる*",
    "[リンクの中なら行けれる](https://example.com)",
    "`コードの中なら行けれる`",
]

INVALID = [
    {"text": "この坂なら自転車でも行けれる。", "errors": [{"line": 1, "column": 13, "message": "れ足す言葉"}]},
    {"text": "明日なら書けれるし、来週なら読めれる。", "errors": [{"column": 7}, {"column": 17}]},
    # an 一段 verb's ら-less form has the same tokens: textlint reports it too
    {"text": "野菜も食べれる。", "errors": [{"column": 6}]},
    {"text": "**太字でも行けれる**", "errors": [{"column": 9}]},  # textlint skips Emphasis, not Strong
    {"text": "- 項目でも書けれる", "errors": [{"column": 9}]},
    {"text": "# 見出しでも行けれる", "errors": [{"column": 10}]},
    # kuromoji counts code points: after an emoji textlint reports one unit early (its column 8
    # in UTF-16 units is the column 7 of the tester, which counts characters)
    {"text": "🐈 猫でも行けれる。", "errors": [{"column": 7}]},
    {"text": "`code`のあと行けれない。", "errors": [{"column": 12}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

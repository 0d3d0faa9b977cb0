RULE = "no-surrogate-pair"

VALID = [
    "吉野家で牛丼を食べた。",
    "記号 ★ や ☺ は U+FFFF までの文字なので問題ない。",
    "`コードの中の𠮷野家😀`",
    "![画像の説明の😀](cat.png)",
    "```\nコードブロックの🐈\n```",
    "<!-- HTML コメントの🐈 -->",
]

INVALID = [
    {"text": "𠮷野家で牛丼を食べた。", "errors": [{"line": 1, "column": 1, "message": "「𠮷」（U+20BB7）"}]},
    # one report per character and Str, at its first place (textlint drops the repeats)
    {"text": "猫🐈と犬🐕と猫🐈。", "errors": [{"column": 2, "message": "🐈"}, {"column": 5, "message": "🐕"}]},
    # an emoji of several code points: each one beyond U+FFFF (the skin tone too)
    {"text": "いいね👍🏻", "errors": [{"column": 4, "message": "👍"}, {"column": 5, "message": "🏻"}]},
    {"text": "## 見出しの😀", "errors": [{"column": 8}]},
    {"text": "- 項目の😀\n- 次の項目の😀", "errors": [{"line": 1, "column": 6}, {"line": 2, "column": 8}]},
    {"text": "| 表 | 😀 |\n|---|---|\n| 😀 | x |", "errors": [{"line": 1, "column": 7}, {"line": 3, "column": 3}]},
    # emphasis and a link's text are Strs of their own
    {"text": "😀と**太字の😀**と[リンクの😀](https://example.com)",
     "errors": [{"column": 1}, {"column": 8}, {"column": 17}]},
    # a bare URL is a link of its own in textlint's tree: three Strs here
    {"text": "😀 https://example.com/😀 😀",
     "errors": [{"column": 1}, {"column": 23}, {"column": 25}]},
    # a paragraph's lines are one Str: the second 😀 repeats the first (CRLF too)
    {"text": "> 引用の😀\r\n> も😀", "errors": [{"line": 1, "column": 6}]},
    {"text": "一行目の𠮷\n\n二行目の😀", "ext": ".txt", "errors": [{"line": 1, "column": 5}, {"line": 3, "column": 5}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

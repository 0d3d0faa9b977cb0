RULE = "jtf-1-1-1"

VALID = [
    "記事を公開しました。\n\n感想をお待ちしています。",
    "この方法は簡単である。\n\n誰でも試せるのである。",
    "# 見出しである\n\n- 箇条書きは数えない。\n- 箇条書きです。",
    "> 引用の中は数えないのである。\n\n本文は丁寧に書きます。",
    "",
]

INVALID = [
    {"text": "記事を公開しました。\n\n感想をお待ちしています。\n\n内容は未完成である。",
     "errors": [{"line": 5, "column": 7, "message": "「である。」は常体"}]},
    {"text": "結論から言うのだが、\n\nこの手順は安全である。\n\n試してください。",
     "errors": [{"line": 5, "column": 4, "message": "「ください。」は敬体"}]},
    # a tie: the 常体 side is reported
    {"text": "😀今日は晴れです。今日は晴れである。", "errors": [{"line": 1, "column": 15, "message": "常体"}]},
    {"text": "今日は晴れです。\r\n今日は晴れである。\r\n", "errors": [{"line": 2, "column": 6}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

"""ja-no-inappropriate-words: words of rules/dict/ja-no-inappropriate-words.yml, as whole IPADIC tokens.

Expected lines and columns are textlint's (textlint-rule-ja-no-inappropriate-words 2.0.0).
"""

RULE = "ja-no-inappropriate-words"

VALID = [
    "この設定はうまく動かない。",
    "カスタマイズした。",          # カス only as a token of its own
    "ボケット",                    # an unknown word, one token
    "`バカ` はコードの中。",
    "```\nバカ\n```",
]

INVALID = [
    {"text": "そんなバカな話があるか。", "errors": [{"line": 1, "column": 4, "message": "「バカ」"}]},
    {"text": "あの人はアホだと言われた。", "errors": [{"column": 5, "message": "アホ"}]},
    {"text": "カスタムの設定とカスの区別。", "errors": [{"column": 9}]},
    {"text": "土方さんの作業。", "errors": [{"column": 1, "message": "土方"}]},
    # kuromoji counts code points: after an emoji textlint reports one unit early (its column
    # 5 in UTF-16 units, here in characters: on を, not デ)
    {"text": "🐈 猫をデブと呼ぶな。", "errors": [{"column": 4}]},
    {"text": "- 一行目\n- 項目でもハゲと書かない", "errors": [{"line": 2, "column": 7}]},
    # every Str: emphasis, links, block quotes and bare URLs too
    {"text": "**強調の中のブス**も見る。", "errors": [{"column": 8}]},
    {"text": "[リンクの中のボケ](https://example.com)も見る。", "errors": [{"column": 8}]},
    {"text": "> 引用のクソも見る。", "errors": [{"column": 6}]},
    {"text": "詳細は https://example.com/バカ を見る。", "errors": [{"column": 25}]},
    {"text": "# 見出しのバカ\n\n本文。", "errors": [{"line": 1, "column": 7}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_no_fix_no_options():
    from postlint.rules import ja_no_inappropriate_words as rule

    assert rule.FIXABLE is False and rule.OPTIONS == {}


def test_trigger_finds_the_words():
    from postlint.rules.ja_no_inappropriate_words import TRIGGER

    assert TRIGGER.search("あいつはバカだ") and TRIGGER.search("xx SEX yy")
    assert TRIGGER.search("静かな文章です。") is None

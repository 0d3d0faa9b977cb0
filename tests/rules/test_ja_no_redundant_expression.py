"""ja-no-redundant-expression: wordy constructions (dict1..dict6)."""

RULE = "ja-no-redundant-expression"

VALID = [
    "データを解析できます。",
    "毎朝ログを確認する。",
    "この処理を行う関数です。",                        # dict5 allows 処理を行…
    "ビルドを実行する。",                              # dict6 allows katakana nouns
    "> データを解析することができます。",              # block quotes are skipped
    "`確認を行う`という名前です。",                    # inline code is skipped
    "[データを解析することができます](https://example.com)。",  # so is an inline link
    "手順はhttps://example.com/docsで解析することができます。",  # and a bare URL runs on to the next space
    {"text": "それは省略することが可能だ。", "options": {"dictOptions": {"dict1": {"disabled": True}}}},
]

INVALID = [
    {"text": "手順は https://example.com/docs で解析することができます。", "errors": [{"column": 33}],
     "output": "手順は https://example.com/docs で解析できます。"},
    {"text": "データを解析することができます。", "errors": [{"line": 1, "column": 7, "message": "する"}],
     "output": "データを解析できます。"},
    {"text": "データを解析することもできます。", "errors": [{"column": 7}],
     "output": "データを解析することもできます。"},  # only が is fixed
    # one column early after an emoji, as textlint reports it; the fix is where the words are
    {"text": "🔧🔧 部品を交換することができます。", "errors": [{"column": 7}],
     "output": "🔧🔧 部品を交換できます。"},
    # textlint maps a paragraph's text back from each text node's start, as long as its source:
    # after an escape or a character reference it lands early by the characters decoding dropped
    # (the fix still replaces the words themselves)
    {"text": "注\\: 値を解析することができます。", "errors": [{"column": 8}], "output": "注\\: 値を解析できます。"},
    {"text": "注&amp;値を解析することができます。", "errors": [{"column": 7}], "output": "注&amp;値を解析できます。"},
    {"text": "それは省略することが可能だ。", "errors": [{"column": 6}]},
    # a reference link is LinkReference to textlint, not Link: its text is checked
    {"text": "[データを解析することができる][1]。\n\n[1]: https://example.com", "errors": [{"column": 8}]},
    {"text": "この手順は安全であると言えます。", "errors": [{"column": 8}]},
    {"text": "それは正解であると考えている。", "errors": [{"column": 6}], "output": "それは正解である。"},
    {"text": "毎朝ログの確認を行う。", "errors": [{"column": 6, "message": "確認"}]},
    {"text": "毎朝テストの確認を、実行する。", "errors": [{"column": 7}]},
    {"text": "この処理を行う関数です。", "options": {"dictOptions": {"dict5": {"allows": []}}},
     "errors": [{"column": 3}]},
    {"text": "[データを解析することができます](https://example.com)",
     "options": {"allowNodeTypes": []}, "errors": [{"column": 8}]},
    # a quote's later lines are one Str with the first in textlint's tree, whatever the white
    # space after their ">"
    {"text": "> 一行目です。\n>  二行目で説明することができる。", "options": {"allowNodeTypes": []},
     "errors": [{"line": 2, "column": 7}]},
    {"text": "> 一行目です。\n>二行目で説明することができる。", "options": {"allowNodeTypes": []},
     "errors": [{"line": 2, "column": 7}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

from conftest import run_rule

RULE = "ja-keishikimeishi"
# the options textlint-rule-preset-smarthr gives it
PRESET = {"detection_hou_kata": False, "detection_ue": False}

VALID = [
    "読むことができる。",
    "その事について話す。",          # 事 after a particle is the ordinary noun
    "`読む事` はコードなので見ない。",
    "そうしたい訳ではない。",
    # kuromoji 0.1.2 reads 参加中 as one noun; ja-hiragana-keishikimeishi's 0.1.1 reports 方 here
    "参加中の方の手続き。",
    {"text": "走る方が速い。考える上で大切だ。", "options": PRESET},
    {"text": "走る方が速い。", "options": {"detection_ue": True}},  # one option given: the other is off
    # textlint's matchers go on from one Str to the next: after 項目 (a noun) the matcher of
    # 名詞+毎 waits for 毎, タブ breaks it and is not retried, so 毎 is not reached
    "- 設定の項目\n- タブ毎に変える",
    "- 画像ファイル毎に分ける",           # fresh: 画像 starts, ファイル breaks, 毎 starts again
]

INVALID = [
    {"text": "毎朝書く事にした。", "errors": [{"line": 1, "column": 5, "message": "「こと」"}],
     "output": "毎朝書くことにした。"},
    {"text": "寒い時、温かい物を飲む。", "errors": [{"column": 3}, {"column": 8}],
     "output": "寒いとき、温かいものを飲む。"},
    {"text": "確認する為だけに開く。", "errors": [{"column": 5}], "output": "確認するためだけに開く。"},
    # 方 and 上 are reported when no option is given
    {"text": "走る方が速い。考える上で大切だ。", "errors": [{"column": 3, "message": "「ほう」"}, {"column": 11}],
     "output": "走るほうが速い。考えるうえで大切だ。"},
    {"text": "走る方が速い。考える上で大切だ。", "options": {"detection_hou_kata": True, "detection_ue": True},
     "errors": [{"column": 3}, {"column": 11}]},
    {"text": "走る方が速い。考える上で大切だ。", "options": {"detection_ue": True}, "errors": [{"column": 11}],
     "output": "走る方が速い。考えるうえで大切だ。"},
    {"text": "走る方が速い。読む事だ。", "options": PRESET, "errors": [{"column": 10}]},
    # kuromoji 0.1.2 (kuromojin 3) reads these unlike 0.1.1: 毎 after a katakana noun, 事 before 、
    {"text": "ページ毎の設定を変えられる。", "errors": [{"column": 4}], "output": "ページごとの設定を変えられる。"},
    {"text": "分かりやすい事、悪い所は多い。", "errors": [{"column": 7}, {"column": 11}],
     "output": "分かりやすいこと、悪いところは多い。"},
    {"text": "彼の所へ行く。言った通りだ。行く度に会う。", "errors": [{"column": 3}, {"column": 11}, {"column": 17}],
     "output": "彼のところへ行く。言ったとおりだ。行くたびに会う。"},
    {"text": "見られた事がある。", "errors": [{"column": 5}], "output": "見られたことがある。"},
    # inside a link, a list item, a quote, a heading, emphasis and a table cell, as in textlint
    {"text": "[読む事](https://example.com) はリンクの文字。", "errors": [{"column": 4}]},
    {"text": "- 書いた物を見せる\n> 言った事は守る", "errors": [{"line": 1, "column": 6}, {"line": 2, "column": 6}]},
    {"text": "# 見出しで読む事\n\n**読む事**が好きだ。", "errors": [{"line": 1, "column": 9}, {"line": 3, "column": 5}]},
    {"text": "表。\n\n| 列 | 説明 |\n| --- | --- |\n| 読む事 | 書く時 |\n",
     "errors": [{"line": 5, "column": 5}, {"line": 5, "column": 11}]},
    # ...and after 2 (a noun) the same words are one noun further: ファイル+毎 matches
    {"text": "- 通信はHTTP/2\n- 画像ファイル毎に分ける", "errors": [{"line": 2, "column": 9}],
     "output": "- 通信はHTTP/2\n- 画像ファイルごとに分ける"},
    # kuromoji's word_position counts code points: after an emoji textlint reports one unit
    # early; the fix replaces the noun itself (textlint's would replace the wrong character)
    {"text": "🐈が読む事にした。", "errors": [{"column": 4}], "output": "🐈が読むことにした。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_severity_alone_keeps_every_check():
    # textlint passes `severity` to the rule as an option, which turns 方 and 上 off there;
    # postlint takes it for the severity only (see docs/rules/ja-keishikimeishi.md)
    problems = run_rule(RULE, "走る方が速い。", {"severity": "warning"})
    assert [p.column + 1 for p in problems] == [3]


def test_one_problem_when_ja_hiragana_keishikimeishi_runs_too():
    from postlint.config import resolve
    from postlint.engine import lint
    from postlint.source import Source

    config = resolve({"rules": {RULE: True, "ja-hiragana-keishikimeishi": True}})
    # the same noun reported by both rules is kept once, as textlint keeps it (same message
    # in both packages); 事 before 、 is read as a formal noun by kuromoji 0.1.2 only
    problems = lint(Source.from_text("分かりやすい事、悪い所は多い。", "case.md"), config)
    assert [(p.column + 1) for p in problems] == [7, 11]

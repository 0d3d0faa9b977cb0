from postlint.config import resolve
from postlint.engine import lint_text

RULE = "smarthr-idiomatic-usage"

VALID = [
    "あらかじめサーバーを用意してください。",
    "[予めのリンク](https://example.com/)の文字は見ない。",
    "> 予め引用した文は見ない。",
    "*予め* 強調した語は見ない。",
    "`サーバ` のようなコードは見ない。",
    "```\nサーバの設定\n```",
    "ボタンの右側にある。",  # 側 after a kanji is a word of its own
    "一人ひとりが確かめる。",  # a look-behind of two widths (一人|同)
    "SmartHR マスタを開く。",  # SmartHR ? in a look-behind: both widths
    "部署マスタを開く。",
    "Q. どうして？答えはこちらです。",  # a Str opening with Q: no space asked after ？
]

INVALID = [
    {"text": "予めご了承下さい。",
     "errors": [{"line": 1, "column": 1, "message": "「予め」は「あらかじめ」と書きます。\n読みやすさのため"},
                {"line": 1, "column": 6, "message": "「下さい」は「ください」"}],
     "output": "あらかじめご了承ください。"},
    {"text": "- サーバの設定を見直す", "errors": [{"line": 1, "column": 3}], "output": "- サーバーの設定を見直す"},
    {"text": "| 画面 |\n| --- |\n| ユーザの一覧 |", "errors": [{"line": 3, "column": 3}],
     "output": "| 画面 |\n| --- |\n| ユーザーの一覧 |"},
    {"text": "## ダイアログを閉じる", "errors": [{"line": 1, "column": 4, "message": "「画面」と書きます"}],
     "output": "## 画面を閉じる"},
    {"text": "詳しくは[資料](https://example.com/)を見て、予め確かめる。", "errors": [{"line": 1, "column": 35}]},
    {"text": "ボタンの側にある。", "errors": [{"column": 5}], "output": "ボタンのそばにある。"},
    {"text": "どうして？答えはこちらです。", "errors": [{"column": 5, "message": "「？答」は「？　答」"}],
     "output": "どうして？　答えはこちらです。"},
    {"text": "一人で作業する。", "errors": [{"column": 1}], "output": "1人で作業する。"},
    {"text": "Webブラウザで開く。", "errors": [{"column": 1}], "output": "ブラウザで開く。"},
    {"text": "本文の段落です。\n\n次の段落でPCを使う。", "errors": [{"line": 3, "column": 6, "message": "「PC」は「パソコン」"}],
     "output": "本文の段落です。\n\n次の段落でパソコンを使う。"},
    # a lone ! or ? between Japanese letters: textlint's fix (the package's "$1！") deletes the
    # letter after it; here it stays (the report is at textlint's place)
    {"text": "本当!すごい。", "errors": [{"column": 2, "message": "「当!す」は「当！す」"}],
     "output": "本当！すごい。"},
    # no note in the dictionary for this entry: the message is the first line alone
    {"text": "並び替えを使う。", "errors": [{"column": 1, "message": "「並び替え」は「並べ替え」と書きます。"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def _problems(text, rules):
    return [(p.rule_id, p.line, p.column + 1) for p in lint_text(text, resolve({"rules": rules}))]


def test_reported_as_prh_rules_in_the_preset_and_switched_off_by_that_name():
    text = "予め用意する。\n"
    assert _problems(text, {"preset-smarthr": True}) == [("smarthr/prh-rules", 1, 1)]
    assert _problems(text, {"preset-smarthr": {"prh-rules": False}}) == []
    assert _problems(text, {"smarthr-idiomatic-usage": True}) == [("smarthr-idiomatic-usage", 1, 1)]

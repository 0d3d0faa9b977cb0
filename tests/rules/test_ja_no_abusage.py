"""ja-no-abusage: token patterns and prh phrases from rules/dict/ja-no-abusage.yml."""

from conftest import run_rule

RULE = "ja-no-abusage"

VALID = [
    "この規則を新しい契約に適用する。",
    "この説明はとても読みづらい。",
    "環境に適応した生き物です。",
    "[関数の返却値の話](https://example.com/a)",  # phrases are not checked in links
    "> 例外を補足しておく。",                       # nor in block quotes
    "*愛想をふりまく*人",                           # nor in emphasis
]

INVALID = [
    {"text": "この設定を適応する。", "errors": [{"line": 1, "column": 5, "message": "適用"}],
     "output": "この設定を適用する。"},
    {"text": "説明が読みずらい。", "errors": [{"column": 4, "message": "づらい"}], "output": "説明が読みづらい。"},
    {"text": "字が書きずらい。", "errors": [{"column": 3}], "output": "字が書きづらい。"},
    # after an emoji textlint reports one column early (kuromoji's code-point index read as
    # UTF-16); the fix still replaces the words themselves
    {"text": "🚗 ここは止まりずらい。", "errors": [{"column": 5}], "output": "🚗 ここは止まりづらい。"},
    {"text": "表示幅を可変する。", "errors": [{"column": 5, "message": "可変"}], "output": "表示幅を可変する。"},
    {"text": "この関数の返却値を使う。", "errors": [{"column": 3, "message": "返り値"}],
     "output": "この関数の返り値を使う。"},
    {"text": "一行目です。\n\n愛想をふりまく人。", "errors": [{"line": 3, "column": 1}],
     "output": "一行目です。\n\n愛嬌をふりまく人。"},
    {"text": "# 例外を補足する\n", "errors": [{"line": 1, "column": 3}], "output": "# 例外を捕捉する\n"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_user_dictionary(tmp_path):
    extra = tmp_path / "mine.yml"
    extra.write_text("morphemes:\n  - message: 「ユーザ」より「ユーザー」\n    expected: ユーザー\n"
                     "    tokens: [{surface_form: ユーザ}]\nprh:\n  - expected: サーバー\n    pattern: サーバ\n",
                     encoding="utf-8")
    problems = run_rule(RULE, "ユーザのサーバを見る。", {"dictionaries": [str(extra)]})
    assert [(p.column, p.fix.text) for p in problems] == [(0, "ユーザー"), (4, "サーバー")]

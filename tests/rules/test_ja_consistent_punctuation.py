import pytest
from conftest import apply_fixes, run_rule

RULE = "ja-consistent-punctuation"

VALID = [
    # a link written in HTML: its text is someone else's title
    "本の題は<a href=\"https://example.com\">やり抜く力 GRIT(グリット)</a>です（本当に）。別の話（その二）です。\n",
    # a link written around a template tag is syntax Markdown reads as text, not parentheses of prose
    '[前回]({{< relref "./a.md" >}} "散歩の記録")の続きです（晴れ）。図は[こちら]({{ site.baseurl }}/a.png)（拡大可）。\n',
    "注意：ここは重要です。例：次の図。\n",
    "注意:ここは重要です。例:次の図。\n",
    # a kaomoji's parentheses are the face's, whatever the width of the others
    "補足（後述）があります。やっと終わりました(´・ω・｀)。次も頑張りますヽ(*ﾟдﾟ)ノ\n",
    # times, ratios, URLs, code, English text and emoji short codes do not count
    "会議は10:30から。比率は1：2。詳しくは https://example.com/a:b を参照：以上。\n",
    "設定は `key: value` と書きます。注意：大事です。\n",
    "Note: see below. 注意：大事です。\n",
    "完了しました:tada: 注意：大事です。\n",
    "API (Application Programming Interface) は関数（function）の集まり。\n",
    # half-width parentheses around half-width text: a width chosen by what they hold
    "作業（半日）のあと、設定(2h)と式(6)の確認（約一時間）。関数(function)も見る。\n",
    # link text and quotes are someone else's words
    "[便利な方法は？](https://example.com/) を読んだ。どうして?と思った。\n",
    "> 引用です！\n\n本文です!\n",
    # one width per mark is enough; different marks may differ
    "本当ですか？すごい!\n",
    {"text": "注意：大事。例:図。\n", "options": {"roles": ["paren"]}},
    # a parenthesis around an e-mail address is not counted (the address is masked), even one
    # written right after another address with a "+"
    "お問い合わせ（係まで）は(info@example.jp)へ。\n",
    "連絡先（窓口）は(a@example.jp+b@example.jp)です。\n",
    # a mark right after an opening parenthesis has no Japanese before it
    "検索語は入力(?q=cat)で渡す。本当？\n",
]

INVALID = [
    {"text": "注意：ここは重要です。例：次の図。参考:前の章。\n",
     "errors": [{"line": 1, "column": 20, "message": "use 「：」"}],
     "output": "注意：ここは重要です。例：次の図。参考：前の章。\n"},
    {"text": "**投資:**\n\n**人材:**\n\n**示唆：次の波**\n",
     "errors": [{"line": 5, "column": 5, "message": "(1 full-width, 2 half-width)"}],
     "output": "**投資:**\n\n**人材:**\n\n**示唆:次の波**\n"},
    {"text": "関数（処理の単位）と変数（値の入れ物）と定数(変わらない値)。\n",
     "errors": [{"column": 23, "message": "parenthesis"}],
     "output": "関数（処理の単位）と変数（値の入れ物）と定数（変わらない値）。\n"},
    # a tie: full width wins, unless preferOnTie says otherwise
    {"text": "本当?\n\nすごい？\n", "errors": [{"line": 1, "column": 3}], "output": "本当？\n\nすごい？\n"},
    {"text": "本当?\n\nすごい？\n", "options": {"preferOnTie": "hankaku"}, "errors": [{"line": 3}],
     "output": "本当?\n\nすごい?\n"},
    {"text": "やった！できた！またね!\n", "errors": [{"column": 12, "message": "exclamation"}],
     "output": "やった！できた！またね！\n"},
    {"text": "> 引用です！\n\n本文です!\n", "options": {"ignoreQuotes": False}, "errors": [{"line": 3}]},
    # every mark of a run after Japanese counts, not only the first
    {"text": "手順：：準備::::完了。\n",
     "errors": [{"column": 3, "message": "(2 full-width, 4 half-width)"}, {"column": 4}],
     "output": "手順::準備::::完了。\n"},
    {"text": "やった！うれしい!!\n", "errors": [{"column": 4, "message": "(1 full-width, 2 half-width)"}],
     "output": "やった!うれしい!!\n"},
    # a mark after a closing parenthesis or another mark is judged by the text before them
    {"text": "結果（速報）:上々。補足：なし。注意：特に(なし):以上。\n",
     "errors": [{"column": 7, "message": "colon written both ways in this post (2 full-width, 2 half-width)"},
                {"column": 22, "message": "parenthesis"}, {"column": 26, "message": "colon"}],
     "output": "結果（速報）：上々。補足：なし。注意：特に（なし）：以上。\n"},
    {"text": "本当に？(たぶん)ね。関数（引数）も。\n",
     "errors": [{"column": 5, "message": "parenthesis"}],
     "output": "本当に？（たぶん）ね。関数（引数）も。\n"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_an_address_starts_where_its_run_starts():
    """The e-mail pattern once restarted at every position of a run without "@" (a 30,000-
    character run took seconds); now a match can only begin where a run begins, and a long
    run without "@" before an address is not part of any match."""
    from postlint.rules.ja_consistent_punctuation import _URL

    for run in ("あ" * 3_000, "a" * 3_000, "a.b-" * 750):
        assert [m.span() for m in _URL.finditer(run + " x@example.jp")] == [(len(run) + 1, len(run) + 13)]
        assert [m.group() for m in _URL.finditer(run + "x@example.jp")] == [run + "x@example.jp"]


SETTLED_BY_ONE_PASS = [
    "文字列：：：::::::::です。\n",
    "すごい！！これは!!!だ。やった!?本当？！\n",
    "関数(引数)!と書く。便利です！次(注)?そう？\n",
    "時刻は10:30。予定：朝(会議):昼？(休憩)?\n",
]


@pytest.mark.parametrize("text", SETTLED_BY_ONE_PASS)
def test_one_fix_pass_settles_the_post(text):
    """What counts is decided without the marks a fix changes, so after one pass nothing is left
    (judged by the character right before it, a run of marks was converted one mark a pass)."""
    fixed = apply_fixes(text, run_rule(RULE, text))
    assert fixed != text
    assert run_rule(RULE, fixed) == []

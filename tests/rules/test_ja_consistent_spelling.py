RULE = "ja-consistent-spelling"

VALID = [
    "誰にも分かりません。本当に分かりません。\n",
    # another reading, other kanji: other words
    "それでいい。これでよい。\n",
    "音楽を聴く。話を聞く。\n",
    "写真を撮る。資格を取る。\n",
    # kana for the functional use, kanji for the literal one
    "ということは、彼が言うことだ。\n",
    # the same lemma read otherwise is another word: 時 (ジ) in 10時
    "10時に集合。やるときはやる。\n",
    "呼び出し時の引数。登録時の値。やるときはやる。やるときはやる。\n",
    "見本を見る。試してみる。\n",
    # after the case particle で the verb is the main one (画面で見る), after て/で the helper (読んでみる)
    "画面で見ると地味です。説明を読んでみて、使ってみてください。\n",
    # after a compound particle (について, を通して) the verb is a main one too
    "仕組みについて見ていきます。まず動かしてみます。図を通して見ると分かります。\n",
    # a main verb after the copula's で or に, and the 見 of 見てみる, are main verbs, not helpers
    "荷物が届いたので見てみた。ついでに中身も数えてみた。\n",
    "全体的に見ると順調だ。細部も調べてみる。\n",
    # a name in kana before an honorific, which the tagger cuts into words (いろ 色 + ふ + さん)
    "いろふさんに会いました。いろふさんは青い色が好きです。\n",
    # ない negating the word before it (じゃなくて, よくない) is not 無い "there is none"
    "時間が無いわけじゃなくて、気分がよくないだけです。何となく疲れています。\n",
    # したがって opening a sentence is a conjunction, not the verb of 規則に従って
    "したがって、申請は来週になります。社内の規則に従って進めます。\n",
    # katakana against kanji is chosen on purpose: a species, a name, a stylised word
    "ヒトのゲノムを読む。多くの人が見ている。\n",
    "任天堂の新作。ニンテンドーDSを買った。\n",
    # a greeting; a reading in parentheses; the second verb of a compound against the verb alone
    "はじめまして、山田です。ブログを始めました。\n",
    "脆弱性(ぜいじゃくせい)のない道具。脆弱な設計。\n",
    "慣れきった手順だ。紙を切る。紙を切った。\n",
    "飲みすぎた。それは触媒に過ぎない。要するに口実に過ぎない。\n",
    # one hiragana read as a noun (・ど根性 as 度) is no spelling of it
    "修羅化・ど根性で耐える。一度では倒せない。\n",
    # code, link text and quotes are not compared
    "`わかる` と書く。分かる人には分かる。\n",
    "[わかる解説](https://example.com/)を読めば分かる。\n",
    "> わかるかな\n\n分かるはずだ。\n",
    {"text": "出来ることとできること。\n", "options": {"ignore": ["出来る"]}},
    # とる may be 撮る; 見た目 is one word; 「…」 may quote a product's own spelling
    "スクショをとった。資格を取る。\n",
    "見た目がいい。よくみると違う。\n",
    "「サーバー管理」を開く。サーバを止める。サーバを消す。\n",
    # a verb's stem heading a compound noun, an adjective's stem in a name: no spelling of their own
    "ここが僕の居場所だ。僕はここにいる。君もそこにいる。\n",
    "ひろたつです。ひろたつが書きます。道が広い。\n",
]

INVALID = [
    # compounds' second verbs are compared among themselves
    {"text": "食べ過ぎた。飲みすぎた。遊びすぎた。\n", "errors": [{"column": 3, "message": "「過ぎ」 (過ぎる) is written 「すぎる」"}]},
    {"text": "誰にもわかりません。\n\nそれでも誰にもわかりません。\n\nやはり誰にも分かりません。\n",
     "errors": [{"line": 5, "column": 7, "message": "「分かり」 (分かる) is written 「わかる」"}]},
    # the formal noun written both ways
    {"text": "その時はそうした。やるときはやる。\n", "errors": [{"column": 12, "message": "「とき」 is written 「時」"}]},
    # katakana on a native word is a spelling too
    {"text": "キレイな画面。きれいな画面。キレイな部屋。\n", "errors": [{"column": 8, "message": "「きれい」 is written 「キレイ」"}]},
    # suffixes too
    {"text": "リポジトリごとに鍵がある。ユーザーごとに設定する。リポジトリ毎の鍵。\n", "errors": [{"column": 31, "message": "「毎」 is written 「ごと」"}]},
    {"text": "作業を行う。確認を行なう。\n", "errors": [{"column": 10, "message": "(nearest at line 1; 行う ×1, 行なう ×1)"}]},
    {"text": "子供と遊ぶ。子どもが笑う。子どもが泣く。\n", "errors": [{"column": 1, "message": "「子供」"}]},
    {"text": "サーバーを立てる。サーバを止める。サーバーを消す。\n", "errors": [{"column": 10}]},
    {"text": "取り組みを始める。取組みを続ける。\n", "errors": [{"column": 10}]},
    {"text": "調べて見たら分かった。探してみたら分かった。\n", "errors": [{"column": 15, "message": "「み」 (みる)"}]},
    # the conjunction written both ways
    # a negation in kanji among negations in kana
    {"text": "簡単ではない。便利でもない。悪く無い。\n", "errors": [{"line": 1, "column": 17, "message": "「無い」"}]},
    {"text": "したがって、延期します。したがって、予算も減ります。従って、人も減ります。\n",
     "errors": [{"column": 27, "message": "「従っ」 (従う) is written 「したがう」"}]},
    # the problem ends where the word ends, not past the inline code's backtick after it
    {"text": "例えば次の値。例えば別の値。\n\nたとえば`03`なら通る。\n",
     "errors": [{"line": 3, "column": 1, "message": "「たとえば」 is written 「例えば」"}]},
    {"text": "ウェブで調べる。Webで調べる。\n", "options": {"extraVariants": [["Web", "ウェブ"]]},
     "errors": [{"column": 9, "message": "「Web」 is written 「ウェブ」"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

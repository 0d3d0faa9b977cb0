RULE = "no-mix-keitai-jotai"

POLITE_BODY = "朝は駅まで歩きます。途中でパン屋に寄りました。焼きたてはおいしいですね。"

VALID = [
    POLITE_BODY,
    "朝は駅まで歩く。途中でパン屋に寄った。焼きたてはうまい。売り切れも多いのだ。",
    # 体言止め, 〜など, questions, quotations and colons are not judged
    POLITE_BODY + "理由は単純。材料、手順、道具など。なぜ混むのか。本当に必要だろうか？「もう遅い」。次のとおり：",
    # an exclamation quoted by what follows it is inside the next sentence
    POLITE_BODY + "要するに、海外でも働いてみたい！ってことです。\n",
    POLITE_BODY + "毎日もっと早い時間に寝るようにしろ！みたいな話ですが、守れません。\n",
    POLITE_BODY + "今日からすぐに新しい習慣を始めよう！的な勢いで書きました。\n",
    # a sentence quoted by the words after its 。 (「…渡す。という作りです」)
    POLITE_BODY + "値が正しければ次の関数へ渡す。という単純な作りにしています。\n",
    # the same with a half-width ! and a space before the words that quote it
    POLITE_BODY + "この設定なら速度は十分に足りる! と考えていましたが、違いました。\n",
    # inline code or English at the end
    POLITE_BODY + "設定は`npm run build`。See the manual.",
    # a block quote is someone else's text
    POLITE_BODY + "\n\n> 吾輩は猫である。名前はまだ無い。\n",
    # link text and image alt text are titles
    POLITE_BODY + "参考: [設定を見直す。](https://example.com)\n",
    # headings, lists and body are judged separately
    "# 道具をそろえる\n\n" + POLITE_BODY + "\n\n- 鍋を洗う。\n- 湯を沸かす。\n",
    # list fragments without 。 are not judged
    POLITE_BODY + "\n\n- 鍋を洗う\n- 湯を沸かします。\n",
    # tables are not judged
    POLITE_BODY + "\n\n| 手順 | 内容 |\n| --- | --- |\n| 1 | 鍋を洗う。 |\n",
    # set phrases are neutral
    "朝は駅まで歩く。途中でパン屋に寄った。ありがとうございます。よろしくお願いします。",
    # a trailing parenthetical is skipped, the predicate before it is judged
    POLITE_BODY + "混む時間は避けます（平日は特に）。",
    {"text": "雨が降る。傘を差す。", "options": {"preferInBody": "常体"}},
    # a short exclamation is not a statement
    POLITE_BODY + "すごい！",
    # 〜ですけど / 〜ませんから: the clause before the conjunction is polite
    POLITE_BODY + "少し高いですけどね。売り切れも多いですから。",
]

INVALID = [
    # 。というか joins two sentences, it quotes nothing: the 常体 sentence before it is judged
    {"text": POLITE_BODY + "この設定でも動く。というか、こちらを勧めます。\n", "errors": [{"message": "文末「動く」"}]},
    {
        "text": POLITE_BODY + "店主はいつも忙しそうにしている。",
        "errors": [{"line": 1, "column": 48, "message": "常体（だ・である）の文です（文末「している」）"}],
    },
    {
        # adjectives, である, のだ, だろう, ない, た and particles after them
        "text": "本を読みます。\n\n毎日続けています。\n\n紙の本は重い。\n\n電子書籍が便利である。\n\n"
                "慣れが大事なのだ。\n\nいずれ主流になるだろう。\n\n私はまだ慣れない。\n\n昨日は三冊読んだよ。\n\n"
                "図書館も使います。\n\n返却も簡単です。\n\n予約もできます。\n\n司書さんが親切でした。\n\n"
                "静かで集中できます。\n\n雨の日も通います。\n\n",
        "errors": [{"line": 5, "message": "「重い」"}, {"line": 7, "message": "「である」"},
                   {"line": 9, "message": "「なのだ」"}, {"line": 11, "message": "「なるだろう」"},
                   {"line": 13, "message": "「慣れない」"}, {"line": 15, "message": "「読んだ」"}],
    },
    {
        # a polite sentence in a plain body
        "text": "川は冷たい。魚が泳いでいる。鳥も来る。ぜひ見に来てください。",
        "errors": [{"line": 1, "column": 24, "message": "敬体（です・ます）の文です（文末「来てください」）"}],
    },
    {
        # the clause before a trailing けど/から carries the style
        "text": POLITE_BODY + "もう少し安ければ言うことはないんだけどね。",
        "errors": [{"line": 1, "message": "「ないんだ」"}],
    },
    {
        # a tie favours 敬体
        "text": "机を運びます。椅子も運ぶ。",
        "errors": [{"line": 1, "column": 11, "message": "同数"}],
    },
    {
        "text": "机を運ぶ。",
        "options": {"preferInBody": "敬体"},
        "errors": [{"line": 1, "column": 3, "message": "指定"}],
    },
    {
        "text": "# 準備をします\n\n## 材料を量る\n\n## 生地をこねる\n\n本文です。\n",
        "errors": [{"line": 1, "column": 6, "message": "見出し"}],
    },
    {
        "text": "- 鍋を洗います。\n- 湯を沸かします。\n- 麺をゆでる。\n",
        "errors": [{"line": 3, "column": 5, "message": "箇条書き"}],
    },
    {
        # the style inside a list item's continuation paragraph counts too
        "text": "- 鍋を洗います。\n\n  湯を沸かします。\n- 麺をゆでる。\n",
        "options": {"preferInList": "敬体"},
        "errors": [{"line": 4, "column": 5}],
    },
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

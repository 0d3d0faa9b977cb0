RULE = "no-mix-dearu-desumasu"

VALID = [
    "雨が降っています。傘を持って出かけます。",
    "彼は学生である。毎朝、図書館に通う。",
    # a connective である does not count unless strict
    "静かな町であるが、夜は賑やかです。駅前には店が並んでいます。",
    # body, headings and lists are counted separately
    "# 準備である\n\n道具を揃えます。手順を確かめます。\n",
    "- 材料を量る\n- 生地をこねる\n\n仕上げに粉をふります。\n",
    "- 卵が必要である\n- 牛乳が必要である\n\n分量は人数で決まります。\n",
    # である in a block quote, link text or inline code is never reported
    "> 吾輩は猫である。\n\n引用の出典を確かめます。\n",
    # 見やすい: the やす tagged as 特殊・マス is not a polite form
    "この表は見やすい。余白が広いのである。",
    {"text": "計算は正確である。結果も妥当である。", "options": {"preferInBody": "である"}},
    {"text": "計算は正確です。結果も妥当です。", "options": {"preferInBody": "ですます"}},
]

INVALID = [
    {
        "text": "朝は冷えます。昼は暖かいです。夜は寒いのである。",
        "errors": [{"line": 1, "column": 21, "message": "本文"}],
    },
    {
        "text": "この橋は古い木造である。川幅は狭いのである。渡るには注意が要ります。",
        "errors": [{"line": 1, "column": 32, "message": "「ですます」調"}],
    },
    {
        # a tie: ですます wins
        "text": "机は広いです。椅子は硬いのである。",
        "errors": [{"line": 1, "column": 14, "message": "同数"}],
    },
    {
        "text": "# 一つ目です\n\n## 二つ目である\n",
        "errors": [{"line": 3, "column": 7, "message": "見出し"}],
    },
    {
        "text": "- 青い空です\n- 白い雲である\n- 赤い屋根です\n",
        "errors": [{"line": 2, "column": 6, "message": "箇条書き"}],
    },
    {
        "text": "白い壁である。",
        "options": {"preferInBody": "ですます"},
        "errors": [{"line": 1, "column": 4, "message": "指定"}],
    },
    {
        "text": "黒い扉です。",
        "options": {"preferInBody": "である"},
        "errors": [{"line": 1, "column": 4}],
    },
    {
        "text": "# 章の始まりである\n",
        "options": {"preferInHeader": "ですます"},
        "errors": [{"line": 1, "column": 8}],
    },
    {
        "text": "- 鍵を閉めます\n",
        "options": {"preferInList": "である"},
        "errors": [{"line": 1, "column": 7}],
    },
    {
        # strict: the connective である counts too
        "text": "道は平らであるが、坂が多いです。橋も多いです。",
        "options": {"strict": True},
        "errors": [{"line": 1, "column": 5}],
    },
    {
        # a hit inside inline code or link text is counted but not reported
        "text": "名前は`xである`。型は数値である。[説明である](https://example.com)を読む。\n",
        "options": {"preferInBody": "ですます", "strict": True},
        "errors": [{"line": 1, "column": 15}],
    },
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_texts_the_analysis_skips_have_no_form():
    """A block without です/ます/っす/どす or で+ある is not tokenized: each form the analysis
    finds must pass that filter, and a text that fails it has nothing to find."""
    from postlint.morph import tokens
    from postlint.rules import no_mix_dearu_desumasu as rule

    forms = ["晴れです。", "それは違うっす。", "そうどす。", "行きます。", "猫である。",
             "雨であった。", "本であれば読む。", "そうであろう。"]
    for text in forms:
        assert rule.analyze(tokens(text), True), text  # each is a form the analysis finds
        assert rule._MAY_HAVE_FORMS.search(text), text
    for text in ["手順のまとめ", "準備ができたら始める", "静かな夜だ。", "本で遊ぶ。"]:
        assert not rule._MAY_HAVE_FORMS.search(text)
        assert not rule.analyze(tokens(text), True), text

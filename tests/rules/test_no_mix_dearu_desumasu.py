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
    # nor in the text a bare URL runs on into (a link in textlint's tree)
    "手順を確かめます。資料はhttps://example.com/docsにあるのである。\n",
    # 見やすい: the やす tagged as 特殊・マス is not a polite form
    "この表は見やすい。余白が広いのである。",
    {"text": "計算は正確である。結果も妥当である。", "options": {"preferInBody": "である"}},
    # one style per section: a section whose blocks have one style's spellings only is not analysed
    "# 概要である\n\n本文です。\n\n続きです。\n",
    # white space between で and ある: no である (the tokens have a space between them)
    "朝は冷えます。昼は暖かいです。夜は寒いので ある。",
    {"text": "計算は正確です。結果も妥当です。", "options": {"preferInBody": "ですます"}},
]

INVALID = [
    {
        # a section is analysed only when its blocks may have both styles (here the
        # heading's である is in another section: the body has one style)
        "text": "# 概要である\n\n本文です。\n\n続きです。本である。\n",
        "errors": [{"line": 5, "column": 7, "message": "本文"}],
    },
    {
        # で and ある with white space between count as no である: a tie, and ですます wins
        "text": "寒いので ある。暑いので ある。本である。晴れです。",
        "errors": [{"line": 1, "column": 18, "message": "同数（1対1）"}],
    },
    {
        # counted from MeCab's lines; the reported block is analysed from its tokens,
        # and only its hits of the minority style are reported
        "text": "朝は冷えます。\n\n昼は暖かいです。夜は寒いのである。朝も寒いです。\n\n夜は冷えます。\n",
        "errors": [{"line": 3, "column": 14, "message": "である"}],
    },
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
    """A block without です/ます/っす/どす has no ですます form, one without で+ある no である
    form (such blocks are not tokenized, nor a section without one of the styles): each form
    the analysis finds must pass its style's filter, and a text that fails both has nothing."""
    from postlint.morph import tokens
    from postlint.rules import no_mix_dearu_desumasu as rule

    forms = ["晴れです。", "それは違うっす。", "そうどす。", "行きます。", "猫である。",
             "雨であった。", "本であれば読む。", "そうであろう。"]
    for text in forms:
        found = rule.analyze(tokens(text), True)
        assert found, text  # each is a form the analysis finds
        for style, _token, _value in found:
            assert rule._MAY_HAVE[style].search(text), text
    for text in ["手順のまとめ", "準備ができたら始める", "静かな夜だ。", "本で遊ぶ。"]:
        assert not any(pattern.search(text) for pattern in rule._MAY_HAVE.values())
        assert not rule.analyze(tokens(text), True), text


# Texts for the line reading (styles_in_output()): white space next to forms, forms before and
# after clause breaks, non-final and connective uses, unknown words and symbols.
_STYLE_TEXTS = [
    "晴れです。雨です。", "晴れです 。雨です\n、風です", "晴れですが、雨です", "行きます。行きますよね",
    "本であるが、晴れです。", "夜は寒いのである。", "夜は寒いので ある。", "見やすいです。",
    "それは違うっす。そうどす", "設定です(重要)。", "値は`x`です。😀です", "処理です...終わりです!?",
    "ですます", "これはペンですか？はい、ペンです", "# 見出しです\n", "- 一つ目です\n- 二つ目である\n",
]


def test_styles_read_from_mecab_lines_match_the_tokens():
    """styles_in_output() reads MeCab's lines instead of the tokens: it must find the styles
    analyze() finds, in order, or None (only with a で right before ある)."""
    from postlint.morph import ipadic_output, tokens
    from postlint.rules import no_mix_dearu_desumasu as rule

    for text in _STYLE_TEXTS:
        for strict in (False, True):
            expected = [style for style, _token, _value in rule.analyze(tokens(text), strict)]
            found = rule.styles_in_output(ipadic_output(text), strict)
            if found is None:
                assert "で" in text and "あ" in text, text
            else:
                assert found == expected, (text, strict)



def test_two_forms_at_one_place_quoted_differently_stay_two_problems():
    """textlint's message quotes the form with what follows it as written: an item whose text
    ends in a nested list followed by a blank line with a tab gives its ます twice at one place
    (the outer item's text, with the white space after it, and the inner one's), and the real
    textlint reports both."""
    from postlint.config import resolve
    from postlint.engine import lint_text

    text = ("- 一つ目の項目である。\n- 二つ目の項目である。\n- 三つ目の項目である。\n\n本文の段落。\n\n"
            "1. フォームを開く\n2. ボタンを押す\n\t- ボタンは右上にあります\n\n\t\n\n後の段落。\n")
    config = resolve({"rules": {"no-mix-dearu-desumasu": True}})
    assert [(p.line, p.column) for p in lint_text(text, config)] == [(9, 12), (9, 12)]

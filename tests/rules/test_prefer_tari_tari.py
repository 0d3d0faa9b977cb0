"""prefer-tari-tari: expected positions checked against textlint 15.8.0 with
textlint-rule-prefer-tari-tari 1.0.3."""

from postlint.morph import tokens
from postlint.rules import prefer_tari_tari as rule

RULE = "prefer-tari-tari"

VALID = [
    "週末は本を読んだり、映画を見たりする。",
    "週末は掃除をしたりする。",
    "昔のことを思い出したりしない。",
    "雨が降ったり止んだりの一日だった。",
    # the verb right after たり is passed over (its token before is たり), as in textlint
    "公園を歩いたり走る。",
    # two verbs before たり: the original's matcher never sees a 〜たり there
    "書き始めたり、消す。",
    # a 動詞＋たり＋する anywhere in the sentence passes all of it (the original's isSameNode
    # compares an index its results do not have)
    "資料を印刷したり書き直したりする。",
    # only the first line of a paragraph is read
    "1行目は普通の文です。\n2行目で歩いたり、走る。",
    "食べ\n  たり、飲む。",
    "## 見出しで歩いたり、走る。",
    "| 表 |\n|---|\n| 歩いたり、走る |",
    "走ったりして疲れ、寝る。",
]

INVALID = [
    {"text": "休日は本を読んだり、映画を見る。", "errors": [{"line": 1, "column": 14, "message": "〜たり〜たりする"}]},
    {"text": "歩いたり、走る。", "errors": [{"column": 6}]},
    {"text": "歩いたり、走る。泳いだり、潜る。", "errors": [{"column": 6}, {"column": 14}]},
    {"text": "資料を印刷したり、書き直す。走ったりする。", "errors": [{"column": 10}]},
    # kuromoji counts code points, textlint takes them as UTF-16 units: a unit early per emoji
    {"text": "🏃 歩いたり、走る。", "errors": [{"column": 7}]},
    # textlint-util-to-string 2.1.1 takes inline HTML as text
    {"text": "<span>歩いたり</span>、走る。", "errors": [{"column": 19}]},
    {"text": "a<br>食べたり、飲む。", "errors": [{"column": 11}]},
    {"text": "**歩いたり**、`cd`で移動する。", "errors": [{"column": 17}]},
    {"text": "食べ*たり*、飲む。", "errors": [{"column": 8}]},
    {"text": "前の段落。\n\n歩いたり、走る。", "errors": [{"line": 3, "column": 6}]},
    {"text": "- 歩いたり、走る。", "errors": [{"column": 8}]},
    {"text": "> 歩いたり、走る。", "errors": [{"column": 8}]},
    {"text": "本文[^1]。\n\n[^1]: 食べたり、飲む。", "errors": [{"line": 3, "column": 12}]},
    # no sentence ends inside brackets; a stray closing one keeps the rest of the line one sentence
    {"text": "「歩いたり。」と言い、走る。", "errors": [{"column": 9}]},
    {"text": "歩いたり」、走る。泳ぐ。", "errors": [{"column": 7}]},
    # image alt text, and the title of an image without one
    {"text": "![歩いたり](a.png)、走る。", "errors": [{"column": 16}]},
    {"text": '![](a.png "歩いたり")、走る。', "errors": [{"column": 19}]},
    {"text": "[歩いたり](https://example.com)、走る。", "errors": [{"column": 29}]},
    # half-width 。 and 、 are read as full-width ones
    {"text": "歩いたり､走る｡", "errors": [{"column": 6}]},
    # a hard break joins the lines of the plain text
    {"text": "歩いたり、走る  \n次の行。", "errors": [{"column": 6}]},
    {"text": "歩き、泳いだり、走る。", "errors": [{"column": 9}]},
    # text the first source line does not show: an image's title on the next line, inline
    # code whose padding line break is dropped
    {"text": '![](a.png\n"走ったり")、泳ぐ。', "errors": [{"line": 2, "column": 9}]},
    {"text": "ab`\n走ったり\n`、泳ぐ。", "errors": [{"line": 3, "column": 3}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_matcher_does_not_retry_the_breaking_token():
    def verbs_tari(text):
        return rule._matches(tokens(text, rule._DICTIONARY), (rule._verb, rule._tari))

    assert verbs_tari("食べたり飲んだり") == [0, 2]
    assert verbs_tari("食べ始めたり") == []


def test_sentences_end_at_kuten_outside_brackets():
    toks = tokens("歩く。「走る。」泳ぐ。", rule._DICTIONARY)
    assert ["".join(t.surface_form for t in s) for s in rule._sentences(toks)] == ["歩く。", "「走る。」泳ぐ。"]
    toks = tokens("」歩く。走る。", rule._DICTIONARY)
    assert len(rule._sentences(toks)) == 1


def test_no_options():
    assert rule.OPTIONS == {} and rule.DEFAULTS == {} and not rule.FIXABLE

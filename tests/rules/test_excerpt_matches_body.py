RULE = "excerpt-matches-body"

BODY = "\n韓国政府はAIに5年間で10.1兆ウォンを投じる。サムスンやNAVERも参加する。\n"

VALID = [
    "---\nexcerpt: 韓国がAIに5年で10.1兆ウォンを投資する。\n---\n" + BODY,
    "---\ndescription: サムスンとNaverの動きを分析します。\n---\n" + BODY,  # case-insensitive Latin
    "---\nexcerpt: 詳しく解説します。\n---\n" + BODY,  # nothing to check
    "---\nexcerpt: 元記事は https://example.com/2024/05 です。\n---\n" + BODY,  # URLs are skipped
    "---\ntitle: 題\n---\n" + BODY,  # no excerpt
    # loanwords run together are vocabulary; the title copied says nothing of its own
    "---\ndescription: モバイルアプリエンジニア向けの話。\n---\n" + BODY,
    "---\ntitle: iptables TIPS まとめ\nexcerpt: 'iptables TIPS まとめ'\n---\n" + BODY,
    "---\nexcerpt: 12兆ウォンの投資。\n---\n" + BODY.replace("10.1兆", "12兆"),
    {"text": "---\nexcerpt: 12兆ウォンの投資。\n---\n" + BODY, "options": {"numbers": False}},
    {"text": "---\nexcerpt: LGの投資。\n---\n" + BODY, "options": {"names": False}},
    {"text": "---\nexcerpt: 12兆ウォンの投資。\n---\n" + BODY, "options": {"keys": ["summary"]}},
    # an English description's first word is capitalised as a sentence's, not as a name
    "---\ndescription: Investment plans for the next five years\n---\n" + BODY,
    # what a title states counts as stated (a theme shows it above the body)
    "---\nfullTitle: LGの新工場\ndescription: LGの工場を見学しました。\n---\n" + BODY,
    # an English description over a Japanese body is a translation: its words are title case
    "---\ndescription: Deal With My Introverted Personality\n---\n" + BODY,
    # a year the post's date states
    "---\ndate: 2018-05-13\ndescription: 2018年の連休に出かけました。\n---\n" + BODY,
    # a series' ordinal labels the post, and "one day" is no figure
    "---\nsummary: 【旅行記 第11回】韓国を歩いた1日の記録。\n---\n" + BODY,
    # a number in code counts as stated
    "---\nexcerpt: 上限は1024件です。\n---\n\n```\nlimit = 1024件\n```\n",
]

INVALID = [
    # the key in another case
    {"text": "---\nDescription: 韓国がAIに12兆ウォンを投資する。\n---\n" + BODY,
     "errors": [{"line": 2, "message": "the Description states the number 「12兆ウォン」"}]},
    {"text": "---\nexcerpt: 韓国がAIに12兆ウォンを投資する。\n---\n" + BODY,
     "errors": [{"line": 2, "column": 16, "message": "the excerpt states the number 「12兆ウォン」"}]},
    {"text": "---\nexcerpt: 韓国がAIに3年で10.1兆ウォン。\n---\n" + BODY, "errors": [{"message": "「3年」"}]},
    # 5年 is not found inside 15年
    {"text": "---\nexcerpt: 5年の計画。\n---\n\n15年の計画。\n", "errors": [{"message": "「5年」"}]},
    {"text": "---\ndescription: LGとサムスンの投資。\n---\n" + BODY,
     "errors": [{"message": "the description states the word 「LG」"}]},
    {"text": "---\nexcerpt: 日本政府の投資。\n---\n" + BODY, "errors": [{"message": "the name 「日本」"}]},
    # an English description still names what it names in names' spelling
    {"text": "---\ndescription: Notes on GitHub Actions\n---\n" + BODY, "errors": [{"message": "「GitHub」"}]},
    # ... a title's, not another key's
    {"text": "---\ntags: LG\ndescription: LGの工場を見学しました。\n---\n" + BODY, "errors": [{"message": "「LG」"}]},
    # a name first in a Japanese excerpt is still a name
    {"text": "---\nexcerpt: Kakaoも投資する。\n---\n" + BODY, "errors": [{"message": "「Kakao」"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

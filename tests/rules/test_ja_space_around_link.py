RULE = "ja-space-around-link"

VALID = [
    "詳しくは[公式サイト](https://example.com)を見てください。",
    "詳しくは [参照][r] を見てください。\n\n[r]: https://example.com",  # a reference link: not a Link to textlint
    "画像 ![図](a.png) です。",
    "See [the site](https://example.com) now.",
    {"text": "詳しくは [公式サイト](https://example.com) を見てください。", "options": {"before": True, "after": True}},
]

INVALID = [
    {"text": "詳しくは [公式サイト](https://example.com) を見てください。",
     "errors": [{"column": 5, "message": "リンクの前"}, {"column": 35, "message": "リンクの後"}],
     "output": "詳しくは[公式サイト](https://example.com)を見てください。"},
    # bare URLs and <url> are links in textlint's tree; a bare URL runs on through を参照
    {"text": "詳細は https://example.com を見る。", "errors": [{"column": 4}, {"column": 25}],
     "output": "詳細はhttps://example.comを見る。"},
    {"text": "詳細はhttps://example.com/を参照 と。", "errors": [{"column": 28}]},
    {"text": "詳細は <https://example.com> を見る。", "errors": [{"column": 4}, {"column": 27}]},
    {"text": "詳しくは[公式サイト](https://example.com)を見てください。", "options": {"before": True, "after": True},
     "errors": [{"column": 4}, {"column": 33}], "output": "詳しくは [公式サイト](https://example.com) を見てください。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

"""no-mixed-zenkaku-and-hankaku-alphabet: one width for Latin letters."""

RULE = "no-mixed-zenkaku-and-hankaku-alphabet"

VALID = [
    "JavaScriptを書く。",
    "[ＡＰＩの説明](https://example.com)",   # links are not checked
    "> ＡＰＩと書いた引用",                  # nor block quotes
    {"text": "ＡＰＩを使う。", "options": {"prefer": "全角"}},
    # bare URLs and email addresses are links in textlint's tree
    {"text": "連絡先 info@example.jp と https://example.com/ja で。", "options": {"prefer": "全角"}},
]

INVALID = [
    {"text": "ＡＰＩを使う。", "errors": [{"line": 1, "column": 1, "message": "半角"}], "output": "APIを使う。"},
    {"text": "JavaとＪａｖａＳｃｒｉｐｔ", "errors": [{"column": 6}], "output": "JavaとJavaScript"},
    {"text": "APIを使う。", "options": {"prefer": "全角"}, "errors": [{"column": 1, "message": "全角"}],
     "output": "ＡＰＩを使う。"},
    {"text": "## ＣＳＳの話\n", "errors": [{"column": 4}], "output": "## CSSの話\n"},
    # a reference link is a LinkReference in textlint's tree, which the rule does not skip
    {"text": "[ＡＰＩの説明][api]\n\n[api]: https://example.com\n", "errors": [{"line": 1, "column": 2}],
     "output": "[APIの説明][api]\n\n[api]: https://example.com\n"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_with_jtf_style_one_problem_where_both_report_at_one_place():
    # textlint's two rules print one message, and its duplicate filter keeps one problem where
    # both start together (on Ｊ of Ｊａｖａ); on ｓｃｒｉｐｔ only this rule reports
    from postlint.config import resolve
    from postlint.engine import lint_text

    text = "言語はＪａｖａとｓｃｒｉｐｔです。\n"
    both = resolve({"rules": {"preset-jtf-style": True, RULE: True}})
    found = [(p.column, p.rule_id) for p in lint_text(text, both) if "アルファベット" in p.message]
    assert found == [(3, RULE), (8, RULE)]
    alone = resolve({"rules": {"preset-jtf-style": True}})
    assert [p.column for p in lint_text(text, alone) if "アルファベット" in p.message] == [3]

"""no-ai-hype-expressions: every expected line/column was checked against textlint 15.8.0 with
@textlint-ja/textlint-rule-preset-ai-writing 1.7.0 (columns in characters; textlint counts an
emoji as two)."""

import pytest

from postlint.config import ConfigError, resolve

RULE = "no-ai-hype-expressions"

VALID = [
    "この変更で起動時間が 3 秒から 1 秒になった。",
    "`究極の` と書いたコードは見ない。",
    "```\n完全に動く最高のコード\n```",
    "![最高の写真](photo.png)",  # image alt text is no text node
    "<div>\n革命的なHTMLブロック\n</div>",
    {"text": "究極のガイドを書いた。", "options": {"allows": ["究極の"]}},
    {"text": "次世代のエディタと最高の体験。", "options": {"allows": ["/次世代/"]}},  # the whole text node is skipped
    {"text": "魔法のように動く。", "options": {"disableAbstractPatterns": True}},
    {"text": "完全に理解した。", "options": {"disableAbsolutenessPatterns": True}},
    {"text": "パラダイムシフトが起きた。", "options": {"disabledPredictivePatterns": True}},
]

INVALID = [
    {"text": "この変更は業界のゲームチェンジャーだ。", "errors": [{"line": 1, "column": 9, "message": "ゲームチェンジャー"}]},
    # every occurrence, over its whole length, in the order of the text
    {"text": "完全に自動で、完全に無料の最高のツール。",
     "errors": [{"column": 1, "message": "完全に"}, {"column": 8, "message": "完全に"}, {"column": 14, "message": "最高の"}]},
    {"text": "# 究極のガイド", "errors": [{"line": 1, "column": 3}]},
    {"text": "- 一つ目\n- 次世代のツールで魔法のように速い", "errors": [{"line": 2, "column": 3}, {"line": 2, "column": 11}]},
    {"text": "> 未来を変える一歩。", "errors": [{"column": 3, "message": "未来を変える"}]},
    {"text": "[驚異的な速さ](https://example.com/) を見る。", "errors": [{"column": 2}]},
    {"text": "| 表 |\n|---|\n| 根本的に変革する |", "errors": [{"line": 3, "column": 3}]},
    {"text": "**大幅に**速くなり、*不可避の*流れ。", "errors": [{"column": 3}, {"column": 14}]},
    # a bare URL is a text node of its own: an allowed word in it does not silence the rest
    {"text": "https://example.com/究極の の最高の記事", "options": {"allows": ["究極の"]},
     "errors": [{"column": 26, "message": "最高の"}]},
    {"text": "😀世界初の試み", "errors": [{"column": 2}]},  # (textlint: 3, in UTF-16 units)
    {"text": "---\ntitle: 究極の記事\n---\n本文は民主化するという話。", "errors": [{"line": 4, "column": 4}]},
    {"text": "これは可能性を解き放つ道具で、潜在能力を引き出す仕組みがスーパーチャージされ、人を驚嘆させる。",
     "errors": [{"column": 4}, {"column": 16}, {"column": 29}, {"column": 42}]},
    {"text": "業界を再定義し、新たな基準を設定し、フロンティアを開拓する。",
     "errors": [{"column": 1}, {"column": 9}, {"column": 19}]},
    {"text": "奇跡的な完璧な最先端の革命的な製品。",
     "errors": [{"column": 1}, {"column": 5}, {"column": 8}, {"column": 12}]},
    {"text": "これは究極の一品です。\n", "ext": ".txt", "errors": [{"column": 4}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_a_bad_allows_pattern_is_a_config_error():
    with pytest.raises(ConfigError):
        resolve({"rules": {RULE: {"allows": ["/(/"]}}})

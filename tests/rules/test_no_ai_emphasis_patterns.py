"""no-ai-emphasis-patterns: emoji with bold text, bold "information" prefixes, bold in headings."""

from postlint.engine import lint_text
from postlint.config import resolve

RULE = "no-ai-emphasis-patterns"

VALID = [
    "設定ファイルを消す前に、必ずバックアップを取ってください。",
    "**大事なこと**は最初に書く。",                      # not one of the information words
    "**注意\n事項**は行をまたがない",                      # the prefix pattern stays on one line
    "😀 **笑顔** は一覧にない絵文字",
    "ℹ **情報** は変化選択子がないので対象外",
    "| 表 | **注意** |\n|---|---|\n| a | b |",            # table cells are not checked
    "## 普通の見出し",
    {"text": "## **まとめ**", "options": {"disableHeadingEmphasisPatterns": True}},
    {"text": "💡 **ヒント** を読む", "options": {"disableEmojiEmphasisPatterns": True}},
    {"text": "**注意**: 読む", "options": {"disableInfoPatterns": True}},
    {"text": "**注意**: 社外秘の資料です。", "options": {"allows": ["社外秘"]}},
    {"text": "## **まとめ**", "options": {"allows": ["/まとめ/"]}},
]

INVALID = [
    {"text": "**注意**: 設定ファイルを消す前に、バックアップを取る。",
     "errors": [{"line": 1, "column": 1, "message": "「**注意**」"}]},
    {"text": "最初に**重要**、次に**ポイント：ここまで**を読む。",
     "errors": [{"column": 4, "message": "重要"}, {"column": 13, "message": "ポイント"}]},
    {"text": "**推奨される表現**と**推奨：こちら**と**例**",
     "errors": [{"column": 1, "message": "推奨される表現"}, {"column": 13, "message": "「**推奨**」"},
                {"column": 24, "message": "「**例**」"}]},
    {"text": "💡 **ヒント**: 設定は後から変えられる。", "errors": [{"column": 1, "message": "絵文字と太字"}]},
    # the prefix inside an emoji-and-bold match is not reported again
    {"text": "⚠️**注意**してください", "errors": [{"column": 1, "message": "絵文字と太字"}]},
    {"text": "ℹ️ **情報** と ✅**完了**", "errors": [{"column": 1}, {"column": 13}]},
    {"text": "> 🔍 **検索** 引用の段落も見る", "errors": [{"column": 3}]},
    # a list item's source, nested items included: prefixed messages
    {"text": "- 🚀 **公開** した\n- 補足は**メモ**に", "errors": [{"line": 1, "column": 3, "message": "リスト項目で"},
                                                   {"line": 2, "column": 6, "message": "リスト項目で「**メモ**」"}]},
    # a paragraph right in a list item is left to the item: one report
    {"text": "- **注意**: 本文\n\n  続きの段落", "errors": [{"line": 1, "column": 3, "message": "リスト項目で"}]},
    {"text": "- 項目\n  - 📌 **固定** する", "errors": [{"line": 2, "column": 5}]},
    # a quoted paragraph in a list item is seen by the item and by itself
    {"text": "- 項目\n\n  > 📈 **上昇**", "errors": [{"line": 3, "column": 5}, {"line": 3, "column": 5}]},
    {"text": "## **まとめ**", "errors": [{"column": 4, "message": "見出し"}], "output": "## **まとめ**"},
    {"text": "# 太字 **一つ** と __二つ__", "errors": [{"column": 6}, {"column": 15}]},
    # as in textlint: underscores inside inline code, and an empty pair
    {"text": "### `__init__` を書く ****", "errors": [{"column": 6}, {"column": 20}]},
    {"text": "見出し\n**下線** 形式\n===", "errors": [{"line": 2, "column": 1}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_heading_fix_is_a_suggestion():
    """textlint's --fix never applies it (the rule has no fixer); it is there to take."""
    problems = lint_text("## **まとめ** と __補足__\n", resolve({"rules": {RULE: True}}))
    assert [(p.fix.text, p.fix.safe) for p in problems] == [("まとめ", False), ("補足", False)]

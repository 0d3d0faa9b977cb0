RULE = "jtf-1-1-3"

VALID = [
    "- 設定を開く\n- 保存する\n",
    "- 設定を開きます。\n- 保存します。\n",
    "- 短い項目\n\n本文は句点で終えます。",
    "- Open the settings.\n- Save",
    "",
]

INVALID = [
    {"text": "- 設定を開く。\n- 保存する\n- 閉じる\n", "errors": [{"line": 1, "column": 1, "message": "外して"}]},
    {"text": "* 設定を開く。\n* 保存する\n", "errors": [{"line": 2, "column": 1, "message": "付けて"}]},
    {"text": "- 設定を開きます。\n- 保存します。\n- 閉じるのである。\n",
     "errors": [{"line": 3, "column": 7, "message": "「である。」は常体"}]},
    # a nested list is checked on its own (a tie: add 。), and its items are counted
    # again with the enclosing list's later items (then 。 is the minority)
    {"text": "- 準備\n  - 設定を開く。\n  - 保存する\n- 終了\n",
     "errors": [{"line": 2, "column": 3, "message": "外して"}, {"line": 3, "column": 3, "message": "付けて"}]},
    # a line indented less than the item's text ends the list for textlint's parser
    {"text": "1. 設定を開く。\n  補足\n1. 保存する。\n1. 閉じる\n",
     "errors": [{"line": 4, "column": 1, "message": "付けて"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_a_list_item_is_located_as_the_markdown_parser_counts_lines():
    """textlint prints the item node's own position, in which U+2028 ends no line (in the
    positions it computes from an index, it does)."""
    from postlint.config import resolve
    from postlint.engine import lint_text

    text = "前書き\u2028続き\n\n- 一つ目。\n- 二つ目\n- 三つ目\n"
    [problem] = lint_text(text, resolve({"rules": {RULE: True}}))
    assert problem.line == 4 and problem.textlint_loc[:2] == (3, 0)

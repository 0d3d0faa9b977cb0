"""ai-tech-writing-guideline: every expected line/column was checked against textlint 15.8.0 with
@textlint-ja/textlint-rule-preset-ai-writing 1.7.0 (columns in characters; textlint counts an
emoji as two)."""

import pytest

from conftest import run_rule
from postlint.config import ConfigError, resolve

RULE = "ai-tech-writing-guideline"
QUIET = {"enableDocumentAnalysis": False}  # without the summary at 1:1

VALID = [
    "設定ファイルを変更できます。",
    "# 適切な見出しは段落ではない",
    "| 表 |\n|---|\n| 適切な値 |",
    "`適切な` 値はコードの中。",
    "```\nまず最初にすることができます\n```",
    "ユーザーが増えた。\n\nクライアントも増えた。",  # mixed names in two paragraphs
    "ユーザーが増えた。\nクライアントも増えた。",  # or on two lines of one
    "例えば。\n\n続きの段落。",
    "> 例えば。\n>\n> - 引用の中のリスト",  # only a paragraph of the document's top level
    "例えば。\n\n<!-- コメント -->\n\n- 間に HTML",
    {"text": "まず最初に適切な設定をすることができます。", "options": {"allows": ["/まず/"]}},
    {"text": "以下。\n\n- 項目", "options": {"allows": ["以下"]}},
    {"text": "適切な設定を必要に応じて変える。", "options": {"disableClarityGuidance": True}},
    {"text": "まず最初に言うまでもなく。", "options": {"disableRedundancyGuidance": True}},
    {"text": "処理が行われる。", "options": {"disableVoiceGuidance": True}},
    {"text": "ユーザーと顧客。", "options": {"disableConsistencyGuidance": True}},
    {"text": "次に。\n\n- 項目\n\nまた、A。また、B。", "options": {"disableStructureGuidance": True}},
]

INVALID = [
    {"text": "設定ファイルを変更することができます。",
     "errors": [{"line": 1, "column": 1, "message": "1 件"}, {"line": 1, "column": 10, "message": "【簡潔性】"}]},
    {"text": "まず最初にあらかじめ予測し、確認する必要があります。言うまでもなく大事です。", "options": QUIET,
     "errors": [{"column": 1}, {"column": 6}, {"column": 17}, {"column": 27}]},
    {"text": "更新が行われます。型の変更を行い、機能の実装を実施した。", "options": QUIET,
     "errors": [{"column": 3, "message": "【明確性】"}, {"column": 11}, {"column": 20}]},
    # 「によって処理され」 is not matched: the original's [実行処理実施] is one character (as in
    # textlint); two patterns may report overlapping text
    {"text": "ジョブはサーバーによって処理され、タスクがシステムによって実行される。", "options": QUIET,
     "errors": [{"column": 21, "message": "システムが"}, {"column": 26}]},
    {"text": "高速な処理と効率的な方法で、大幅に改善した。必要に応じて適切な値を選ぶ。", "options": QUIET,
     "errors": [{"column": 1}, {"column": 7}, {"column": 15}, {"column": 23}, {"column": 29}]},
    {"text": "ユーザーの要望と顧客の声。設定ページと設定画面。", "options": QUIET,
     "errors": [{"column": 1, "message": "【一貫性】"}, {"column": 14}]},
    {"text": "これは例です。それは例である。", "options": QUIET, "errors": [{"column": 5}]},
    {"text": "また、A です。また、B です。", "options": QUIET, "errors": [{"column": 1, "message": "【構造化】"}]},
    {"text": "第一に準備し、次に実行し、最後に確認する。", "options": QUIET, "errors": [{"column": 1}]},
    # a paragraph ending with a connective and a full stop, then a list: at the paragraph's start
    {"text": "本文です。\n\n具体的には。\n\n- 一つ目\n- 二つ目",
     "errors": [{"line": 1, "column": 1, "message": "構造化 1 件"}, {"line": 3, "column": 1, "message": "導"}]},
    {"text": "説明の段落です。以下。  \n1. 一つ目", "options": QUIET, "errors": [{"line": 1, "column": 1}]},
    # inline code is left out of the text: the words around it join
    {"text": "まず`x`最初に、です。", "options": QUIET, "errors": [{"column": 1}]},
    # so do the words around emphasis marks and links (textlint lands inside the marks)
    {"text": "**まず**最初に[することが](https://a.example)できます。", "options": QUIET,
     "errors": [{"column": 3}, {"column": 11}]},
    # after a character reference or an escape textlint lands early by the characters decoding dropped
    {"text": "&amp;の後の適切な値と\\*の後の効率的な案。", "options": QUIET, "errors": [{"column": 5}, {"column": 14}]},
    # link, emphasis and image alt text are text of the paragraph
    {"text": "[適切な](https://example.com/)と**効率的な**と![必要に応じて](a.png)", "options": QUIET,
     "errors": [{"column": 2}, {"column": 31}, {"column": 40}]},
    {"text": "- 項目の中の適切な説明\n  - 入れ子で言うまでもなく書く", "options": QUIET,
     "errors": [{"line": 1, "column": 8}, {"line": 2, "column": 9}]},
    # the lines of a quote are one text in textlint's tree, without the "> ": after the first
    # line textlint lands two columns early
    {"text": "> 引用の一行目は適切な\n> 二行目も効率的な文。", "options": QUIET,
     "errors": [{"line": 1, "column": 10}, {"line": 2, "column": 5}]},
    # a hard line break leaves nothing between the lines: a pattern may span them
    {"text": "これは例である。  \nそれは例です。", "options": QUIET, "errors": [{"line": 1, "column": 5}]},
    {"text": "😀適切な説明。", "options": QUIET, "errors": [{"column": 2}]},  # (textlint: 3)
    {"text": "---\ntitle: 適切な題\n---\n本文の適切な文。",
     "errors": [{"line": 1, "column": 1}, {"line": 4, "column": 4}]},
    {"text": "ユーザーと顧客の話です。\n適切な値。\n", "ext": ".txt", "options": QUIET,
     "errors": [{"line": 1, "column": 1}, {"line": 2, "column": 1}]},
    {"text": "ユーザーと顧客。\n\n効率的な案。", "options": {"allows": ["/ユーザー/"]},
     "errors": [{"line": 1, "column": 1, "message": "具体性 1 件"}, {"line": 3, "column": 1}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_the_summary_counts_each_group():
    text = "まず最初に、処理が行われる。\n\n適切な値と効率的な値。\n\n以下。\n\n- 項目"
    summary = next(p for p in run_rule(RULE, text) if "候補" in p.message)
    assert (summary.line, summary.column) == (1, 0)
    assert "5 件" in summary.message
    assert "簡潔性 1 件、明確性 1 件、具体性 2 件、構造化 1 件" in summary.message


def test_no_summary_without_problems():
    assert run_rule(RULE, "まず最初に確認する。", {"disableRedundancyGuidance": True}) == []


def test_a_bad_allows_pattern_is_a_config_error():
    with pytest.raises(ConfigError):
        resolve({"rules": {RULE: {"allows": ["/[/"]}}})

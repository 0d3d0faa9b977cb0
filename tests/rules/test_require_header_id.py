RULE = "require-header-id"

VALID = [
    "## はじめに {#intro}",
    "### 設定ファイル {#config-file.v2}",
    "見出しのない本文です。",
    {"text": "# 記事の題\n\n## 手順 {#steps}", "options": {"allowDepth": [1]}},
    {"text": "## 手順 {#steps}", "options": {"style": "GitBook"}},
]

INVALID = [
    {"text": "## はじめに", "errors": [{"line": 1, "column": 1, "message": "{#install}"}]},
    # only ASCII letters, digits, "." and "-" make an id
    {"text": "## 手順 {#手順}\n\n## 設定 {#set_up}", "errors": [{"line": 1}, {"line": 3}]},
    # the id must end the heading's source: closing marks and setext underlines hide it
    {"text": "## 手順 {#steps} ##", "errors": [{"column": 1}]},
    {"text": "手順 {#steps}\n---", "errors": [{"line": 1, "column": 1}]},
    {"text": "> ## 引用の見出し\n\n- ## 項目の見出し", "errors": [{"line": 1, "column": 3}, {"line": 3, "column": 3}]},
    {"text": "# 記事の題\n\n## 手順", "options": {"allowDepth": [1]}, "errors": [{"line": 3, "column": 1}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

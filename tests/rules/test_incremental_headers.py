RULE = "incremental-headers"

VALID = [
    "見出しのない本文です。", "旅の記録\n===\n\n一日目\n---",  # setext headings are # and ##
    "# 旅の記録\n\n## 一日目\n\n### 朝\n\n### 夜\n\n## 二日目",
    # going back up any number of levels is fine
    "# 旅の記録\n\n## 一日目\n\n### 朝\n\n#### 朝食\n\n## 二日目",
]

INVALID = [
    {"text": "## 一日目", "errors": [{"line": 1, "column": 1, "message": "最初の見出し"}]},
    {"text": "# 旅の記録\n\n## 一日目\n\n#### 朝食", "errors": [{"line": 5, "column": 1, "message": "「##」の次に「####」"}]},
    {"text": "# 旅の記録\n\n## 一日目\n\n# 二日目", "errors": [{"line": 5, "column": 1, "message": "最初に一つだけ"}]},
    # headings in block quotes and lists count too, at their first character
    {"text": "# 旅の記録\n\n> ### 引用の見出し\n\n- # 項目の見出し",
     "errors": [{"line": 3, "column": 3}, {"line": 5, "column": 3}]},
    # the first heading sets the depth the next is measured from
    {"text": "### 朝\n\n#### 朝食\n\n###### 卵", "errors": [{"line": 1, "column": 1}, {"line": 5, "column": 1}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

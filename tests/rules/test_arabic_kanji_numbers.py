RULE = "arabic-kanji-numbers"

VALID = [
    "第3章を20回読んだ。",
    "数十万行のコード。",
    "何百億もの星。",
    "二つ返事で引き受けた。",
    "瓜二つの兄弟。",
    "世界一の山。",
    "一部の人だけ。",
    "二次関数のグラフ。",
    "4種類の果物。",
    "# 第三章の見出し",
    "> 第三章を読む。",
    "**第三章**を読む。",
    "| 第三章 |\n| --- |\n| 二十回 |",
    "資料は https://example.com/三次元/ にある。",  # a bare URL is a link in textlint's tree
]

INVALID = [
    {"text": "第三章を読んだ。", "errors": [{"line": 1, "column": 1, "message": "第3章"}], "output": "第3章を読んだ。"},
    {"text": "本を二十回読んだ。", "errors": [{"column": 3}], "output": "本を20回読んだ。"},
    {"text": "百八つの鐘。", "errors": [{"column": 1}], "output": "108つの鐘。"},
    {"text": "三か月と五番目と二進法と三次元。",
     "errors": [{"column": 1}, {"column": 5}, {"column": 9}, {"column": 13}],
     "output": "3か月と5番目と2進法と3次元。"},
    {"text": "これは世界1の山。", "errors": [{"column": 4}], "output": "これは世界一の山。"},
    {"text": "花の1種です。", "errors": [{"column": 2}], "output": "花の一種です。"},
    {"text": "数100倍の速さ。", "errors": [{"column": 1}], "output": "数百倍の速さ。"},
    {"text": "2次関数と5大陸と第3者。", "errors": [{"column": 1}, {"column": 6}, {"column": 10}],
     "output": "二次関数と五大陸と第三者。"},
    {"text": "- 朝1番に出る。", "errors": [{"column": 4}], "output": "- 朝一番に出る。"},
    {"text": "二十回と三十回。", "errors": [{"column": 1}], "output": "20回と三十回。"},
    # after a bare URL the text is a text node of its own, with a first match of its own
    {"text": "二十回は https://example.com/x を見て三十回。", "errors": [{"column": 1}, {"column": 31}],
     "output": "20回は https://example.com/x を見て30回。"},
    # a backslash escape does not split textlint's text node: only its first match counts
    {"text": "二十回\\*と三十回。", "errors": [{"column": 1}], "output": "20回\\*と三十回。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_every_pattern_needs_the_digit_its_gate_looks_for():
    import re

    from postlint.rules import arabic_kanji_numbers as rule

    assert all(rule._KANJI_DIGIT in pattern.pattern for pattern, _ in rule._TO_ARABIC)
    # outside negated classes ("[^0-9]"), each kanji-side pattern has an ASCII digit
    assert all(re.search("[0-9]", re.sub(r"\[\^[^\]]*\]", "", p.pattern)) for p in rule._TO_KANJI)

RULE = "no-doubled-conjunctive-particle-ga"

VALID = [
    "朝早く出発したが、定刻には間に合わなかった。",
    "朝早く出発したが、遅れた。雨だったが、着いた。",
    "猫が好きだが、犬も好きだ。",
    "彼は「行くが、戻る。」と言ったが、来なかった。",
    "> 朝早く出発したが、遅れたが、着いた。",
]

INVALID = [
    {"text": "朝早く出発したが、遅れたが、無事に着いた。",
     "errors": [{"line": 1, "column": 8, "message": "が"}]},
    {"text": "最初の文です。\n試したが、駄目だったが、諦めない。", "errors": [{"line": 2, "column": 4}]},
    {"text": "前置き。\n\n一文目です。試したが、駄目だったが、諦めない。", "errors": [{"line": 3, "column": 4}]},
    {"text": "試したが、駄目だったが、諦めない。", "options": {"separatorChars": ["。"]},
     "errors": [{"column": 4}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "ja-kyoiku-kanji"

VALID = [
    "学校で本を読む。",
    # a grade's kanji are allowed unless it is switched off
    "図書館で雑誌を借りる。",
]

INVALID = [
    {"text": "綺麗な図を描く。", "errors": [{"line": 1, "column": 1, "message": "教育漢字にない漢字「綺」"},
                                          {"line": 1, "column": 2, "message": "「麗」"},
                                          {"line": 1, "column": 6, "message": "「描」"}]},
    # every place is reported
    {"text": "雑誌と雑誌。", "options": {"allowElementary5thKanjis": False, "allowElementary6thKanjis": False},
     "errors": [{"line": 1, "column": 1, "message": "小学校の第一学年、第二学年、第三学年、第四学年で習わない漢字「雑」"},
                {"line": 1, "column": 2}, {"line": 1, "column": 4}, {"line": 1, "column": 5}]},
    {"text": "# 本\n", "options": {f"allowElementary{g}Kanjis": False for g in ("1st", "2nd", "3rd", "4th", "5th", "6th")},
     "errors": [{"line": 1, "column": 3, "message": "漢字「本」があります"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

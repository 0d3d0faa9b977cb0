RULE = "jtf-2-1-2"

VALID = [
    "今日は新しい記事を書きました。",
    "日々の記録を残しています。",
    "# 薔薇の育て方",
    "**薔薇**が咲いた。",
    "> 珈琲を淹れる。",
    "`鬱蒼` と書くコード。",
    "",
]

INVALID = [
    {"text": "庭に薔薇が咲いた。",
     "errors": [{"line": 1, "column": 3, "message": "「薔」"}, {"line": 1, "column": 4, "message": "「薇」"}]},
    {"text": "- 朝は珈琲を淹れる", "errors": [{"line": 1, "column": 5}, {"line": 1, "column": 6}, {"line": 1, "column": 8}]},
    {"text": "一行目です。\r\n二行目で蕎麦を食べた。", "errors": [{"line": 2, "column": 5, "message": "「蕎」"}]},
    # 常用漢字表の「𠮟」は拡張領域の字（表にあるのは「叱」）
    {"text": "部下を𠮟る。", "errors": [{"line": 1, "column": 4, "message": "「𠮟」"}]},
    # textlint は絵文字より後ろの字を 1 文字手前に報告する
    {"text": "🍜の後に蕎麦", "errors": [{"line": 1, "column": 4, "message": "「蕎」"}]},
    {"text": "〇を付ける。", "errors": [{"line": 1, "column": 1, "message": "「〇」"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

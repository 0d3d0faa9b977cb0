RULE = "jtf-2-2-2"

VALID = [
    "第2章で3つの方法を5回試しました。",
    "数十万件のログを調べました。",
    "何百億という行がありました。",
    "瓜二つの設定ファイルです。",
    "ただ一つの解決策です。",
    "この分野では世界一の速さです。",
    "一部の環境だけで起きます。",
    "三次関数で近似しました。",
    "1種類のキーだけを使います。",
    "## 第三章のまとめ",  # headings are not checked
    "> 二十回やり直した。",
]

INVALID = [
    {"text": "設定を三回見直しました。",
     "errors": [{"line": 1, "column": 4, "message": "「三回」→「3回」"}],
     "output": "設定を3回見直しました。"},
    {"text": "第二節の例を二つ試す。",
     "errors": [{"column": 1}, {"column": 7}],
     "output": "第2節の例を2つ試す。"},
    {"text": "約五十万行のコードを六か月で書いた。",
     "errors": [{"column": 2}, {"column": 11}],
     "output": "約50万行のコードを6か月で書いた。"},
    {"text": "1時的な回避策です。",
     "errors": [{"column": 1, "message": "「一時的」"}],
     "output": "一時的な回避策です。"},
    {"text": "処理が数10倍速くなった。",
     "errors": [{"column": 4}],
     "output": "処理が数十倍速くなった。"},
    {"text": "- 3次関数のグラフ\n- 第3者の視点",
     "errors": [{"line": 1, "column": 3}, {"line": 2, "column": 3}],
     "output": "- 三次関数のグラフ\n- 第三者の視点"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

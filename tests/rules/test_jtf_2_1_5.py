RULE = "jtf-2-1-5"

VALID = [
    "インターフェイスを設計してサーバーを再起動した。",
    "_ｷｮｳﾁｮｳ_ は対象外です。",
    "> ｲﾝﾖｳも対象外",
    "# ﾐﾀﾞｼの半角カナは対象外",
    "| ﾃｰﾌﾞﾙ |\n| --- |\n| ｾﾙ |",
    "[インタフェース](https://example.com/)のリンク",
    "｢括弧｣と､句読点｡は半角カタカナではない",
]

INVALID = [
    {"text": "ｻｰﾊﾞｰを再起動した。", "errors": [{"line": 1, "column": 1, "message": "サーバー"}],
     "output": "サーバーを再起動した。"},
    {"text": "ﾊﾟｿｺﾝとﾃﾞｨｽﾌﾟﾚｲ･ｹｰﾌﾞﾙ", "errors": [{"line": 1, "column": 1}, {"line": 1, "column": 7}],
     "output": "パソコンとディスプレイ・ケーブル"},
    # 全角にできない濁点付きの字（ｱﾞ）はそのまま、単独の濁点は「゛」にする
    {"text": "ｱﾞｰ ﾞ", "errors": [{"line": 1, "column": 1}, {"line": 1, "column": 5}], "output": "ｱﾞー ゛"},
    {"text": "イタリヤ料理の店", "errors": [{"line": 1, "column": 1, "message": "イタリア"}],
     "output": "イタリア料理の店"},
    {"text": "# インタフェースの設計", "errors": [{"line": 1, "column": 3}], "output": "# インターフェイスの設計"},
    {"text": "詳しくは https://example.com/ を見てｸﾀﾞｻｲ", "errors": [{"line": 1, "column": 30}],
     "output": "詳しくは https://example.com/ を見てクダサイ"},
    {"text": "一行目\r\n\r\n- メイルを送る\r\n- ｿﾌﾄ", "errors": [{"line": 3, "column": 3}, {"line": 4, "column": 3}],
     "output": "一行目\r\n\r\n- メールを送る\r\n- ソフト"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

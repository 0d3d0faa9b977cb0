RULE = "no-duplicate-abbr"

VALID = [
    "経路の交換には BGP を使う。",
    "BGP は Border Gateway Protocol の略です。",
    "`BGPプロトコル` はコードなので見ない。",
    "![BGPプロトコル](zu.png)",  # 画像の代替文字は本文ではない
    "ＢＧＰプロトコル",  # 全角の英字は語の文字ではない
    "BGP_プロトコル と BGP1プロトコル と xBGP プロトコル",  # 語の区切りが違う
    "文の終わりの BGP",
    "> 引用の BGP\n> プロトコル",  # 次の行の「>」が間に入る
    {"text": "BGPプロトコルを使う。", "options": {"allowAbbrList": ["BGP"]}},
]

INVALID = [
    {"text": "経路の交換には BGPプロトコル を使う。", "errors": [{"line": 1, "column": 9, "message": "「BGPプロトコル」"}]},
    {"text": "BGP プロトコル と BGP  protocol", "errors": [{"column": 1, "message": "「BGP プロトコル」"}, {"column": 13}]},
    {"text": "本文。\n\n## DAOオブジェクトの作り方", "errors": [{"line": 3, "column": 4, "message": "Data Access Object"}]},
    {"text": "| 列 |\n|---|\n| GPUユニット |", "errors": [{"line": 3, "column": 3}]},
    {"text": "[HTMLランゲージ](https://example.com)と**XML言語**", "errors": [{"column": 2}, {"column": 36}]},
    # 改行をはさんでも続き（段落の中の行は一つの文字列）
    {"text": "- 項目の TCP\n  プロトコル", "errors": [{"line": 1, "column": 7}]},
    # (columns count characters; textlint's, in UTF-16 units, is 4)
    {"text": "🍣 の BGPプロトコル", "errors": [{"column": 5}]},
    {"text": "BGPプロトコルと PIN番号", "options": {"allowAbbrList": ["BGP"]}, "errors": [{"column": 11}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_the_scoped_package_name_is_the_reported_id():
    from postlint.config import resolve
    from postlint.engine import lint
    from postlint.source import Source

    config = resolve({"rules": {"@textlint-rule/no-duplicate-abbr": True}})
    [problem] = lint(Source.from_text("BGPプロトコル", "a.md"), config)
    assert problem.rule_id == "@textlint-rule/no-duplicate-abbr"

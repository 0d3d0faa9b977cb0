RULE = "doubled-spaces"

VALID = [
    "一つの空白 で区切る。",
    "`コードの中  は見ない`",
    "```\nフェンスの中  も見ない\n```",
    "![代替文字  も見ない](zu.png)",
    "行末に二つの空白で改行する  \n次の行",  # 改行（Break）は文字ではない
    "- 項目\n  https://example.com/a",  # 裸の URL の前の字下げはどのノードにも入らない
    {"text": "終わりです。  次の文", "options": {"allow": ["/。\\s+/"]}},
    {"text": "終わりです。  次の文", "options": {"allow": ["。  "]}},
]

INVALID = [
    {"text": "二つの空白  で区切る。", "errors": [{"line": 1, "column": 6, "message": "一つに"}],
     "output": "二つの空白 で区切る。"},
    # 見出し・表・リンクの文字・強調の中も調べる
    {"text": "## 見出しの  中", "errors": [{"column": 8}]},
    {"text": "<span>タグに挟まれた  文字</span>", "errors": [{"column": 14}]},  # HTML のタグの間は文字
    {"text": "| 表の  中 |\n|---|\n| 値 |", "errors": [{"column": 5}]},
    {"text": "[リンクの  文字](https://example.com)と**太字の  中**", "errors": [{"column": 6}, {"column": 38}]},
    # 段落の中の行末と次の行の字下げも続いた空白で、修正は行をつなぐ（textlint と同じ）
    {"text": "- 一行目の項目\n  二行目", "errors": [{"line": 1, "column": 9}], "output": "- 一行目の項目 二行目"},
    {"text": "行末に一つの空白 \n次の行", "errors": [{"line": 1, "column": 9}], "output": "行末に一つの空白 次の行"},
    {"text": "改行は CRLF\r\n次の行\r\n", "errors": [{"line": 1, "column": 9}], "output": "改行は CRLF 次の行\r\n"},
    # 引用の中の行は一つの文字列: 行末の空白と次の行の「>」の前後
    {"text": "> 引用の一行目 \n> 二行目", "errors": [{"line": 1, "column": 9}]},
    # (columns count characters; textlint's, in UTF-16 units, is 3)
    {"text": "全角の空白　　も数える。\n\nタブ\t\tも。", "errors": [{"line": 1, "column": 6}, {"line": 3, "column": 3}],
     "output": "全角の空白 も数える。\n\nタブ も。"},
    {"text": "🍣  の後", "errors": [{"column": 2}], "output": "🍣 の後"},
    # allow: 一致の内側（最初の文字より後）で始まる空白だけを許す。一致の始まりの空白は報告する
    {"text": "終わりです。  次の文", "options": {"allow": ["  次"]}, "errors": [{"column": 7}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_a_bad_allow_pattern_is_a_config_error():
    import pytest

    from postlint.config import ConfigError, resolve

    with pytest.raises(ConfigError):
        resolve({"rules": {RULE: {"allow": ["/(/"]}}})

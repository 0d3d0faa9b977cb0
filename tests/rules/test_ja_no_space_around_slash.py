"""ja-no-space-around-slash: spaces before or after a half-width slash."""

RULE = "ja-no-space-around-slash"

VALID = [
    "Windows/macOS の両方で動く。",
    "入力/出力をそろえる。",
    "全角のスラッシュ ／ は対象外。",
    "`a / b` のようなコードは見ない。",
    "## 見出し A / B は見ない",
    "> 引用 A / B も見ない",
    "[リンク A / B](https://example.com/) も見ない。",
    "手順は https://example.com/a/ を参照。",       # a bare URL is a link: its slashes are not checked
]

INVALID = [
    {"text": "Windows / macOS の両方で動く。", "errors": [{"line": 1, "column": 8, "message": "スラッシュ"}],
     "output": "Windows/macOS の両方で動く。"},
    {"text": "前だけ /後ろ", "errors": [{"column": 4}], "output": "前だけ/後ろ"},
    {"text": "後ろだけ/ 前", "errors": [{"column": 5}], "output": "後ろだけ/前"},
    {"text": "全角の空白　/　も消す", "errors": [{"column": 6}], "output": "全角の空白/も消す"},
    {"text": "- 項目 A / B / C", "errors": [{"column": 7}, {"column": 11}], "output": "- 項目 A/B/C"},
    # at most ten spaces on each side are taken in: one fix leaves the rest
    {"text": "a" + " " * 12 + "/b", "errors": [{"column": 4}], "output": "a  /b"},
    {"text": "😀絵文字 / のあと", "errors": [{"column": 5}], "output": "😀絵文字/のあと"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

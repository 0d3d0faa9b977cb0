"""no-ai-list-formatting: bold labels with a colon or dash, and decorative emoji, in list items."""

RULE = "no-ai-list-formatting"

VALID = [
    "- 速度の面では、処理が目に見えて速くなった",
    "- 途中に **太字**: があっても見出し語ではない",
    "- **太字**だけで区切りがない",
    "- **太字**-空白のないハイフンは区切りと見なさない",
    "- 😀 一覧にない絵文字は対象外",
    "- ⚠ 変化選択子のない警告記号も対象外",
    "✅ 段落の絵文字はリスト項目ではない",
    "**速度**: 段落はリスト項目ではない",
    {"text": "- **速度**: 処理が速くなった", "options": {"disableBoldListItems": True}},
    {"text": "- 🚀 処理が速くなった", "options": {"disableEmojiListItems": True}},
    {"text": "- **速度**: 処理が速くなった 🚀", "options": {"allows": ["/速く/"]}},
]

INVALID = [
    {"text": "- **速度**: 処理が速くなった", "errors": [{"line": 1, "column": 1, "message": "コロン（:）"}]},
    {"text": "* **容量**：全角のコロン", "errors": [{"column": 1, "message": "コロン（：）"}]},
    {"text": "+ **価格** - 空白に挟まれたハイフン", "errors": [{"column": 1, "message": "ハイフン（-）"}]},
    {"text": "- **品質** — ダッシュで区切る", "errors": [{"column": 1, "message": "ダッシュ（—）"}]},
    {"text": "1. **手順** : 番号付きでも同じ\n2) **確認**: 括弧の番号も",
     "errors": [{"line": 1, "column": 1}, {"line": 2, "column": 1}]},
    {"text": "- 作業が終わった ✅", "errors": [{"column": 11, "message": "✅"}]},
    {"text": "- ⚠️ 変化選択子つきの警告記号", "errors": [{"column": 3, "message": "⚠️"}]},
    # only the first emoji of an item (columns here count characters: textlint's 8, in UTF-16
    # units, is what postlint's JSON output says)
    {"text": "- 😀 顔 📝 メモ 🚀 打ち上げ", "errors": [{"column": 7, "message": "📝"}]},
    # an emoji in a nested item is in its parent too: the same report, shown once
    {"text": "- 準備\n  - 🔥 急ぎの作業", "errors": [{"line": 2, "column": 5}]},
    {"text": "- **準備**: 道具をそろえる\n  - **下準備**: 材料を洗う",
     "errors": [{"line": 1, "column": 1}, {"line": 2, "column": 3}]},
    {"text": "> - **引用**: 引用の中のリスト", "errors": [{"column": 3}]},
    # the bold label may run over a line end
    {"text": "- **長い\n  見出し語**: 説明", "errors": [{"line": 1, "column": 1}]},
    {"text": "- **速度**: 処理が速くなった 🚀", "errors": [{"column": 1}, {"column": 20}]},
    {"text": "- **速度**: 処理が速くなった 🚀", "options": {"allows": ["遅く"]}, "errors": [{"column": 1}, {"column": 20}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

RULE = "no-generation-artifact"

VALID = [
    # a bare (挿入) names an operation, not a placeholder (the edits of an edit distance)
    "- 一文字足す場合: 距離 + 1 (挿入)\n- 一文字消す場合: 距離 + 1 (削除)\n",
    "最後の段落で話をまとめます。\n",
    "---\ntitle: 記事\n---\n\n本文です。\n",
    # a code block may show markers and placeholders
    "例です。\n\n```\n---END---\n{{タイトル}}\nTODO: 後で直す\n```\n",
    "`{{商品名}}` のように書くと置き換わります。\n",
    # template variables a tech post shows on purpose
    "URL は {{ site.url }} で、版は {{book.version}} です。\n",
    "{{< ref \"other.md\" >}} を参照してください。\n",
    # Jekyll-Bootstrap's {{ BASE_PATH }}: a path goes on after it, so it is a template variable
    "![港の朝]({{ BASE_PATH }}/images/2024/harbor.jpg)\n",
    # a section called TODO is content
    "## TODO\n\n- 画面を作る\n",
    # a horizontal rule between parts is fine
    "前半です。\n\n---\n\n後半です。\n",
    # link text is someone else's title
    "- [【要確認】設定の手順](https://example.com/)\n",
    "以上です。\n",
    "**ユーザー情報の入力(Your details)**\n\n本文。\n",
    "テンプレートでは {{変数名|既定値}} と書く。\n",
    {"text": "本文です。\n\n---\n", "options": {"trailingRule": False}},
]

INVALID = [
    {"text": "本文の最後です。\n\n---END---\n", "errors": [{"line": 3, "column": 1, "message": "end-marker"}]},
    {"text": "本文の最後です。\n---END---\n", "errors": [{"line": 2, "column": 1, "message": "end-marker"}]},
    {"text": "本文です。\n\n[END]\n", "errors": [{"line": 3, "message": "end-marker"}]},
    {"text": "本文です。\n\n<!-- end -->\n", "errors": [{"line": 3, "message": "end-comment"}]},
    {"text": "今日は{{商品名}}を紹介します。\n", "errors": [{"line": 1, "column": 4, "message": "template-placeholder"}]},
    {"text": "筆者は{{ AUTHOR_NAME }}です。\n", "errors": [{"column": 4}]},
    {"text": "画像は {{画像フォルダ}}/a.png に置く。\n", "errors": [{"column": 5, "message": "template-placeholder"}]},
    {"text": "まずはこちら。\n\n[ここに図解を入れる]\n", "errors": [{"line": 3, "message": "bracket-placeholder"}]},
    {"text": "手順は次のとおり。（ここに画像を挿入）\n", "errors": [{"column": 10}]},
    {"text": "設定画面（スクリーンショット挿入予定）を開きます。\n", "errors": [{"message": "insert-here"}]},
    {"text": "See [insert chart here] below.\n", "errors": [{"message": "insert-here-en"}]},
    {"text": "Contact [Your Name] today.\n", "errors": [{"message": "insert-here-en"}]},
    {"text": "TODO: 数字を確認する\n", "errors": [{"column": 1, "message": "todo-marker"}]},
    {"text": "値は【要確認】です。\n", "errors": [{"message": "todo-marker-ja"}]},
    {"text": "Lorem ipsum dolor sit amet.\n", "errors": [{"message": "lorem-ipsum"}, {"message": "lorem-ipsum"}]},
    {"text": "以下の記事を書いてください。テーマは旅行です。\n", "errors": [{"column": 1, "message": "instruction-to-writer"}]},
    {"text": "ブログ記事を3000字程度で書いてください。\n", "errors": [{"message": "instruction-to-writer-2"}]},
    {"text": "As an AI language model, I cannot do that.\n", "errors": [{"message": "ai-disclaimer-en"}]},
    {"text": "AI言語モデルとして、私はお答えできません。\n", "errors": [{"message": "ai-disclaimer-ja"}]},
    {"text": "承知しました。以下がご依頼のブログ記事です。\n\n本文。\n", "errors": [{"line": 1, "message": "assistant-preamble"}]},
    {"text": "メタディスクリプション：旅行の記事です。\n\n本文。\n", "errors": [{"message": "generation-metadata"}]},
    {"text": "本文です。\n\n---\n", "errors": [{"line": 3, "message": "last line"}]},
    {"text": "本文です。\n---\n", "errors": [{"line": 2, "message": "last line"}]},
    # user patterns
    {"text": "ここは★未定★です。\n", "options": {"extraPatterns": [{"pattern": "★未定★", "id": "mitei", "message": "未定の印"}]},
     "errors": [{"column": 4, "message": "未定の印 (mitei"}]},
    {"text": "ここは★未定★です。\n\n---END---\n", "options": {"patterns": ["★未定★"]}, "errors": [{"line": 1}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

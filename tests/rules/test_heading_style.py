RULE = "heading-style"

VALID = [
    "## なぜ本気なのか\n\n理由は三つある。\n",
    # bold inside a sentence, or a bold sentence, is emphasis
    "これは**とても大事**な点です。\n",
    "**この設定を変えると元に戻せません。**\n\n注意してください。\n",
    "**設定ファイルを読むときに、先頭から順番に全部読んでいませんか？**\n\n要点から読みましょう。\n",
    # a bold greeting ending like a sentence before a smiley
    "前置きです。\n\n**あけましておめでとうございます!! :)**\n\n今年もよろしくお願いします。\n",
    # the labels of a unit the post repeats (each question's problem and choices)
    "## 問1\n\n**問題**\n\n一に一を足すといくつか。\n\n**選択肢**\n\n- 1\n- 2\n\n"
    "## 問2\n\n**問題**\n\n二に二を足すといくつか。\n\n**選択肢**\n\n- 3\n- 4\n",
    # two sentences said in bold are speech, not a title
    "野菜を切って炒めれば完成です。\n\n**ね？　簡単でしょう？**\n\n味付けは自由に変えられます。\n",
    # a sentence that goes on in bold after a paragraph stopping at a comma
    "祖父の口癖といえば、\n\n**急がば回れ**\n\nという言葉でした。\n",
    # a bold label ending in a colon leads into what follows
    "**変更前:**\n\n```\nold()\n```\n\n**変更後：**\n\n```\nnew()\n```\n\n違いは一行です。\n",
    # a bold caption right above its code block, quote, list or table (no blank line between)
    "**修正前**\n```py\nimport os\n```\n\n**質問1**\n> 設定は変えられますか？\n\n"
    "**手順**\n- 開く\n- 閉じる\n\n**結果**\n| 項目 | 値 |\n|---|---|\n| 速さ | 2倍 |\n\n以上です。\n",
    # a numbered caption over its figure or listing, a blank line between
    "**図 1-1 設定画面**\n\n![](settings.png)\n\n**リスト 2 最小の例**\n\n```js\nrun();\n```\n\n以上です。\n",
    # a stressed sentence with an aside in brackets after it
    "**あまり覚えていないです！（笑）**\n\n当時の話です。\n",
    # a bold lead-in inside a list item
    "1. **基盤技術:**\n   説明が続きます。\n",
    # bold text as the last line (a closing remark)
    "本文です。\n\n**お読みいただきありがとうございました**\n",
    "## 一\n\n### 二\n\n#### 三\n\n## 四\n",
    # a quoted announcement's own heading is not the post's outline
    "# 名称が変わりました\n\n公式の告知です。\n\n> ### 新しい名前について\n> 本日から名前が変わります。\n\n## 影響\n",
    {"text": "**見出しもどき**\n\n本文。\n", "options": {"boldHeadings": False}},
    {"text": "## 背景\n\n#### 詳細\n", "options": {"skippedLevels": False}},
    {"text": "**とても長い見出しもどき**\n\n本文。\n", "options": {"maxLength": 5}},
]

INVALID = [
    {"text": "前置き。\n\n**なぜ韓国はこれほど本気なのか？：その深層**\n\n本文が続く。\n",
     "errors": [{"line": 3, "column": 1, "message": "as a heading (## なぜ韓国"}],
     "output": "前置き。\n\n**なぜ韓国はこれほど本気なのか？：その深層**\n\n本文が続く。\n"},
    {"text": "## 背景\n\n**細かい話**\n\n本文。\n", "errors": [{"line": 3, "message": "(### 細かい話)"}]},
    {"text": "***強調見出し***\n\n本文。\n", "errors": [{"line": 1}]},
    # a title with an aside, and a numbered title that is no caption, are headings
    {"text": "**参考（外部リンク）**\n\n本文。\n\n**1. 記憶を育てる**\n\n本文。\n",
     "errors": [{"line": 1}, {"line": 5}]},
    # a blank line between: the bold line stands over a section, not one block
    {"text": "**修正前**\n\n```py\nimport os\n```\n\n本文。\n", "errors": [{"line": 1}]},
    {"text": "## 背景\n\n#### 詳細\n", "errors": [{"line": 3, "column": 1, "message": "from h2 to h4"}]},
    # the heading after a quotation is compared with the post's heading before it
    {"text": "# 題\n\n> ## 引用の見出し\n\n### 節\n", "errors": [{"line": 5, "message": "from h1 to h3"}]},
    {"text": "# 題\n\n### 節\n\n##### 項\n", "errors": [{"line": 3, "message": "h1 to h3"}, {"line": 5, "message": "h3 to h5"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)

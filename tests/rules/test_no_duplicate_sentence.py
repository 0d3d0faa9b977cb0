from postlint.config import resolve
from postlint.engine import lint
from postlint.fixer import apply
from postlint.source import Source

RULE = "no-duplicate-sentence"

Q = "あなたなら、この町の変化をどう受け止めますか？"
BODY = "駅前の商店街は十年で大きく姿を変えました。古い喫茶店は閉じ、新しい書店ができました。"

VALID = [
    # a lead-in by its wording (次のように), with a caption between it and the code
    "入れ子の書き方を使えば、次のようにもっと短く記述できます。\n\n▼ 例その一\n\n```css\na {}\n```\n\n"
    "入れ子の書き方を使えば、次のようにもっと短く記述できます。\n\n▼ 例その二\n\n```css\nb {}\n```\n",
    # MDX: the text of an element alone in a paragraph is a paragraph inside it, not a repeat
    {"text": "<Checkpoint>\n  <span slot=\"title\">コピーと貼り付けを禁止しないでください</span>\n</Checkpoint>\n", "ext": ".mdx"},
    # a file name over code (「config.kdl」 before each snippet) is no sentence
    "> config.kdl\n\n```\na\n```\n\n> config.kdl\n\n```\nb\n```\n",
    f"{BODY}\n\n{Q}\n",
    # short sentences may repeat
    "そうです。そうです。\n",
    # headings repeating headings, list items repeating list items: structure
    "## 準備するものについて\n\n本文。\n\n## 準備するものについて\n",
    "- 古い喫茶店が閉店した\n- 新しい書店ができた\n\n本文です。\n\n- 古い喫茶店が閉店した\n",
    # an outline list followed by the sections it names
    "- 商店街の歴史を振り返る\n- これからの商店街を考える\n\n## 商店街の歴史を振り返る\n\n本文。\n",
    # code and tables do not count
    f"```\n{Q}\n```\n\n{Q}\n",
    f"| 問い |\n| --- |\n| {Q} |\n\n{Q}\n",
    # a lead-in sentence repeated before other code is on purpose
    "設定ファイルは次のように書き換えます。\n\n```\na: 1\n```\n\n設定ファイルは次のように書き換えます。\n\n```\nb: 2\n```\n",
    # ... also with a template tag between it and the code (GitBook's {{book.console}})
    "具体的な例を順番に見てみましょう。\n\n{{book.console}}\n```js\na;\n```\n\n"
    "具体的な例を順番に見てみましょう。\n\n{{book.console}}\n```js\nb;\n```\n",
    # two footnotes citing sources to one pattern
    "本文です[^1][^2]。\n\n[^1]: 山田. 「設定の話」. 例のサイト. (閲覧2025-09-10 時点) .\n"
    "[^2]: 田中. 「別の話」. 別のサイト. (閲覧2025-09-10 時点) .\n",
    # ... and before a quote
    "本書には次の一文がありました。\n\n> 基礎を押さえると応用が広がる。\n\n"
    "本書には次の一文がありました。\n\n> 隣の分野にも挑み続けた。\n",
    # ... and before a Zenn embed (@[codepen](…)), a link card too
    "動く例は次のとおりです。\n\n@[codepen](https://example.com/pen/1)\n\n"
    "動く例は次のとおりです。\n\n@[codepen](https://example.com/pen/2)\n",
    # a formula of its own, shown again where a derivation comes back to it
    "積の誤差はこう書けます。\n\n$$\n(X + a)(Y + b) \\sim XY + Xb + Ya\n$$\n\n"
    "別の場合を考えます。\n\n$$\n(X + a)(Y + b) \\sim XY + Xb + Ya\n$$\n",
    # link-only paragraphs (a table of contents)
    "- [商店街の歴史を振り返る](#history)\n\n## 商店街の歴史を振り返る\n",
    {"text": f"{BODY}{Q}\n\n{Q}\n", "options": {"minLength": 40}},
    # a source cited after each quotation: a sentence that is only a link (or inline code)
    '"設定ファイルはリポジトリで共有します。" - [公式ドキュメントの説明](https://example.com/docs)\n\n'
    '"個人の設定はホームに置きます。" - [公式ドキュメントの説明](https://example.com/docs)\n\n'
    "まず依存を入れます。`npm install --production-only`\n\n次に作ります。`npm install --production-only`\n",
    # a list item quoted to discuss it, and a quotation that opens and closes a post: on purpose
    "問題は二つです。\n\n- 設定が画面の中にしか存在しない\n- 画面の更新処理が複雑になっていく\n\n"
    "> 設定が画面の中にしか存在しない\n\nモデルを持てば解けます。\n",
    "> 小さく始めて、長く続けること。\n\n本文です。\n\n> 小さく始めて、長く続けること。\n",
    # a definition list's entries (kramdown): a tool named in the text and again in the list of links
    "**画像を一覧で表示するツール**\n:   <https://example.com/tool>\n\n本文です。\n\n"
    "**画像を一覧で表示するツール**\n:   <https://example.com/tool>\n",
    # a lead-in by its wording (以下です) before what it shows, on the next line
    "幅を指定して表示した例は以下です。\n![例](a.png =200x)\n\n幅を指定して表示した例は以下です。\n![例](a.png =x200)\n",
    # kramdown's attribute list after each image is markup, not a sentence
    "猫の写真です。\n![猫](a.jpg){: .img-responsive}\n\n犬の写真です。\n![犬](b.jpg){: .img-responsive}\n",
    # the end of a longer sentence is not a repeated sentence
    "この関数は引数を受け取り、計算の結果をそのまま返します。\n\n計算の結果をそのまま返します。\n",
    # one remark closing each entry of a list written as sections (next to each other at one level,
    # the remark also in a subsection of the entry)
    f"## 紙の地図\n\n{BODY}\n\n雨の日に持ち歩きにくいのが弱点です。\n\n"
    "## 観光案内所\n\n### 場所\n\n駅の東口にあります。\n\n雨の日に持ち歩きにくいのが弱点です。\n",
]

INVALID = [
    # 次の meaning "next" is no lead-in
    {"text": "次の日の朝に駅前の喫茶店へ出かけました。\n\n本文です。\n\n次の日の朝に駅前の喫茶店へ出かけました。\n",
     "errors": [{"line": 5, "column": 1, "message": "line 1"}]},
    # the closing question of a paragraph standing again on its own
    {"text": f"{BODY}{Q}\n\n{Q}\n", "errors": [{"line": 3, "column": 1, "message": "already appears at line 1"}]},
    # ... as a heading, without its question mark
    {"text": f"{BODY}{Q}\n\n## {Q[:-1]}\n", "errors": [{"line": 3, "column": 4, "message": "line 1"}]},
    # ... in bold, half-width, with other spacing
    {"text": f"{BODY}{Q}\n\n**あなたなら、 この町の変化をどう受け止めますか?**\n",
     "errors": [{"line": 3, "column": 3, "message": "line 1"}]},
    # an unclosed bracket keeps the splitter from cutting the question off: still found
    {"text": f"「町の話はここまでです。{Q}\n\n{Q}\n", "errors": [{"line": 3, "column": 1, "message": "line 1"}]},
    # twice in one paragraph: the second is reported at its own place
    {"text": "# 題\n\n同じ説明をここで繰り返します。同じ説明をここで繰り返します。\n",
     "errors": [{"line": 3, "column": 16}]},
    # consecutive repeated sentences are one problem
    {"text": f"{BODY}\n\n{BODY}\n", "errors": [{"line": 3, "column": 1, "message": "these 2 sentences"}]},
    # a sentence of the text repeated in a list item
    {"text": f"{BODY}\n\n- 古い喫茶店は閉じ、新しい書店ができました\n", "errors": [{"line": 3, "column": 3}]},
    {"text": f"---\ntitle: t\n---\n{BODY}{Q}\n\n{Q}\n", "errors": [{"line": 6, "message": "line 4"}]},
    {"text": "同じ文。同じ文。\n", "options": {"minLength": 2}, "errors": [{"line": 1, "column": 5}]},
    # sections that are not next to each other, or that share a title
    {"text": f"## はじめに\n\n{BODY}\n\n## 歩く\n\n本文です。\n\n## まとめ\n\n{BODY}\n",
     "errors": [{"line": 11, "message": "line 3"}]},
    {"text": f"## 手順\n\n{BODY}\n\n## 手順\n\n{BODY}\n", "errors": [{"line": 7, "message": "line 3"}]},
    # a question is never an entry's remark: a post repeating its closing question
    {"text": f"## はじめに\n\n{Q}\n\n## まとめ\n\n{Q}\n", "errors": [{"line": 7, "message": "line 3"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def _lint(text):
    return lint(Source.from_text(text, "post.md"), resolve({"rules": {RULE: True}}))


def test_a_whole_repeated_block_carries_a_suggestion_to_remove_it():
    text = f"{BODY}{Q}\n\n{Q}\n\nおわり。\n"
    problems = _lint(text)
    assert [p.line for p in problems] == [3]
    fix = problems[0].fix
    assert fix is not None and not fix.safe
    assert apply(text, [fix])[0] == f"{BODY}{Q}\n\nおわり。\n"
    heading = f"{BODY}{Q}\n\n## {Q}\n\nおわり。\n"
    assert apply(heading, [_lint(heading)[0].fix])[0] == f"{BODY}{Q}\n\nおわり。\n"


def test_a_repeat_inside_running_text_has_no_fix():
    problems = _lint(f"{Q}\n\n{BODY}{Q}\n")
    assert [p.line for p in problems] == [3] and problems[0].fix is None

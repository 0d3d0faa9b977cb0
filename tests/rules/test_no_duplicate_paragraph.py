from postlint.config import resolve
from postlint.engine import lint
from postlint.fixer import apply
from postlint.source import Source

RULE = "no-duplicate-paragraph"

P1 = "週末に近所の川沿いを歩いて、桜のつぼみがふくらみ始めているのを見つけました。"
P2 = "帰り道にパン屋へ寄ると、焼きたての食パンが棚に並んでいて思わず二斤買いました。"
P3 = "来月は友人と少し遠くの山へ出かけて、山頂でゆっくりお弁当を食べる予定です。"
# P1 with two words changed: about 90% the same
P1_EDIT = "週末に近所の川沿いを散歩して、桜のつぼみがふくらみ始めているのを見つけました。"
LONG = "この段落は長めに書いてあり、途中でいくつかの言葉を入れ替えても全体の流れはほとんど変わらないように作ってあります。"
LONG_EDIT = "この段落はかなり長めに書いてあり、途中でいくつかの語句を入れ替えても全体の流れはほとんど変わらないように作ってあります。"

VALID = [
    # a closing paragraph that says it repeats the opening one on purpose
    "今日は私の誕生日です。お祝いの言葉をたくさんください！\n\n本文です。\n\n"
    "もう一度、今日は私の誕生日です。お祝いの言葉をたくさんください！\n",
    # a lead-in by its wording (以下です) with what it shows on its next line, near the same twice
    "実際に表示した例は以下です。\n![img](sample.png =x200)\n\n本文です。\n\n"
    "実際に表示した例は以下です。\n![img](sample.png =200x200)\n",
    # a lead-in by its wording (次のように), with a caption between it and the code
    "入れ子の書き方を使えば、次のようにもっと短く記述できます。\n\n▼ 例その一\n\n```css\na {}\n```\n\n"
    "入れ子の書き方を使えば、次のようにもっと短く記述できます。\n\n▼ 例その二\n\n```css\nb {}\n```\n",
    # a reference's parallel entries, each right under its own heading
    "### 加算の演算子\n\n二つの数値を足す演算子です。左の値に右の値を足した結果の数を返します。\n\n"
    "### 減算の演算子\n\n二つの数値を引く演算子です。左の値から右の値を引いた結果の数を返します。\n",
    # the same lead-in before two code blocks
    "設定ファイルの中身を、次のように書いたのと同じ結果になります。\n\n```\na: 1\n```\n\n"
    "設定ファイルの中身を、次のように書いたのと同じ結果になります。\n\n```\nb: 2\n```\n",
    # a list item quoted to discuss it; a quotation that opens and closes a post
    "問題は次の二つです。\n\n- 設定が画面の中にしか存在せず、すべてを文字列で持つしかない\n- 更新する箇所が増えると表示の処理が複雑になる\n\n"
    "> 設定が画面の中にしか存在せず、すべてを文字列で持つしかない\n\nモデルを持てば解けます。\n",
    "> 小さく始めて、長く続けること。それが一番の近道だと思います。\n\n本文です。\n\n"
    "> 小さく始めて、長く続けること。それが一番の近道だと思います。\n",
    # a definition list's entries (kramdown): a tool named in the text and again in the list of links
    "**画像を一覧で表示する拡張機能のツール**\n:   <https://example.com/tool>\n\n本文です。\n\n"
    "**画像を一覧で表示する拡張機能のツール**\n:   <https://example.com/tool>\n",
    # two lead-ins alike, each over its own list, are parallel (what it gives, what it does not)
    "この手引きでは、次のような内容をまとめて提供しています。\n\n- 書き方\n\n"
    "この手引きでは、次のような内容はまとめて提供しません。\n\n- 法務\n",
    # MDX: the text of an element alone in a paragraph is a paragraph inside it, not a repeat
    {"text": "<Checkpoint>\n  <span slot=\"title\">コピーと貼り付けを禁止しない設定にしておいてください</span>\n</Checkpoint>\n",
     "ext": ".mdx"},
    # Jekyll's highlight blocks are code, and kramdown's attribute lines syntax
    "設定は次のとおりです。\n{:.filename}\n{% highlight bash %}\ntheme \"ThemeName\" # 好きなテーマの名前を書く\n{% endhighlight %}\n\n"
    "別の設定は次のとおりです。\n{:.filename}\n{% highlight bash %}\ntheme \"ThemeName\" # 好きなテーマの名前を書く\n{% endhighlight %}\n",
    f"{P1}\n\n{P2}\n\n{P3}\n",
    # short paragraphs may repeat
    "以上です。\n\n以上です。\n",
    # headings and code are not paragraphs
    f"# {P1}\n\n## {P1}\n",
    f"```\n{P1}\n```\n\n```\n{P1}\n```\n",
    # list items repeating list items: a recap, not a duplicate
    f"- {P1}\n- {P2}\n\n本文です。\n\n- {P1}\n",
    # a list item is never a near duplicate
    f"{P1}\n\n- {P1_EDIT}\n",
    # link-only paragraphs (a link card, a link list) repeat on purpose
    "[川沿いの桜並木と季節の移り変わりについてのまとめ](https://example.com/a)\n\n"
    "[川沿いの桜並木と季節の移り変わりについてのまとめ](https://example.com/a)\n",
    # different inline code: two different things described alike
    "配列の末尾へ要素を追加するには`push`メソッドが利用できます。\n\n"
    "配列の先頭へ要素を追加するには`unshift`メソッドが利用できます。\n",
    # one name in Latin letters put for another: two tools described alike
    "Renovate による依存関係の更新は、設定ファイルに書いたものが対象となります。\n\n"
    "Dependabot による依存関係の更新は、設定ファイルに書いたものが対象となります。\n",
    # one figure put for another (and the subject reworded): two results of a calculation
    "この例の世帯では、一年間の電気代の合計は148,200円になります。\n\n"
    "この例の世帯では、一年間のガス代の合計は61,900円になります。\n",
    # one term put for another, the rest word for word: two settings described alike
    "そのパソコンで使う既定のメールアドレスを設定するには、次のようにします。\n\n"
    "そのパソコンで使う既定のGnuPG署名キーを設定するには、次のようにします。\n",
    # different bold text: a refrain that stresses what changes
    "英語を話せるようになるということは、「**友人の輪が広がる**」ということです。\n\n"
    "英語を話せるようになるということは、「**仕事の幅が広がる**」ということです。\n",
    # images whose address holds a template tag (Markdown reads them as text): a photo series
    "![川沿いの桜その一]({{ site.baseurl }}/images/2024/04/sakura_01.jpg)\n\n"
    "![川沿いの桜その二]({{ site.baseurl }}/images/2024/04/sakura_02.jpg)\n",
    # a Hugo shortcode whose closing line Markdown reads as a block quote ("   >}}"), twice
    '{{< google-maps\n   url="https://www.google.com/maps/embed?pb=1m18-1m12-1m3"\n   >}}\n\n本文です。\n\n'
    '{{< google-maps\n   url="https://www.google.com/maps/embed?pb=1m18-1m12-1m3"\n   >}}\n',
    # Hatena Blog's photo, product and link card embeds: a photo series
    "[f:id:hanako:20240401093015j:plain]\n\n[f:id:hanako:20240401093122j:plain:alt=川沿いの桜]\n\n"
    "[asin:4000000001:detail]\n\n[asin:4000000002:detail]\n\n"
    "[https://example.com/a:embed:cite]\n\n[https://example.com/b:embed:cite]\n",
    # TeX formulas: the steps of a calculation
    "$$(a+b)^2 = a^2 + 2ab + b^2 = 4 + 12 + 9 = 25$$\n\n$$(a+b)^2 = a^2 + 2ab + b^2 = 4 + 12 + 9$$\n",
    # bold-only lines are headings in disguise
    f"**{P1}**\n\n**{P1}**\n",
    {"text": f"{P1}\n\n{P1_EDIT}\n", "options": {"threshold": 0.97}},
    {"text": f"{P1}\n\n{P1}\n", "options": {"minLength": 60}},
]

INVALID = [
    {"text": f"{P1}\n\n{P2}\n\n{P1}\n",
     "errors": [{"line": 5, "column": 1, "message": "same as the paragraph at line 1"}]},
    # white space and full-width letters do not hide a copy
    {"text": "AIの導入で、作業の手順を一から見直すことになりました。\n\n"
             "ＡＩの導入で、作業の手順を\n一から見直すことになりました。\n",
     "errors": [{"line": 3, "column": 1, "message": "line 1"}]},
    # inside a list or a quote too
    {"text": f"{P1}\n\n- {P1}\n", "errors": [{"line": 3, "column": 3, "message": "line 1"}]},
    {"text": f"{P1}\n\n> {P1}\n", "errors": [{"line": 3, "column": 3, "message": "line 1"}]},
    {"text": f"{P1}\n\n{P2}\n\n{P1_EDIT}\n",
     "errors": [{"line": 5, "column": 1, "message": "nearly the same (9"}]},
    {"text": f"{LONG}\n\n{P2}\n\n{LONG_EDIT}\n", "errors": [{"line": 5, "message": "as the paragraph at line 1"}]},
    # one report per repeat, each naming the first
    {"text": f"{P1}\n\n{P1}\n\n{P1}\n", "errors": [{"line": 3, "message": "line 1"}, {"line": 5, "message": "line 1"}]},
    {"text": f"---\ntitle: t\n---\n{P3}\n\n{P3}\n", "errors": [{"line": 6, "message": "line 4"}]},
    {"text": f"{P1}\n\n{P1_EDIT}\n", "options": {"threshold": 0.5}, "errors": [{"line": 3}]},
    # the same bold text in both: still a near duplicate
    {"text": f"**注意**: {P1}\n\n**注意**: {P1_EDIT}\n", "errors": [{"line": 3, "message": "nearly the same"}]},
    # reworded (particles, endings changed with the term): a draft beside its rewrite
    {"text": "既定のメールアドレスを設定するには、次のようにします。この設定はファイルに保存されます。\n\n"
             "既定のメールアドレスを設定したいなら、次のようにします。この設定はファイルに保存されます。\n",
     "errors": [{"line": 3, "message": "nearly the same"}]},
    # a name in Latin letters only added (a recap naming the service too): still a near duplicate
    {"text": "ここまでで、自動で作るリリースノートを使った流れを紹介しました。\n\n"
             "GitHub で自動で作るリリースノートを使った流れを紹介しました。\n",
     "errors": [{"line": 3, "message": "nearly the same"}]},
    # a figure only added (the recap gives the total too): still a near duplicate
    {"text": "この例の世帯では、一年間の電気代の合計がいちばん大きな出費になります。\n\n"
             "この例の世帯では、一年間の電気代の合計148,200円がいちばん大きな出費になります。\n",
     "errors": [{"line": 3, "message": "nearly the same"}]},
    # a template tag in a paragraph with prose around it does not hide a copy
    {"text": f"{P1}![写真]({{{{ site.baseurl }}}}/a.jpg)\n\n{P1}![写真]({{{{ site.baseurl }}}}/a.jpg)\n",
     "errors": [{"line": 3, "message": "same as the paragraph at line 1"}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def _fix(text):
    problems = lint(Source.from_text(text, "post.md"), resolve({"rules": {RULE: True}}))
    fixes = [p.fix for p in problems if p.fix is not None]
    assert fixes and not any(f.safe for f in fixes), "exact duplicates carry a suggestion only"
    return apply(text, fixes)[0]


def test_suggestion_removes_the_repeat_and_its_blank_line():
    assert _fix(f"{P1}\n\n{P2}\n\n{P1}\n\n{P3}\n") == f"{P1}\n\n{P2}\n\n{P3}\n"
    assert _fix(f"{P1}\n\n{P2}\n\n{P1}\n") == f"{P1}\n\n{P2}\n"
    assert _fix(f"{P1}\n\n- {P1}\n- {P2}\n") == f"{P1}\n\n- {P2}\n"
    assert _fix(f"{P1}\n\n> {P1}\n\n{P3}\n") == f"{P1}\n\n{P3}\n"
    assert _fix(f"{P1}\r\n\r\n{P1}\r\n\r\n{P3}\r\n") == f"{P1}\r\n\r\n{P3}\r\n"


def test_near_duplicates_carry_no_fix():
    problems = lint(Source.from_text(f"{P1}\n\n{P1_EDIT}\n", "post.md"), resolve({"rules": {RULE: True}}))
    assert len(problems) == 1 and problems[0].fix is None

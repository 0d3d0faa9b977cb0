import pytest

from postlint.markdown import parse
from postlint.source import Source


def tree(text):
    src = Source.from_text(text)
    return src, parse(src)


def raw(src, node):
    return src.text[node.start:node.end]


def test_front_matter_becomes_a_yaml_node_and_the_body_keeps_file_offsets():
    src, doc = tree("---\ntitle: 題名\n---\n\n本文です。\n")
    yaml_node, para = doc.children
    assert yaml_node.type == "Yaml" and yaml_node.data["value"] == {"title": "題名"}
    assert para.type == "Paragraph" and raw(src, para) == "本文です。"
    assert src.position(para.start) == (5, 0)


def test_soft_line_breaks_stay_in_one_str_and_inline_nodes_are_typed():
    src, doc = tree("一行目\n二行目の`code`と[リンク](https://example.com)です。\n")
    para = doc.children[0]
    assert [c.type for c in para.children] == ["Str", "Code", "Str", "Link", "Str"]
    assert raw(src, para.children[0]) == "一行目\n二行目の"
    assert para.children[3].data["url"] == "https://example.com"


def test_an_escaped_character_stays_in_its_text_node_with_its_backslash():
    # mdast has one text node, from the backslash on; its value drops the backslash
    from postlint.text import plain_text

    src, doc = tree("\\(注\\)の\\*印と\\\\記号\n")
    para = doc.children[0]
    assert [(c.type, raw(src, c)) for c in para.children] == [("Str", "\\(注\\)の\\*印と\\\\記号")]
    plain = plain_text(para, src.text)
    assert plain.text == "(注)の*印と\\記号"
    assert [src.text[plain.to_source(i)] for i in range(len(plain.text))] == list(plain.text)


def test_a_footnote_call_before_parentheses_is_a_call_as_in_textlint():
    # pulldown-cmark reads links with the text "^1"; micromark reads the footnote call, and
    # "[^x]" of no footnote as text
    src, doc = tree("端末[^2](今後の[^1]発展)です。注[^x](y)と[^ab*c*](u)\n\n[^1]: 一\n[^2]: 二\n")
    para = doc.children[0]
    assert [(c.type, raw(src, c)) for c in para.children] == [
        ("Str", "端末"), ("FootnoteReference", "[^2]"), ("Str", "(今後の"), ("FootnoteReference", "[^1]"),
        ("Str", "発展)です。注[^x](y)と[^ab"), ("Emphasis", "*c*"), ("Str", "](u)")]


@pytest.mark.parametrize("text, expected", [
    ("注 ^[補足です] 本文。", [("Str", "注 "), ("footnote", "^[補足です]", [("Str", "補足です")]), ("Str", " 本文。")]),
    # markup inside; the first "]" closes it, a "[" inside or not; empty
    ("a ^[x **b** `]` y] ^[c[d] e] ^[]", [
        ("Str", "a "), ("footnote", "^[x **b** `]` y]", [("Str", "x "), ("Strong", "**b**"), ("Str", " "),
                                                         ("Code", "`]`"), ("Str", " y")]),
        ("Str", " "), ("footnote", "^[c[d]", [("Str", "c[d")]), ("Str", " e] "), ("footnote", "^[]", [])]),
    # a note inside a note; an unclosed one around a note; a bare URL's brackets are the URL's
    ("^[外 ^[内] 外] 後", [("footnote", "^[外 ^[内] 外]", [("Str", "外 "), ("footnote", "^[内]"), ("Str", " 外")]),
                        ("Str", " 後")]),
    ("^[閉じない ^[内]", [("Str", "^[閉じない "), ("footnote", "^[内]", [("Str", "内")])]),
    ("^[注 www.example.com/a[1] です] 後 http://example.com/^[x]", [
        ("footnote", "^[注 www.example.com/a[1] です]", [("Str", "注 www.example.com/a[1] です")]),
        ("Str", " 後 http://example.com/^[x]")]),
    # escaped, or never closed: text
    ("\\^[注] ^[閉じない", [("Str", "\\^[注] ^[閉じない")]),
])
def test_an_inline_footnote_is_a_footnote_node_as_in_textlint(text, expected):
    # textlint's parser (micromark with inline notes, as Zenn and Pandoc write them) makes a
    # "footnote" node; its brackets are in no text node, so no rule reads them as text
    src, doc = tree(text + "\n")

    def shape(node):
        if node.type == "footnote":
            return (node.type, raw(src, node), [(c.type, raw(src, c)) for c in node.children])
        return (node.type, raw(src, node))

    assert [shape(c) for c in doc.children[0].children] == expected


@pytest.mark.parametrize("text, expected", [
    # no closing fence: the block runs to its container's end, blank lines and line break included
    ("- 項目\n  ```\n  code\n\n次の段落\n",
     [("List", "- 項目\n  ```\n  code\n\n"), ("CodeBlock", "```\n  code\n\n", "code\n")]),
    ("> ```\n> code\n\n後\n", [("BlockQuote", "> ```\n> code\n"), ("CodeBlock", "```\n> code\n", "code"),
                                 ("Paragraph", "後")]),
    ("```\ncode\n", [("CodeBlock", "```\ncode\n", "code")]),
    # a closed fence ends before its line break
    ("```\ncode\n```\n", [("CodeBlock", "```\ncode\n```", "code")]),
    # a last line that cannot close the block is code: too short, another character,
    # an info string, indented four columns
    ("````\ncode\n```\n", [("CodeBlock", "````\ncode\n```\n", "code\n```")]),
    ("> ```\n> code\n> ~~~\n", [("CodeBlock", "```\n> code\n> ~~~\n", "code\n~~~")]),
    ("```\ncode\n```js\n", [("CodeBlock", "```\ncode\n```js\n", "code\n```js")]),
    ("```\ncode\n    ```\n", [("CodeBlock", "```\ncode\n    ```\n", "code\n    ```")]),
    ("- ```\n  code\n  ````  \n", [("CodeBlock", "```\n  code\n  ````  ", "code")]),
    # an opening fence alone takes its line break
    ("本文\n\n```\n", [("CodeBlock", "```\n", "")]),
])
def test_a_code_block_without_a_closing_fence_ends_as_in_textlint(text, expected):
    src, doc = tree(text)
    kinds = {kind for kind, *_ in expected}
    found = [(n.type, raw(src, n), n.data["value"]) if n.type == "CodeBlock" else (n.type, raw(src, n))
             for n in doc.walk() if n.type in kinds]
    assert found == expected


def test_tight_list_items_get_a_paragraph_like_textlint():
    src, doc = tree("- 項目その一\n- 項目その二\n")
    items = doc.children[0].children
    assert [i.type for i in items] == ["ListItem", "ListItem"]
    assert [c.type for c in items[0].children] == ["Paragraph"]
    assert raw(src, items[1].children[0]) == "項目その二"


def test_headings_code_blocks_quotes_and_tables():
    text = "## 見出し\n\n```py\nx = 1\n```\n\n> 引用です。\n\n| a | b |\n|---|---|\n| c | d |\n"
    src, doc = tree(text)
    types = [n.type for n in doc.children]
    assert types == ["Header", "CodeBlock", "BlockQuote", "Table"]
    assert doc.children[0].data["depth"] == 2 and raw(src, doc.children[0]) == "## 見出し"
    assert doc.children[1].data == {"lang": "py", "value": "x = 1"}
    assert [n.type for n in doc.children[3].walk()].count("TableCell") == 4


def test_table_cells_take_their_pipes_as_in_textlint():
    # a cell runs from where the one before it ends to just after its closing pipe; a row
    # with fewer cells than the header has no empty cells added
    src, doc = tree("品目 | 値段\n---|---\n| りんご |  百円  |\n|みかん||\n| ぶどう |\n")
    rows = [[raw(src, c) for c in row.children] for row in doc.children[0].children]
    assert rows == [["品目 |", " 値段"], ["| りんご |", "  百円  |"], ["|みかん|", "|"], ["| ぶどう |"]]


def test_cells_past_the_header_columns_are_kept_as_in_textlint():
    # pulldown-cmark drops them; micromark keeps them, and textlint's rules read their text
    src, doc = tree("| 品目 | 値段 |\n|---|---|\n| りんご | 百円 | 旬は**秋**！ | | 北 \\| 南 |  \n")
    row = doc.children[0].children[1]
    assert [raw(src, c) for c in row.children] == ["| りんご |", " 百円 |", " 旬は**秋**！ |", " |", " 北 \\| 南 |"]
    assert [(n.type, raw(src, n)) for n in row.children[2].walk()][1:] == [
        ("Str", "旬は"), ("Strong", "**秋**"), ("Str", "秋"), ("Str", "！")]
    assert row.children[3].children == []


def test_a_cell_past_the_header_columns_that_looks_like_a_block_is_text():
    src, doc = tree("|a|b|\n|-|-|\n|1|2|# 見出しではない|- 項目でもない\n")
    cells = doc.children[0].children[1].children[2:]
    assert [[(n.type, raw(src, n)) for n in c.children] for c in cells] == [
        [("Str", "# 見出しではない")], [("Str", "- 項目でもない")]]


@pytest.mark.parametrize("text, types", [
    # the bare URL runs to the white space and takes the closing "**" in: no strong text
    ("詳しくは**https://example.com**を参照！", ["Str"]),
    ("詳しくは*https://example.com/a*を参照", ["Str"]),
    # "**" before white space is trailing punctuation, not the URL's: the strong text stays
    ("詳しくは**https://example.com** を参照", ["Str", "Strong", "Str"]),
    # no bare URL inside a link's text
    ("[**https://example.com/a**](https://example.org)を参照", ["Link", "Str"]),
    # inline code and emphasis that start inside the URL are its text too
    ("URLはhttps://example.com`code`です", ["Str"]),
    ("URLはhttps://example.com**a**です", ["Str"]),
    ("URLは https://example.com/a`b` です", ["Str"]),
    ("URLは https://example.com `code` です", ["Str", "Code", "Str"]),
    # so are a link and an image
    ("URLはhttps://example.com/a![図](b.png)です", ["Str"]),
    # a backslash the URL takes in breaks no line
    ("URLはhttps://example.com/a\\\n次の行です", ["Str"]),
    ("URLはhttps://example.com/a \\\n次の行です", ["Str", "Break", "Str"]),
])
def test_markup_a_bare_url_runs_into_is_text_as_in_textlint(text, types):
    src, doc = tree(text + "\n")
    assert [c.type for c in doc.children[0].children] == types


@pytest.mark.parametrize("text, blocks", [
    # micromark lets a table whose header has no leading pipe interrupt a paragraph
    ("前置きの文です。\n項目 | 値\n--|--\n幅 | 三\n", [("Paragraph", "前置きの文です。"), ("Table", "項目 | 値")]),
    ("> 引用の文です。\n> 項目 | 値\n> --|--\n", [("Paragraph", "引用の文です。"), ("Table", "項目 | 値")]),
    ("- 項目の文です。\n  項目 | 値\n  --|--\n", [("Paragraph", "項目の文です。"), ("Table", "項目 | 値")]),
    # not a table: the header's cells are not the delimiter row's
    ("前置きの文です。\n項目 | 値 | 単位\n--|--\n", [("Paragraph", "前置きの文です。")]),
    # one column with a pipe missing in the head or the delimiter row: remark reads a table,
    # pulldown-cmark a paragraph; the table's rows run to the paragraph's end
    ("前置きの文です。\n項目\n|--\n", [("Paragraph", "前置きの文です。"), ("Table", "項目")]),
    ("前置きの文です。\n項目\n|--\n本文の行です。\n項目 | 値\n--|--\n",
     [("Paragraph", "前置きの文です。"), ("Table", "項目")]),
    ("項目 |\n:--\n一行目です。\n", [("Table", "項目 |")]),
    ("項目\n---\n", []),  # a setext heading, in both
    # in a quote or list one such stays a paragraph (see the README)
    ("> 引用の文です。\n> 項目\n> :--\n", [("Paragraph", "引用の文です。")]),
])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_table_interrupts_a_paragraph_as_in_textlint(text, blocks, newline):
    src, doc = tree(text.replace("\n", newline))
    found = [(n.type, raw(src, n).split(newline)[0]) for n in doc.walk() if n.type in ("Paragraph", "Table")]
    assert found == blocks


def test_offsets_are_characters_not_bytes():
    src, doc = tree("😀日本語の**強調**です。\n")
    strong = doc.children[0].children[1]
    assert strong.type == "Strong" and raw(src, strong) == "**強調**"


def test_plain_text_files_are_a_paragraph_per_line_as_in_textlint():
    src = Source.from_text("一段落目。\r\n続き https://example.com?a=1 も。\n\n  \n二段落目。", "post.txt")
    doc = parse(src, plain=True)
    assert [(n.type, raw(src, n)) for n in doc.children] == [
        ("Paragraph", "一段落目。"), ("Break", "\r\n"), ("Paragraph", "続き https://example.com?a=1 も。"),
        ("Break", "\n"), ("Break", "\n"), ("Paragraph", "  "), ("Break", "\n"), ("Paragraph", "二段落目。")]
    # no Markdown, not even a bare URL's link: "?" ends a sentence, as textlint's splitter reads it
    from postlint.text import sentences
    assert [s.text for s in sentences(doc.children[2], src.text)] == ["続き https://example.com?", "a=1 も。"]


def test_unterminated_front_matter_is_reported_not_swallowed():
    src, doc = tree("---\ntitle: x\n本文\n")
    assert doc.children[0].type == "Yaml"
    assert "never closed" in doc.children[0].data["error"][0]


@pytest.mark.parametrize("text, body", [
    ('{\n  "title": "題"\n}\n本文です。\n', "本文です。"),                   # Hugo
    (';;;\n"title": "題"\n;;;\n本文です。\n', "本文です。"),                 # Hexo
    ('"title": "題"\n;;;\n本文です。\n', "本文です。"),                       # Hexo, no opener
    ('"title": "題"\r\n;;;\r\n本文です。\r\n', "本文です。"),                 # ... with CRLF
])
def test_json_front_matter_becomes_a_yaml_node(text, body):
    src, doc = tree(text)
    yaml_node, para = doc.children
    assert yaml_node.data["format"] == "json" and yaml_node.data["value"] == {"title": "題"}
    assert raw(src, para) == body


@pytest.mark.parametrize("text", [
    "{{< figure src=\"a.png\" >}}\n本文です。\n",  # a Hugo shortcode opens the body
    "{% raw %}\n本文です。\n",                     # a Liquid tag
    "本文です。\n;;;\n続きです。\n",                  # prose above a ;;; line
    '"引用" と書きました。\n;;;\n',                 # a quotation, not a "key":
])
def test_prose_is_not_taken_for_json_front_matter(text):
    src, doc = tree(text)
    assert all(node.type != "Yaml" for node in doc.children)


@pytest.mark.parametrize("text, value", [
    ("title: 港の朝\ndate: 2014-05-01\n---\n本文です。\n", {"title": "港の朝", "date": "2014-05-01"}),
    ("title: 港の朝\r\ntags:\r\n- 旅\r\n  # 旅の記録\r\n---\r\n本文です。\r\n", {"title": "港の朝", "tags": ["旅"]}),
    ("title: 港の朝\n-----\n本文です。\n", {"title": "港の朝"}),  # one key front matter has
])
def test_hexo_yaml_without_an_opening_line_is_front_matter(text, value):
    src, doc = tree(text)
    yaml_node, para = doc.children
    value = {k: str(v) if k == "date" else v for k, v in value.items()}
    got = {k: str(v) if k == "date" else v for k, v in yaml_node.data["value"].items()}
    assert (yaml_node.data["format"], got) == ("yaml", value)
    assert yaml_node.data["keys"]["title"] == (0, 5)
    assert raw(src, para) == "本文です。"


@pytest.mark.parametrize("text", [
    "Update: 二〇二四年版\n---\n本文です。\n",       # a heading: one key no front matter has
    "title: 港の朝\n\n本文です。\n---\n",           # prose above the line
    "注意: 本文です。\n---\n",                       # not a YAML key of Hexo's
    "title: [閉じない\nnote: x\n---\n本文です。\n",   # not YAML
    "key: x\n" + "  \n" * 60 + "本文です。\n",     # no dashes (this once took 2**60 steps to say so)
])
def test_a_heading_or_prose_above_dashes_is_not_front_matter(text):
    src, doc = tree(text)
    assert all(node.type != "Yaml" for node in doc.children)


def test_a_leading_thematic_break_is_not_front_matter():
    src, doc = tree("---\n\n本文です。\n")
    assert doc.children[0].type != "Yaml"


def test_a_bare_cr_ends_a_line_as_lf_does():
    """CommonMark's line endings are LF, CRLF and CR; the tree of a classic-Mac file is the
    tree of the same text with LF, at the same offsets."""
    def shape(text):
        return [(n.type, n.start, n.end) for n in tree(text)[1].walk()]

    for text in ("    コード\r続きの段落です。\r", "# 題\r\r本文です。\r\r- 項目\r"):
        assert shape(text) == shape(text.replace("\r", "\n"))


def test_a_closing_fence_followed_by_a_tab_closes_the_code_block():
    # CommonMark and remark close it; pulldown-cmark alone would make the rest of the file code
    for text in ("```\nx = 1\n```\t\n\n本文です。\n", "~~~\nx = 1\n~~~ \t \r\n\n本文です。\n",
                 "> ```\n> x = 1\n> ```\t\n\n本文です。\n", "- 項目\n\n  ```\n  x = 1\n  ```\t\n\n本文です。\n"):
        src, doc = tree(text)
        para = doc.children[-1]
        assert (para.type, raw(src, para)) == ("Paragraph", "本文です。"), text
    src, doc = tree("```\t\nx\t= 1\n```\t\n")
    assert [n.type for n in doc.children] == ["CodeBlock"]
    assert doc.children[0].data["value"] == "x\t= 1"  # the code as written


def test_a_lazy_line_starts_a_paragraph_of_its_own_as_in_textlint():
    """textlint's parser does not continue a top-level block quote, list item or footnote on
    a line without its marker or indentation (CommonMark's lazy continuation line); the tree
    follows it, with offsets into the file unchanged (the shapes checked against textlint 15.8)."""
    text = ("> 引用の😀一行目\r\n続く行\r\n\r\n1. 一つ目\r\n   二行目\r\nそして三行目\r\n\r\n"
            "[^注]: 脚注の本文\r\n[参考]: https://example.com\r\n\r\n本文[^注]と[参考][]。\r\n")
    doc = parse(Source.from_text(text))
    shown = [(n.type, text[n.start:n.end]) for n in doc.children]
    assert shown == [("BlockQuote", "> 引用の😀一行目"), ("Paragraph", "続く行"),
                     ("List", "1. 一つ目\r\n   二行目"), ("Paragraph", "そして三行目"),
                     ("FootnoteDefinition", "[^注]: 脚注の本文"), ("Paragraph", "本文[^注]と[参考][]。")]
    # the definition after the footnote is one: [参考][] is a link, not text
    assert [text[n.start:n.end] for n in doc.children[-1].children if n.type == "Link"] == ["[参考][]"]
    # inside a quote, the quote's lines keep their markers: nothing changes there
    nested = "> - 項目\n>   続き\n\n- 項目\n  続き\n"
    assert [nested[n.start:n.end] for n in parse(Source.from_text(nested)).children] == \
        ["> - 項目\n>   続き", "- 項目\n  続き"]


@pytest.mark.parametrize("text, blocks", [
    # a tab after the marker reaches the next tab stop: the item's text starts at column 4
    ("1.\t一つ目です。\n   続く行です。\n", ["List", "Paragraph"]),
    ("1.\t一つ目です。\n    続く行です。\n", ["List"]),
    ("- \t項目です。\n  続く行です。\n", ["List", "Paragraph"]),
])
def test_a_tab_after_a_list_marker_sets_the_items_indentation(text, blocks):
    assert [n.type for n in parse(Source.from_text(text)).children] == blocks


def _paragraphs(text: str) -> list[str]:
    return [text[n.start:n.end] for n in parse(Source.from_text(text)).walk() if n.type == "Paragraph"]


def test_a_lazy_line_in_a_nested_container_continues_the_container_around_it():
    """A lazy line ends the innermost containers it lacks the marker or indentation of, and
    starts a paragraph in the one around them, as textlint's parser reads it (each shape
    checked against textlint 15.8's tree)."""
    nested_item = "- 外の項目\n  - 中の項目\n  続く行\n"
    doc = parse(Source.from_text(nested_item))
    outer = doc.children[0].children[0]
    assert [(n.type, nested_item[n.start:n.end]) for n in outer.children] == \
        [("Paragraph", "外の項目"), ("List", "- 中の項目"), ("Paragraph", "続く行")]
    # the quote's marker stays: the line leaves the item, not the quote
    quoted = "> - 項目\n> 続く行\n"
    quote = parse(Source.from_text(quoted)).children[0]
    assert [n.type for n in quote.children] == ["List", "Paragraph"]
    assert _paragraphs(quoted) == ["項目", "続く行"]
    # a quote inside an item: the line keeps the item's indentation, not the quote's marker
    assert _paragraphs("- > 引用\n  続く行\n") == ["引用", "続く行"]
    # two levels down, tabs as indentation
    assert _paragraphs("1. 一つ目\n\t- 中\n\t  - 奥\n\t続く行\n") == ["一つ目", "中", "奥", "続く行"]


@pytest.mark.parametrize("text, paragraphs", [
    # after a line indented four columns or more past the item's text, textlint's parser takes
    # one lazy line into the paragraph (each shape checked against textlint 15.8's tree)
    ("- 項目\n      深い行\n続く行\n", ["項目\n      深い行\n続く行"]),
    ("- 項目\n      深い行\n続く行\nその次\n", ["項目\n      深い行\n続く行", "その次"]),
    ("> 引用\n>     深い行\n続く行\n", ["引用\n>     深い行\n続く行"]),
    ("2. 設計\n\t- 分類\n\t\t\t- 「名称」という手順\n3.表現する\n", ["設計", "分類\n\t\t\t- 「名称」という手順\n3.表現する"]),
    # three columns past it are not enough
    ("- 項目\n     浅い行\n続く行\n", ["項目\n     浅い行", "続く行"]),
])
def test_a_lazy_line_after_a_deeply_indented_line_stays_in_the_paragraph(text, paragraphs):
    assert _paragraphs(text) == paragraphs


def test_lazy_lines_are_settled_one_at_a_time():
    """A line that ends a list item can change what the lines after it are: here 「2.」 can
    no longer start a list (an ordered list that interrupts a paragraph starts at 1), so the
    lines after it are one paragraph, as in textlint, not three."""
    text = "1. 一つ目  \nここから続く。  \n2. 二つ目  \nまた続く。  \n3. 三つ目\n"
    assert _paragraphs(text) == ["一つ目  ", text[text.index("ここ"):text.index("三つ目") + 3]]
    # many lazy lines in a row: each is a paragraph of its own after its quote
    quotes = "".join(f"> 引用{i}\n続く{i}\n" for i in range(40))
    assert _paragraphs(quotes) == [f"{kind}{i}" for i in range(40) for kind in ("引用", "続く")]


@pytest.mark.parametrize("text, strong", [
    # each checked against textlint 15.8's tree: a symbol beside ** is no punctuation there
    ("**重要😀**です。", "**重要😀**"),
    ("**★注意**です。", "**★注意**"),
    ("これは**→次へ**から。", "**→次へ**"),
    ("**©**です", "**©**"),
])
def test_a_symbol_beside_emphasis_markers_reads_as_in_textlint(text, strong):
    src, doc = tree(text)
    found = [raw(src, n) for n in doc.walk() if n.type == "Strong"]
    assert found == [strong]
    assert "**" not in "".join(raw(src, n) for n in doc.walk() if n.type == "Str")


def test_symbols_read_as_letters_keep_code_and_urls_as_written():
    text = "`**★**` と [**★**](https://example.com/★*) と **★**です"
    src, doc = tree(text)
    assert [n.data["value"] for n in doc.walk() if n.type == "Code"] == ["**★**"]
    assert [n.data["url"] for n in doc.walk() if n.type == "Link"] == ["https://example.com/★*"]
    assert [raw(src, n) for n in doc.walk() if n.type == "Strong"] == ["**★**", "**★**"]


def test_a_table_whose_delimiter_row_holds_tabs_is_a_table():
    # GFM and textlint's parser allow tabs between the dashes and the pipes; pulldown-cmark
    # alone read these lines as a paragraph
    text = "| 名前 \t| 例 |\n|------\t|----\t|\n| 十進数 \t| 42 |\n"
    src, doc = tree(text)
    assert [n.type for n in doc.children] == ["Table"]
    cells = [raw(src, n) for n in doc.walk() if n.type == "TableCell"]
    assert "十進数" in cells[2] and "42" in cells[3]
    # a row of dashes with a tab but no pipe is not a table's (a thematic break here)
    src, doc = tree("本文\n\n---\t---\n")
    assert [n.type for n in doc.children] == ["Paragraph", "HorizontalRule"]


def test_parsing_again_for_lazy_lines_leaves_no_cyclic_garbage():
    """A lint pauses the cyclic collector (engine.lint): a tree parsed again, or the walk that
    finds lazy lines, must be freed by reference counting, not kept until a full collection."""
    import gc

    text = "> 引用\n続き\n\n- 外\n  - 中\n  続き\n\n1. 一つ目  \nここから  \n2. 二つ目\n"
    parse(Source.from_text(text))  # warm: imports and compiled patterns
    gc.collect()
    gc.disable()
    try:
        doc = parse(Source.from_text(text))
        doc.release()  # what the engine does after a lint
        del doc
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_list_or_quote_keeps_the_blank_lines_with_white_space_or_a_marker_after_it():
    """As textlint's parser, which tokenizes them as the container's prefix: a list's range
    runs to the end of the last such line before what follows, an item's does not (unless it
    holds such a list), and a quote keeps a following line of just ">"."""
    def ranges(text, *types):
        return [(n.type, n.start, n.end) for n in tree(text)[1].walk() if n.type in types]

    assert ranges("- 項目\n\n\t\n  \n\n本文\n", "List", "ListItem") == [("List", 0, 10), ("ListItem", 0, 4)]
    assert ranges("1. 外\n   - 内\n\n\t\n<p>x</p>\n", "List", "ListItem") == [
        ("List", 0, 14), ("ListItem", 0, 14), ("List", 8, 14), ("ListItem", 8, 11)]
    assert ranges("> 引用\n> \n\n本文\n", "BlockQuote") == [("BlockQuote", 0, 7)]
    assert ranges("- 項目\n\n本文\n", "List") == [("List", 0, 4)]


def test_a_thematic_break_ends_before_its_line_break():
    src, doc = tree("> 引用\n> ***\n- 項目\n")
    rule = doc.children[0].children[1]
    assert rule.type == "HorizontalRule" and raw(src, rule) == "***"
    assert rule.end <= doc.children[0].end


def test_a_list_ends_before_the_link_definitions_after_it():
    """pulldown-cmark's range of the list takes in the definitions, which make no node."""
    src, doc = tree("説明です。\n\n*   [項目][1]\n\n [1]: https://example.com/a \"A\"\n [2]: https://example.com/b\n")
    lst = doc.children[1]
    assert lst.type == "List" and raw(src, lst) == "*   [項目][1]"
    assert raw(src, lst.children[-1]) == "*   [項目][1]"


def test_a_paragraph_ends_after_the_blanks_of_its_last_line():
    src, doc = tree("段落です。  \n\n- 項目  \n- 次\n")
    assert [raw(src, n) for n in doc.walk() if n.type == "Paragraph"] == ["段落です。  ", "項目  ", "次"]


def test_indented_code_and_html_blocks_start_after_their_containers_prefixes():
    """As in textlint's tree: at the line's start at the top, after "> " in a quote, after the
    item's indentation in a list; an indented code block's value has no indentation."""
    text = "段落\n\n    コード\n\n  <div>x</div>\n\n> 引用\n>\n>     引用のコード\n"
    src, doc = tree(text)
    blocks = [n for n in doc.walk() if n.type in ("CodeBlock", "Html")]
    assert [raw(src, n) for n in blocks] == ["    コード", "  <div>x</div>", "    引用のコード"]
    assert [n.data["value"] for n in blocks if n.type == "CodeBlock"] == ["コード", "引用のコード"]


def test_an_html_block_in_a_quote_ends_before_the_next_lines_marker():
    src, doc = tree("> <p>\n> x</p>\n>   \n> 次\n")
    html = doc.children[0].children[0]
    assert html.type == "Html" and raw(src, html) == "<p>\n> x</p>"


def test_a_collapsed_reference_link_takes_its_empty_brackets():
    src, doc = tree("詳しくは[参考][]を見る。\n\n[参考]: https://example.com\n")
    link = doc.children[0].children[1]
    assert link.type == "Link" and raw(src, link) == "[参考][]"


def test_a_code_blocks_value_drops_its_containers_prefixes_and_its_own_indentation():
    """As textlint's parser gives it: which kind a block is comes from the parser (an indented
    block may begin with backticks); a fenced block in a list loses the item's indentation."""
    src, doc = tree("段落\n\n    ```\n    x\n")
    assert doc.children[1].data["value"] == "```\nx"
    src, doc = tree("1. 手順\n    ``` sh\n    echo a\n      echo b\n    ```\n")
    code = [n for n in doc.walk() if n.type == "CodeBlock"][0]
    assert code.data["value"] == "echo a\n  echo b"


@pytest.mark.parametrize("comment, is_html", [
    ("<!-- メモ -->", True),
    ("<!-- メモ -- 後で直す -->", False),  # "--" inside: text to micromark, a comment to CommonMark 0.31
    ("<!-- メモ --->", False),
    ("<!-->", False),
    ("<!----->", True),
])
def test_an_inline_comment_is_html_only_where_textlint_reads_one(comment, is_html):
    src, doc = tree(f"雨が降った。{comment}晴れた。\n\n{comment}\n")
    inline, block = doc.children
    assert [n.type for n in inline.children] == (["Str", "Html", "Str"] if is_html else ["Str"])
    assert block.type == "Html" and raw(src, block) == comment  # a comment block is one either way


def test_an_inline_comment_with_dashes_does_not_silence_rules():
    from postlint.config import resolve
    from postlint.engine import lint

    config = resolve({"rules": {"max-ten": {"max": 1}}, "filters": {"comments": True}})
    text = ("前置き。<!-- textlint-disable -- 理由 -->今日は、雨が降り、寒かった。\n\n<!-- textlint-disable -- 理由 -->\n\n"
            "明日は、雪が降り、もっと寒い。\n")
    assert [p.line for p in lint(Source.from_text(text), config)] == [1]


def test_a_line_tabulation_at_the_edge_of_text_stays_in_it_as_in_textlint():
    # Word's manual line break (U+000B) pasted into a post: micromark keeps it in the text,
    # pulldown-cmark trims it with the spaces at a paragraph's, heading's or cell's edge
    text = "本文\v\n次の行です。\v\n\n# \v見出し\n\n| \v | \fb |\n|---|---|\n\n\v**強調**です\v\n"
    src, doc = tree(text)
    strs = [raw(src, n) for n in doc.walk() if n.type == "Str"]
    assert strs == ["本文\v\n次の行です。\v", "\v見出し", "\v", "\fb", "\v", "強調", "です\v"]


def test_no_invalid_control_character_finds_one_in_a_table_cell():
    from postlint.config import resolve
    from postlint.engine import lint

    config = resolve({"rules": {"no-invalid-control-character": True}})
    text = "| \v | b |\n|---|---|\n| あ | い |\n"
    assert [(p.line, p.column) for p in lint(Source.from_text(text), config)] == [(1, 2)]


@pytest.mark.parametrize("text, paragraph, box", [("- [ ]\n", "[ ]", "[ ]"), ("1. [x]\n", "[x]", "[x]"),
                                                  ("* [ ] \n", "[ ] ", "[ ]")])
def test_a_task_box_with_nothing_after_it_is_the_items_text(text, paragraph, box):
    """micromark (textlint's parser) takes a box for a task's only when text follows it on
    its line; alone, it is the item's paragraph, as in textlint's tree (ranges as there)."""
    src, doc = tree(text)
    item = doc.children[0].children[0]
    assert [(n.type, raw(src, n)) for n in item.walk()][1:] == [("Paragraph", paragraph), ("Str", box)]
    src, doc = tree("- [ ] 買い物\n")
    assert [raw(src, n) for n in doc.find("Str")] == ["買い物"]


@pytest.mark.parametrize("text, strs", [
    ("- [ ]\n  牛乳を買う\n  卵も\n", ["[ ]\n  牛乳を買う\n  卵も"]),
    ("- [x]\n  **牛乳** を買う\n", ["[x]\n", "牛乳", " を買う"]),
])
def test_the_lines_after_a_lone_task_box_are_its_paragraphs(text, strs):
    """The lines after a lone box go on the paragraph it starts, as in textlint's tree."""
    src, doc = tree(text)
    assert [n.type for n in doc.children[0].children[0].children] == ["Paragraph"]
    assert [raw(src, n) for n in doc.find("Str")] == strs


@pytest.mark.parametrize("text, paragraph, first", [
    ("- [ ] 牛乳を買う\n", "牛乳を買う", ("Str", "牛乳を買う")),
    ("- [ ]  牛乳を買う\n", " 牛乳を買う", ("Str", " 牛乳を買う")),
    ("- [ ] **牛乳**を買う\n", "[ ] **牛乳**を買う", ("Strong", "**牛乳**")),
    ("- [ ]  **牛乳**を買う\n", " **牛乳**を買う", ("Str", " ")),
    ("1. [x] ![図](a.png)を直す\n", "[x] ![図](a.png)を直す", ("Image", "![図](a.png)")),
    ("- [x] ~~古い~~作業\n", "[x] ~~古い~~作業", ("Delete", "~~古い~~")),
    ("- [ ] https://example.com を読む\n", "[ ] https://example.com を読む", ("Str", "https://example.com を読む")),
    ("- [x] `make` を通す\n\n  続き\n", "[x] `make` を通す", ("Code", "`make`")),
])
def test_a_task_items_paragraph_starts_where_textlint_starts_it(text, paragraph, first):
    """textlint's parser cuts the character after the box off the paragraph's first text and
    starts the paragraph there; with no text left to cut (code, a link, a bare URL, which is
    a Link there...), the paragraph starts at the box (ranges as in textlint's tree)."""
    src, doc = tree(text)
    para = doc.children[0].children[0].children[0]
    assert raw(src, para) == paragraph
    assert (para.children[0].type, raw(src, para.children[0])) == first


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_blank_line_after_a_lone_task_box_does_not_end_the_list(newline):
    """pulldown-cmark ends an item that has only a box at a blank line; micromark does not."""
    src, doc = tree("- [x]\n\n  終わった\n- [ ] 次\n".replace("\n", newline))
    items = doc.children[0].children
    assert [(n.type, raw(src, n)) for n in items] == [
        ("ListItem", "- [x]\n\n  終わった".replace("\n", newline)), ("ListItem", "- [ ] 次")]
    assert [raw(src, p) for p in items[0].children] == ["[x]", "終わった"]

"""MDX read as textlint-plugin-mdx reads it: the tree, its errors, the config that turns it
on, and rules over it.  The expected trees were checked against textlint-plugin-mdx 1.1.0."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from postlint.config import resolve
from postlint.engine import lint, syntax_of
from postlint.markdown import parse
from postlint.mdx import MdxError
from postlint.source import Source


def tree(text: str) -> list[tuple[int, str, str]]:
    """(depth, type, text) of every node below the document."""
    out = []

    def walk(node, depth):
        for child in node.children:
            out.append((depth, child.type, text[child.start:child.end]))
            walk(child, depth + 1)

    walk(parse(Source.from_text(text), syntax="mdx"), 0)
    return out


def test_imports_exports_and_expressions_on_their_own_lines_are_code():
    text = "import Note from './note'\nexport const year = 2026\n\n# 記録\n\n{year}\n\n本文です。\n"
    assert tree(text) == [
        (0, "CodeBlock", "import Note from './note'\nexport const year = 2026"),
        (0, "Header", "# 記録"), (1, "Str", "記録"),
        (0, "CodeBlock", "{year}"),
        (0, "Paragraph", "本文です。"), (1, "Str", "本文です。"),
    ]
    doc = parse(Source.from_text(text), syntax="mdx")
    assert doc.children[2].data["value"] == "year"


def test_an_import_cannot_interrupt_a_paragraph_but_a_tag_and_an_expression_can():
    assert tree("前の文。\nimport x from 'y'\n") == [
        (0, "Paragraph", "前の文。\nimport x from 'y'"), (1, "Str", "前の文。\nimport x from 'y'")]
    assert [t for _, t, _ in tree("前の文。\n<Hr />\n{x}\n後の文。\n")] == [
        "Paragraph", "Str", "Html", "CodeBlock", "Paragraph", "Str"]


def test_an_element_on_lines_of_its_own_is_html_around_its_markdown():
    text = ('<Tabs>\n  <TabItem value="mac" label="Mac">\n    手順を**順に**進めます。\n\n'
            '    - 一つ目\n  </TabItem>\n</Tabs>\n')
    assert tree(text) == [
        (0, "Html", text[:text.rindex("</Tabs>") + 7]),
        (1, "Html", text[text.index("<TabItem"):text.index("</TabItem>") + 10]),
        (2, "Paragraph", "手順を**順に**進めます。"),
        (3, "Str", "手順を"), (3, "Strong", "**順に**"), (4, "Str", "順に"), (3, "Str", "進めます。"),
        (2, "List", "- 一つ目"), (3, "ListItem", "- 一つ目"), (4, "Paragraph", "一つ目"), (5, "Str", "一つ目"),
    ]


def test_mdx_has_no_indented_code_and_an_indented_paragraph_runs_on_lazily():
    assert tree("    字下げした段落です。\n続きの行。\n") == [
        (0, "Paragraph", "字下げした段落です。\n続きの行。"), (1, "Str", "字下げした段落です。\n続きの行。")]


def test_constructs_in_text():
    text = "値は{props.count}件、<b>太字</b>と$E=mc^2$の式{/* 注 */}。\n"
    assert tree(text) == [
        (0, "Paragraph", text.rstrip()),
        (1, "Str", "値は"), (1, "Code", "{props.count}"), (1, "Str", "件、"),
        (1, "Paragraph", "<b>太字</b>"), (2, "Str", "太字"),
        (1, "Str", "と"), (1, "inlineMath", "$E=mc^2$"), (1, "Str", "の式"), (1, "Comment", "{/* 注 */}"),
        (1, "Str", "。"),
    ]
    # in code spans, link destinations and after a backslash they are text
    assert [t for _, t, _ in tree("`{a}` と [b](https://example.com/{c}) と \\{d}\n")] == [
        "Paragraph", "Code", "Str", "Link", "Str", "Str"]


def test_an_inline_footnote_is_text_in_mdx():
    # textlint-plugin-mdx's parser has no inline notes (textlint's Markdown parser makes one)
    assert tree("注 ^[補足] です。\n") == [(0, "Paragraph", "注 ^[補足] です。"), (1, "Str", "注 ^[補足] です。")]


def test_an_ascii_colon_before_a_word_is_a_text_directive():
    """As in remark-directive: 「10:30です」 holds the directive ``:30です``, and the text a
    directive covers is no Str."""
    assert tree("開始は10:30です。比は1:2:3。URL: https://example.com\n") == [
        (0, "Paragraph", "開始は10:30です。比は1:2:3。URL: https://example.com"),
        (1, "Str", "開始は10"), (1, "TextDirective", ":30です"),
        (1, "Str", "。比は1:2"), (1, "TextDirective", ":3"),
        (1, "Str", "。URL: https://example.com"),
    ]
    assert tree("注意:読む[ラベル]{.x}まで\n")[1:] == [
        (1, "Str", "注意"), (1, "TextDirective", ":読む[ラベル]{.x}"), (2, "Str", "ラベル"), (1, "Str", "まで")]


def test_container_and_leaf_directives_and_math_blocks():
    text = ":::tip[要点]\n覚えておくこと。\n:::\n\n::youtube[動画]{#abc}\n\n$$\na^2 + b^2\n$$\n"
    assert tree(text) == [
        (0, "ContainerDirective", ":::tip[要点]\n覚えておくこと。\n:::"),
        (1, "Paragraph", "[要点]"), (2, "Str", "要点"),
        (1, "Paragraph", "覚えておくこと。"), (2, "Str", "覚えておくこと。"),
        (0, "LeafDirective", "::youtube[動画]{#abc}"), (1, "Str", "動画"),
        (0, "math", "$$\na^2 + b^2\n$$"),
    ]


def test_table_cells_end_before_the_next_pipe():
    text = "| 列 | 値 |\n|---|---|\n| a | {b} |\n"
    cells = [s for _, t, s in tree(text) if t == "TableCell"]
    assert cells == ["| 列 ", "| 値 |", "| a ", "| {b} |"]


def test_front_matter_is_yaml_only():
    assert tree("---\ntitle: 題\n---\n本文。\n")[0][1] == "Yaml"
    assert tree("+++\ntitle = 1\n+++\n")[0][1] != "Yaml"


@pytest.mark.parametrize("text, line, column, says", [
    ("本文\n\n<!-- メモ -->\n", 3, 1, "HTML comments"),
    ("詳しくは <https://example.com> へ。\n", 1, 12, "[text](url)"),
    ("<Note>\n閉じない要素。\n", 1, 0, "<Note> is never closed"),
    ("文中の<b>閉じない\n", 1, 3, "<b> is not closed"),
    ("式{a + b\n", 1, 1, "never closes"),
    ("<A>\n中\n</B>\n", 3, 0, "unexpected closing tag </B>"),
])
def test_what_mdx_refuses_is_a_parse_error_at_its_place(text, line, column, says):
    source = Source.from_text(text)
    with pytest.raises(MdxError) as error:
        parse(source, syntax="mdx")
    assert says in str(error.value) and source.position(error.value.offset) == (line, column)
    config = resolve({"plugins": {"mdx": True}, "rules": {"preset-ja-technical-writing": True}})
    [problem] = lint(Source.from_text(text, "post.mdx"), config)
    assert (problem.rule_id, problem.line, problem.column) == ("parse", line, column)


def test_the_plugin_turns_mdx_on_for_its_endings():
    on = resolve({"plugins": {"mdx": True}, "rules": {}})
    assert syntax_of("docs/intro.mdx", on) == "mdx" and syntax_of("docs/intro.md", on) == "markdown"
    assert syntax_of("docs/intro.mdx", resolve({"plugins": {"mdx": False}, "rules": {}})) == "markdown"
    assert syntax_of("docs/intro.mdx", resolve({"plugins": ["textlint-plugin-mdx"], "rules": {}})) == "mdx"
    extended = resolve({"plugins": {"mdx": {"extensions": [".md"]}}, "rules": {}})
    assert syntax_of("docs/intro.md", extended) == "mdx"
    assert on.warnings == []


def test_a_disable_comment_in_mdx_silences_rules():
    config = resolve({"plugins": {"mdx": True}, "rules": {"no-exclamation-question-mark": True},
                      "filters": {"comments": True}})
    text = "{/* textlint-disable */}\n\n驚きました!\n\n{/* textlint-enable */}\n\n本当です!\n"
    problems = lint(Source.from_text(text, "a.mdx"), config)
    assert [p.line for p in problems] == [7]


def test_rules_see_the_nested_paragraph_of_an_element_in_text():
    """textlint's rules visit the Paragraph a JSX element in text becomes: ja-no-mixed-period
    finds that 「<b>強調</b>」 ends without 「。」, as textlint does."""
    config = resolve({"plugins": {"mdx": True}, "rules": {"ja-no-mixed-period": True}})
    text = "ここは<b>強調</b>する文です。\n"
    problems = lint(Source.from_text(text, "a.mdx"), config)
    assert [(p.line, p.column) for p in problems] == [(1, text.index("調"))]  # (columns from 0 here)
    assert lint(Source.from_text(text, "a.md"), config) == []


def test_the_command_finds_and_reads_mdx_files(tmp_path):
    (tmp_path / ".textlintrc.json").write_text(json.dumps(
        {"plugins": {"mdx": True}, "rules": {"no-exclamation-question-mark": True}}), "utf-8")
    (tmp_path / "a.mdx").write_text("import X from 'x'\n\n<X>\n  すごい!\n</X>\n", "utf-8")
    (tmp_path / "b.mdx").write_text("<!-- 下書き -->\n", "utf-8")
    (tmp_path / "c.md").write_text("<!-- 下書き -->\n普通!\n", "utf-8")
    done = subprocess.run([sys.executable, "-m", "postlint", "-f", "json", "."], cwd=tmp_path,
                          capture_output=True, text=True)
    found = {r["filePath"].rsplit("/", 1)[-1]: [(m["ruleId"], m["line"]) for m in r["messages"]]
             for r in json.loads(done.stdout)}
    assert found == {"a.mdx": [("no-exclamation-question-mark", 4)], "b.mdx": [("parse", 1)],
                     "c.md": [("no-exclamation-question-mark", 2)]}
    # without the plugin, .mdx is not searched for; --plugin mdx turns it on
    (tmp_path / ".textlintrc.json").write_text(json.dumps({"rules": {"no-exclamation-question-mark": True}}))
    done = subprocess.run([sys.executable, "-m", "postlint", "-f", "json", "--plugin", "mdx", "."],
                          cwd=tmp_path, capture_output=True, text=True)
    assert sorted(r["filePath"].rsplit("/", 1)[-1] for r in json.loads(done.stdout)) == ["a.mdx", "b.mdx", "c.md"]
    assert "not supported" not in done.stderr


def test_a_docusaurus_heading_id_is_text_not_an_expression():
    """MDX refuses ``{#setup}`` as JavaScript, but Docusaurus takes it off a heading first."""
    assert tree("## 導入 {#setup}\n") == [(0, "Header", "## 導入 {#setup}"), (1, "Str", "導入 {#setup}")]
    with pytest.raises(MdxError):
        parse(Source.from_text("本文 {#setup} の途中\n"), syntax="mdx")


def test_a_list_indented_four_columns_still_ends_a_paragraph():
    """With no indented code, MDX reads a list item however deep it is indented."""
    assert [t for _, t, _ in tree("手順は次のとおり:\n    - 準備する\n")] == [
        "Paragraph", "Str", "List", "ListItem", "Paragraph", "Str"]


def test_a_math_block_left_open_ends_with_its_block_quote():
    text = "> 引用の式\n>\n> $$\n> x^2\n\n本文です。\n"
    kinds = [(t, s) for _, t, s in tree(text)]
    assert kinds[-2:] == [("Paragraph", "本文です。"), ("Str", "本文です。")]
    assert ("math", "$$\n> x^2") in kinds


@pytest.mark.parametrize("text, says", [
    ("文の終わりに<\n- 次の項目\n", "ends after '<'"),           # the paragraph ends right after it
    ('<Card {title: "x"} />\n', "must spread an object"),      # {…} in a tag without a name
    ("[注意:{書きかけ](https://example.com/a b)\n", "never closes"),  # no link: a space in it
])
def test_more_that_mdx_refuses(text, says):
    with pytest.raises(MdxError, match=says.replace("(", r"\(")):
        parse(Source.from_text(text), syntax="mdx")


@pytest.mark.parametrize("text", [
    "比べると a < b です。<\n続きの行です。\n",                  # '<' before a line of the same paragraph
    "[例](https://example.com/{id}) を見る。\n",               # in a link's destination
    "[参考]: https://example.com/<A>/x\n",                      # in a definition's
    "<Card {...props} />\n",
    "*\t   [項目][1]\n",                                        # a tab the two parsers count apart
    "export class Counter { count = 0 }\n\n値は{props.total ?? 1_000n}です。\n",  # syntax after ES2017
])
def test_what_mdx_takes_as_it_is(text):
    parse(Source.from_text(text), syntax="mdx")


def test_a_closing_fence_ends_the_outermost_directive_it_can():
    """Each container looks for its closing fence before its content does: with as many colons
    outside as inside, the first ``:::`` ends both (nest with more colons outside)."""
    text = ":::note\n\n:::tip\n内側の文。\n:::\n\n外の文。\n:::\n"
    assert [(d, t) for d, t, _ in tree(text)][:2] == [(0, "ContainerDirective"), (1, "ContainerDirective")]
    assert tree(text)[-2:] == [(0, "Paragraph", "外の文。\n:::"), (1, "Str", "外の文。\n:::")]
    nested = "::::warning\n\n:::tip\n内側の文。\n:::\n\n外の文。\n\n::::\n"
    assert [t for _, t, _ in tree(nested)] == ["ContainerDirective", "ContainerDirective", "Paragraph", "Str",
                                              "Paragraph", "Str"]
    with pytest.raises(MdxError, match="<Tab> is not closed"):
        parse(Source.from_text(":::note\n\n<Tab>\n\n:::tip\n中\n:::\n\n</Tab>\n\n:::\n"), syntax="mdx")


def test_fix_keeps_mdx_intact_and_settles(tmp_path):
    """--fix repairs the text around JSX and expressions, leaves them as they are, and a second
    --fix changes nothing."""
    (tmp_path / ".textlintrc.json").write_text(json.dumps({"plugins": {"mdx": True},
                                                           "rules": {"preset-jtf-style": True}}))
    post = tmp_path / "a.mdx"
    post.write_text("import A from 'a'\n\n<A value={1}>\n  設定は１つだけです。\n</A>\n\n値は{count}件です。\n", "utf-8")
    for _ in range(2):
        subprocess.run([sys.executable, "-m", "postlint", "--fix", "a.mdx"], cwd=tmp_path, capture_output=True)
        assert post.read_text("utf-8") == \
            "import A from 'a'\n\n<A value={1}>\n  設定は1つだけです。\n</A>\n\n値は{count}件です。\n"


def test_a_bare_url_after_japanese_text_keeps_its_port():
    """GFM's autolink literal comes first: ``:8080`` in it is no directive, even right after kana."""
    assert [t for _, t, _ in tree("説明しますhttps://example.com:8080/a を開く。\n")] == ["Paragraph", "Str"]


def test_a_fence_in_a_block_quote_closes_only_the_directive_opened_there():
    text = ":::tip\n\n> :::note\n> 引用の中。\n> :::\n\n外の文。\n\n:::\n"
    kinds = [(d, t) for d, t, _ in tree(text)]
    assert kinds[:3] == [(0, "ContainerDirective"), (1, "BlockQuote"), (2, "ContainerDirective")]
    assert (1, "Paragraph") in kinds  # 外の文。 stays inside the tip

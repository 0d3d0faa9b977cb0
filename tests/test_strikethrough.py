"""Strikethrough as textlint's parser reads it: single tildes, tildes inside words."""

import pytest

from postlint.markdown import parse
from postlint.source import Source


def children(text, block=0):
    """(type, raw text) of the inline nodes of the ``block``-th top-level block."""
    src = Source.from_text(text)
    node = parse(src).children[block]
    while node.children and node.children[0].type in ("List", "ListItem", "BlockQuote", "Paragraph") \
            and node.type != "Paragraph":
        node = node.children[0]
    return [(c.type, text[c.start:c.end]) for c in node.children]


@pytest.mark.parametrize("text, expected", [
    # a range written with half-width tildes: the text between two of them is struck through
    ("定員は5~8名、予備は2~3名です。",
     [("Str", "定員は5"), ("Delete", "~8名、予備は2~"), ("Str", "3名です。")]),
    # two tildes inside a word, which pulldown-cmark leaves as text
    ("型はv1~~v2~~v3の順です。", [("Str", "型はv1"), ("Delete", "~~v2~~"), ("Str", "v3の順です。")]),
    # one tilde cannot close two
    ("値は~a~~です。", [("Str", "値は~a~~です。")]),
    # three tildes are no run at all
    ("記号~~~だけの行と~~~の後。", [("Str", "記号~~~だけの行と~~~の後。")]),
    # an escaped tilde is text, in one text node with its backslash, as in textlint's tree
    ("前\\~後~です。", [("Str", "前\\~後~です。")]),
    # a tilde after a space and before "/" opens but never closes: home directories stay text
    ("設定は ~/.config と ~/.cache にある。", [("Str", "設定は ~/.config と ~/.cache にある。")]),
])
def test_tilde_runs_pair_as_in_textlint(text, expected):
    assert children(text) == expected


def test_tildes_inside_a_bare_url_belong_to_the_url():
    text = "資料は https://example.org/~kato/a と https://example.org/~sato/b にある。"
    assert children(text) == [("Str", text)]


def test_a_delete_keeps_the_nodes_between_its_tildes():
    # after "、" (punctuation) and before "**" a tilde opens; after "3" and before "**" it could not
    assert [k for k, _ in children("開始は3~**4**日~です。")] == ["Str", "Strong", "Str"]
    text = "開始は、~**4**日~です。"
    assert [k for k, _ in children(text)] == ["Str", "Delete", "Str"]
    delete = parse(Source.from_text(text)).children[0].children[1]
    assert [c.type for c in delete.children] == ["Strong", "Str"]
    assert all(c.parent is delete for c in delete.children)


def test_two_tildes_around_words_pair():
    assert children("これは ~~古い~~ 情報です。") == [("Str", "これは "), ("Delete", "~~古い~~"), ("Str", " 情報です。")]


def test_two_tildes_after_a_symbol_only_close():
    # after a symbol (not punctuation to textlint's parser) and before "_", two tildes only close
    assert children("☆~~_a ☆~~_b\n") == [("Str", "☆~~_a ☆~~_b")]


def test_tildes_that_do_not_pair_leave_emphasis_alone():
    # pulldown-cmark's own strikethrough paired "~~。**~~" and so lost the strong text; micromark
    # pairs neither run (the first, after a letter and before "。", cannot open)
    assert children("思い出しました~~。**~~**\n") == [("Str", "思い出しました~~。"), ("Strong", "**~~**")]


def test_in_a_list_and_a_quote():
    assert children("- 期間は1~2日、または3~4日。\n") == [
        ("Str", "期間は1"), ("Delete", "~2日、または3~"), ("Str", "4日。")]
    assert children("> 期間は1~2日、または3~4日。\n") == [
        ("Str", "期間は1"), ("Delete", "~2日、または3~"), ("Str", "4日。")]


def test_rules_see_the_text_as_textlint_does():
    """jtf-style 4.2.5 asks for 〜 in a range; in textlint's tree the tildes that pair are
    Delete marks, not text, so only the unpaired one is reported."""
    from postlint.config import resolve
    from postlint.engine import lint_text

    config = resolve({"rules": {"jtf-4-2-5": True}})
    text = "参加は10~20人と30~40人、見学は5~6人です。\n"
    assert [p.start for p in lint_text(text, config)] == [text.index("5~6") + 1]

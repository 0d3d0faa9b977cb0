"""The Document-level rules remember each block's analysis by its content
(postlint.rules._editorial.block_memo / remember) so that an editor's re-lint
after a keystroke analyses only the edited block.  A re-lint after an edit --
a block moved, edited, moved into a quote or a list -- must give exactly what a
first lint in a fresh process gives.
"""

from postlint import text as text_mod
from postlint.config import resolve
from postlint.engine import lint_text
from postlint.markdown import parse
from postlint.rules import _editorial
from postlint.rules import reading_time
from postlint.source import Source

RULES = ["ja-consistent-spelling", "no-duplicate-sentence", "no-duplicate-paragraph",
         "no-mix-keitai-jotai", "reading-time", "no-generation-artifact", "excerpt-matches-body",
         "no-repeated-phrase"]

HEAD = """---
title: 覚え書きの試し
excerpt: 大阪で2023年に5社がKotlinを選んだ。
reading_time: 40
---

"""

BLOCKS = [
    "# 最初の見出し",
    "実は、この段落で表記の揺れを試します。結果は誰にも分かりません。",
    "実は、もう一度書いてみます。それでも結果はわかりません。",
    "実は、三つ目の段落もあります。ここで終わりにします。",
    "実は、四つ目の段落にも同じ言い回しを置きます。",
    "念のため同じ一文を二回ここに置くことにします。",
    "念のため同じ一文を二回ここに置くことにします。",
    "駅前の図書館で借りた本を今週中に返しに行く予定があります。",
    "駅前の図書館で借りた本を今週中に返しに行く予定がありました。",
    "この作業は来週から始める。準備は順調に進んでいます。",
    "- 箇条書きの一つ目です。\n- 箇条書きの二つ目です。",
    "TODO: ここに図を入れる",
    "[リンクの中の文です](https://example.com)。実は、最後の段落です。",
]


def _doc(blocks):
    return HEAD + "\n\n".join(blocks) + "\n"


def _quote(block):
    return "\n".join("> " + line for line in block.split("\n"))


VERSIONS = [
    _doc(BLOCKS),
    _doc(["前置きの段落を一つ足しました。"] + BLOCKS),  # every block moved
    _doc(BLOCKS[:2] + [BLOCKS[2].replace("わかりません", "わからない")] + BLOCKS[3:]),  # one block edited
    _doc(BLOCKS[:2] + [_quote(BLOCKS[2])] + BLOCKS[3:]),  # a block moved into a quote
    _doc(BLOCKS[:9] + ["- " + BLOCKS[9]] + BLOCKS[10:]),  # a block moved into a list
    _doc(BLOCKS[:1] + [BLOCKS[5], BLOCKS[1]] + BLOCKS[2:5] + BLOCKS[6:]),  # two blocks swapped
    _doc(BLOCKS),
]


def _problems(text, config):
    return [(p.rule_id, p.start, p.end, p.message, p.fix and (p.fix.start, p.fix.end, p.fix.text, p.fix.safe))
            for p in lint_text(text, config, path="post.md")]


def _forget():
    _editorial.clear_memos()
    text_mod._SCANS.clear()
    text_mod._CONTENT.clear()


def test_relint_after_edits_equals_fresh_lint():
    config = resolve({"rules": {rule: True for rule in RULES}})
    _forget()
    warm = [_problems(v, config) for v in VERSIONS]  # each lint reuses what the earlier ones remembered
    cold = []
    for v in VERSIONS:
        _forget()
        cold.append(_problems(v, config))
    assert warm == cold
    assert {p[0] for p in cold[0]} == set(RULES)  # every rule has something to say
    assert cold[0] == cold[-1] and cold[0] != cold[1]


def test_quoted_block_is_not_taken_from_the_memo_of_the_unquoted_one():
    config = resolve({"rules": {"ja-consistent-spelling": True, "no-repeated-phrase": True}})
    _forget()
    plain = _problems(_doc(BLOCKS), config)
    quoted = _problems(_doc(BLOCKS[:2] + [_quote(BLOCKS[2])] + BLOCKS[3:]), config)
    assert any(p[0] == "ja-consistent-spelling" for p in plain)
    assert not any(p[0] == "ja-consistent-spelling" for p in quoted)  # quotes are not compared


def test_block_memo_shifts_and_keys_on_extra():
    _editorial.clear_memos()
    calls = []

    def analyse(node):
        calls.append(node.start)
        return (node.end - node.start,)

    for prefix, extra in (("前\n\n", 1), ("前置き\n\n", 1), ("前置き\n\n", 2)):
        text = prefix + "本文の段落です。\n"
        para = parse(Source.from_text(text)).children[-1]
        assert _editorial.block_memo("test", para, text, lambda: analyse(para), extra) == (8,)
    assert calls == [3, 5]  # the moved copy came from the memo, another extra did not


def test_reading_size_block_by_block_equals_whole_text():
    texts = [
        HEAD + "本文です。https://example.com/a\n\n次の段落 word count here.\n",
        "{% raw\n\n%} 中身です。\n\n後ろの段落です。\n",  # a tag spanning two blocks
        "{{ site.title\n\n}} の続き。\n",
        "- 項目 https://example.org\n- 二つ目 text\n\n| a | b |\n|---|---|\n| 表の中 | cell |\n\n終わり。",
        "段落です。\n\n---\n\nword\n\n```\ncode\n```\n\n<div>html</div>\n\n最後 last",
    ]
    for text in texts:
        src = Source.from_text(text, "x.md")
        doc = parse(src)
        expected = reading_time._size(reading_time.reading_text(doc, src.text))
        _editorial.clear_memos()
        assert reading_time.reading_size(doc, src.text) == expected
        assert reading_time.reading_size(doc, src.text) == expected  # from the memo

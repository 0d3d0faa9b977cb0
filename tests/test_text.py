"""postlint.text: plain text of nodes and sentence splitting (sentence-splitter port)."""

import doctest
import re

import pytest

import postlint.text
from postlint.markdown import parse
from postlint.source import Source
from postlint.text import PlainText, Sentence, plain_text, sentences, split


def texts(text, seps=None):
    return [s.text for s in split(text, seps)]


def first_block(md, types=("Paragraph", "Header"), skip=0):
    src = Source.from_text(md)
    doc = parse(src)
    block = [n for n in doc.walk() if n.type in types][skip]
    return block, src.text


def test_doctests():
    assert doctest.testmod(postlint.text).failed == 0


# ---------------------------------------------------------------- split()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("猫が鳴いた。犬も吠えた。", ["猫が鳴いた。", "犬も吠えた。"]),
        ("本当？そうだよ！まさか", ["本当？", "そうだよ！", "まさか"]),
        ("本当?!ええ", ["本当?!", "ええ"]),
        ("Stop. Go on.", ["Stop.", "Go on."]),
        ("Pi is 3.14 or so.", ["Pi is 3.14 or so."]),
        ("Wait... what?", ["Wait...", "what?"]),
        ("Hello World", ["Hello World"]),
        ("", []),
        ("   ", []),
        ("。", []),
    ],
)
def test_split_basic(text, expected):
    assert texts(text) == expected


def test_split_offsets_and_whitespace():
    got = [(s.start, s.end) for s in split("One.  Two.\nThree")]
    assert got == [(0, 4), (6, 10), (11, 16)]


def test_newline_does_not_end_a_sentence():
    assert texts("一行目の途中で\n改行した文。次の文。") == ["一行目の途中で\n改行した文。", "次の文。"]
    # trailing white space stays in the last open sentence, as sentence-splitter does
    assert texts("末尾  ") == ["末尾  "]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("彼は「もう帰る。また明日。」と言った。次。", ["彼は「もう帰る。また明日。」と言った。", "次。"]),
        ("注（詳しくは後述。）を読む。次。", ["注（詳しくは後述。）を読む。", "次。"]),
        ("『本。』【要点。】《題。》", ["『本。』【要点。】《題。》"]),
        ('She said "Go home. Now." and left. Next.', ['She said "Go home. Now." and left.', "Next."]),
        ("A (see above. really) b. C.", ["A (see above. really) b.", "C."]),
        # nested different pairs
        ("「外（内。）外。」終わり。後。", ["「外（内。）外。」終わり。", "後。"]),
        # an unclosed bracket swallows the rest
        ("「閉じない。文。文。", ["「閉じない。文。文。"]),
    ],
)
def test_pairs_protect_separators(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Use tools, e.g. linters. They help.", ["Use tools, e.g. linters.", "They help."]),
        ("Mr. Tanaka came. He sat.", ["Mr. Tanaka came.", "He sat."]),
        ("Made in the U.S.A. today.", ["Made in the U.S.A. today."]),
        ("1. 最初の項目", ["1. 最初の項目"]),
        ("I use Yahoo! every day.", ["I use Yahoo! every day."]),
        ("それはi.e. 例外です。次。", ["それはi.e. 例外です。", "次。"]),
        ("We met Albert I. Jones there.", ["We met Albert I. Jones there."]),
        ("See Fig. Two.", ["See Fig.", "Two."]),
    ],
)
def test_abbreviations(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "ー" and "、" start words (they are not CJK) without an abbreviation mark
        ("ユーザーはMr. Smithです。次。", ["ユーザーはMr. Smithです。", "次。"]),
        ("サーバー、Mr. Tanakaが来た。次。", ["サーバー、Mr.", "Tanakaが来た。", "次。"]),
        ("ログのYahoo! 検索。次。", ["ログのYahoo! 検索。", "次。"]),
    ],
)
def test_abbreviations_after_words_without_marks(text, expected):
    assert texts(text) == expected


def test_abbreviation_word_across_inline_nodes():
    # the word AbbrMarker looks at runs on in the raw text after the Str it starts in
    para, text = first_block("前のMr`x`. Tanakaは来た。次。\n")
    assert [s.text for s in sentences(para, text)] == ["前のMrx.", "Tanakaは来た。", "次。"]
    assert [s.text for s in sentences(para, text, "。")] == ["前のMrx. Tanakaは来た。", "次。"]
    para, text = first_block("前はMr.**Tanaka**. 来た。次。\n")
    assert [s.text for s in sentences(para, text)] == ["前はMr.Tanaka.", "来た。", "次。"]


def test_custom_separators():
    # max-ten style: only 。 and ?!？！ end sentences, "." does not
    assert texts("Ver. 1. 終わり。次", "。?!？！") == ["Ver. 1. 終わり。", "次"]
    assert texts("a;b;c", ";") == ["a;", "b;", "c"]


def test_split_emoji_offsets():
    ss = split("😀です。🎉だ！")
    assert [(s.start, s.end, s.text) for s in ss] == [(0, 4, "😀です。"), (4, 7, "🎉だ！")]
    assert ss[1].to_source(1) == 5


# ---------------------------------------------------------------- plain_text()


def test_plain_text_of_paragraph_with_inline_nodes():
    md = "前文の`code()`と[リンク](https://example.com \"t\")と**強調**と![画像](i.png)。"
    para, text = first_block(md)
    p = plain_text(para, text)
    assert p.text == "前文のcode()とリンクと強調と画像。"
    assert len(p.offsets) == len(p.text) + 1
    for i, ch in enumerate(p.text):
        assert text[p.to_source(i)] == ch
    assert p.to_source(len(p.text)) == len(text)
    assert p.masked("_") == "前文の______とリンクと強調と画像。"


def test_plain_text_skips_html_and_breaks():
    para, text = first_block("上の行<br>続き  \n次の行")
    p = plain_text(para, text)
    assert p.text == "上の行続き次の行"
    assert text[p.to_source(p.text.index("次"))] == "次"


def test_plain_text_offsets_with_front_matter_and_emoji():
    md = "---\ntitle: x\n---\n🎉お祝い`x`です。\n"
    para, text = first_block(md)
    p = plain_text(para, text)
    assert p.text == "🎉お祝いxです。"
    assert p.to_source(0) == text.index("🎉")
    assert text[p.to_source(p.text.index("x"))] == "x"


def test_plain_text_is_plain_dataclass():
    p = PlainText("ab", [3, 4, 5])
    assert p.to_source(0) == 3 and p.to_source(2) == 5
    assert p.masked() == "ab"


# ---------------------------------------------------------------- sentences()


def check_consistent(node, text, same_as_plain=True):
    plain = plain_text(node, text)
    out = sentences(node, text)
    for s in out:
        assert isinstance(s, Sentence)
        if same_as_plain:
            assert plain.text[s.plain_start:s.plain_end] == s.text
        assert len(s.offsets) == len(s.text) + 1
        assert node.start <= s.start <= s.end <= len(text)
        for i, ch in enumerate(s.text):
            assert s.start <= s.to_source(i) < s.end
    return out


def test_sentences_paragraph():
    para, text = first_block("# 題\n\n最初の文です。二番目の文です！\n三番目は改行を含み\n続きます。\n", ("Paragraph",))
    out = check_consistent(para, text)
    assert [s.text for s in out] == ["最初の文です。", "二番目の文です！", "三番目は改行を含み\n続きます。"]
    assert text[out[1].start:out[1].end] == "二番目の文です！"


def test_sentences_header():
    head, text = first_block("## 見出しです。続き\n")
    assert head.type == "Header"
    out = check_consistent(head, text)
    assert [(text[s.start:s.end]) for s in out] == ["見出しです。", "続き"]


def test_separators_inside_inline_nodes_do_not_split():
    md = "`a. b` を使う。[終わり。次](u)も**強調。まだ**同じ文。別の文。"
    para, text = first_block(md)
    out = check_consistent(para, text)
    assert [s.text for s in out] == ["a. b を使う。", "終わり。次も強調。まだ同じ文。", "別の文。"]


def test_sentences_with_code_start_and_emoji():
    md = "前置き\n\n`npm`で入れる。🎉完了！\n"
    para, text = first_block(md, skip=1)
    out = check_consistent(para, text)
    assert [s.text for s in out] == ["npmで入れる。", "🎉完了！"]
    assert out[0].start == text.index("`npm`")
    assert text[out[1].start] == "🎉"


def test_sentences_brackets_and_quotes_in_markdown():
    md = "彼は「そう。だから（例：A。）」と話した。English \"quote. here\" ends. 次。\n"
    para, text = first_block(md)
    out = check_consistent(para, text)
    assert [s.text for s in out] == [
        "彼は「そう。だから（例：A。）」と話した。",
        'English "quote. here" ends.',
        "次。",
    ]


def test_sentences_custom_separators():
    para, text = first_block("v1.2. と書く。次\n")
    assert [s.text for s in sentences(para, text, "。")] == ["v1.2. と書く。", "次"]
    assert [s.text for s in sentences(para, text)] == ["v1.2.", "と書く。", "次"]


def test_sentences_list_item_and_blockquote():
    md = "- 項目の文。二文目。\n\n> 引用の文。\n> 続き。\n"
    src = Source.from_text(md)
    doc = parse(src)
    paras = [n for n in doc.walk() if n.type == "Paragraph"]
    got = [[s.text for s in check_consistent(p, src.text, False)] for p in paras]
    assert got[0] == ["項目の文。", "二文目。"]
    # as in textlint, a sentence's text is raw Markdown: the ">" of the
    # continuation line belongs to the second sentence; the plain text has none
    assert got[1] == ["引用の文。", "> 続き。"]
    assert plain_text(paras[1], src.text).text == "引用の文。\n続き。"


def test_sentence_text_keeps_raw_markdown_but_plain_decodes():
    para, text = first_block("A &amp; B\\*です。\n")
    assert plain_text(para, text).text == "A & B*です。"
    (s,) = sentences(para, text)
    assert s.text == "A &amp; B\\*です。"
    assert s.to_source(len(s.text)) == s.end == text.index("。") + 1


def test_hard_break_then_indent_ends_reading_like_textlint():
    # textlint's tree has a hole at the indentation after a hard break:
    # sentence-splitter stops there, so the second line is in no sentence
    para, text = first_block("- 一行目  \n    二行目。\n")
    got = sentences(para, text)
    assert [(s.text, text[s.start:s.end]) for s in got] == [("一行目", "一行目  \n    ")]
    # a hard break gives no text
    para, text = first_block("一行目  \n二行目。\n")
    assert [s.text for s in sentences(para, text)] == ["一行目二行目。"]


@pytest.mark.parametrize("text", [
    "> 引用の`一行目  \n> (二行目。\n",  # a code span that never closes
    "- 項目の<span  \n  (二行目。\n",  # an HTML tag still open at the break
    "- 項目の`一行目\n  <b>太字</b>の二行目。\n",  # a line that ends in text, before an inline node
    "- 項目の[^一行目\n  <b>太字</b>の二行目。\n",  # a footnote call's label not closed
    "- 項目の`一行目\n  ~取り消し~の二行目。\n",  # before strikethrough, which is paired last
])
def test_line_end_after_a_failed_attempt_reads_on_like_textlint(text):
    # micromark read the next line inside the attempt: textlint's break (or text) takes the
    # line's prefix, so no hole, and the sentence goes on past it
    para, text = first_block(text)
    (s,) = sentences(para, text)
    assert text[s.start:s.end] == text[text.index("引" if "引" in text else "項"):text.index("。") + 1]


def test_sentences_pure_functions():
    para, text = first_block("同じ。結果。\n")
    assert sentences(para, text) == sentences(para, text)
    assert plain_text(para, text) == plain_text(para, text)


def test_bare_url_is_a_link_for_the_splitter():
    # textlint's parser makes a Link of a bare URL: its "?" and "." end nothing
    para, text = first_block("詳細はhttps://example.com/search?q=文.ok を見る。次の文。\n")
    assert [s.text for s in sentences(para, text)] == [
        "詳細はhttps://example.com/search?q=文.ok を見る。",
        "次の文。",
    ]
    # trailing punctuation is not part of the URL
    para, text = first_block("See www.example.com. Then go.\n")
    assert [s.text for s in sentences(para, text)] == ["See www.example.com.", "Then go."]


@pytest.mark.parametrize("text, url", [
    # trailing punctuation leaves the URL before white space, and stays in it before inline HTML
    ("見て https://example.com/a! です\n", "https://example.com/a"),
    ("見て https://example.com/a!<b>太字</b>\n", "https://example.com/a!"),
    # the closing "*" of emphasis is trailing punctuation too
    ("見て *https://example.com/a.* です\n", "https://example.com/a"),
    # after an unclosed "[" no URL is made, but "[^" starts a footnote call, not a label
    ("注は[^ https://example.com ]です\n", "https://example.com"),
])
def test_trailing_punctuation_of_a_bare_url_as_micromark_reads_it(text, url):
    from postlint.rules._textlint import autolinks
    from postlint.rule import Context

    src = Source.from_text(text)
    doc = parse(src)
    ctx = Context(src, doc)
    links = [text[a:b] for node in doc.walk() if node.type == "Str" for a, b in autolinks(node, ctx)]
    assert links == [url]


def test_reference_link_and_escape_after_inline_nodes():
    md = "[参照][]\\_の後。次。\n\n[参照]: https://example.com\n"
    para, text = first_block(md)
    out = sentences(para, text)
    assert [s.text for s in out] == ["参照\\_の後。", "次。"]
    assert out[0].start == 0


def test_entity_at_end_of_text_run_is_a_hole_like_textlint():
    # textlint's Str stops one short of "&hellip;" here, and the splitter stops with it
    para, text = first_block("待って&hellip;  \n続き。\n")
    (s,) = sentences(para, text)
    assert text[s.start:s.end] == "待って&hellip"


def test_sentence_masked_code():
    para, text = first_block("値は`a、b、c`です、はい。\n")
    (s,) = sentences(para, text)
    assert s.text == "値はa、b、cです、はい。"
    assert s.masked("_") == "値は_____です、はい。"
    assert text[s.to_source(s.text.index("a"))] == "a"


def _boring_end_reference(text, pos, end, stops):
    """Per character, what _boring_run's pattern matches (see its comment)."""
    special = set(stops) | set(postlint.text._PAIR_OF) | set("\r\n")

    def blank_or_cjk(ch):
        return ch in postlint.text._JS_SPACE or ch in postlint.text._CJK

    i = pos
    while i < end and text[i] not in special:
        if not blank_or_cjk(text[i]) and blank_or_cjk(text[i - 1]):  # a word starts
            word = postlint.text._WORD.match(text, i, end).group()
            if i + len(word) == end or postlint.text._MAY_ABBREVIATE(word):
                break
        i += 1
    return i


def test_boring_run_matches_its_definition():
    import random

    rng = random.Random(5)
    alphabet = list("ab.!\u01c3。、ー「」()（）\n\r \t\u3000漢かカ?！;&1\u00a0") + ["\U00020000", "😀"]
    for seps in (postlint.text.DEFAULT_SEPARATORS, "?!？！。", "\n、 か", ""):
        boring = postlint.text._boring_run(seps).match
        stops = set(seps) | set(postlint.text.DEFAULT_SEPARATORS)
        for _ in range(3000):
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 12)))
            pos = rng.randint(1, len(s) - 1)
            end = rng.randint(pos, len(s))
            assert boring(s, pos, end).end() == _boring_end_reference(s, pos, end, stops), (seps, s, pos, end)


# Every code point once (lone surrogates included).
EVERY_CHAR = "".join(map(chr, range(0x110000)))


def _plain_class(chars, ranges=(), negate=False) -> str:
    """A class written the plain way: the characters, then the ranges."""
    body = re.escape("".join(sorted(chars))) + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return f"[{'^' if negate else ''}{body}]"


@pytest.mark.parametrize("seps", [postlint.text.DEFAULT_SEPARATORS, "?!？！。", "\n、 か"])
def test_scanner_classes_match_the_plain_classes_on_every_code_point(seps):
    """The cheaper-to-compile classes of the scanner's patterns (complements) match
    what the plain classes of every blank and CJK character match."""
    text = postlint.text
    blanks, marks, cjk = set(text._JS_SPACE), set(text._ABBREVIATION_MARKS), text._CJK_RANGES
    stops = "".join(sorted(set(seps) | set(text.DEFAULT_SEPARATORS)))
    special = set(stops) | set(text._PAIR_OF) | set("\r\n")
    cjk_chars = {chr(c) for a, b in cjk for c in range(a, b + 1)}
    pairs = list(zip(text._boring_classes(stops), [
        _plain_class(blanks, cjk),  # blank or CJK
        _plain_class((blanks | cjk_chars) - special),  # ... and no stop, pair mark, line break
        _plain_class(special | blanks, cjk, negate=True),  # a word character, no stop etc.
        _plain_class(special),  # a stop, pair mark or line break
    ]))
    pairs += [(text._WORD_CHAR, _plain_class(blanks, cjk, negate=True)),
              (text._UNMARKED_WORD_CHAR, _plain_class(marks | blanks, cjk, negate=True))]
    for new, old in pairs:
        assert re.findall(new, EVERY_CHAR) == re.findall(old, EVERY_CHAR)


@pytest.mark.parametrize(
    "src, start, end, text",
    [
        ("plain text", 0, 10, "plain text"),
        ("a\n  bc", 2, 6, "  bc"),  # the line break before the Str is not in it: indentation kept
        ("a  \n  b &amp; c", 0, 15, "a\nb & c"),
        ("x &#12289; y", 2, 10, "、"),
    ],
)
def test_str_value(src, start, end, text):
    builder = postlint.text._PlainBuilder(src)
    builder.add_str(start, end)
    assert builder.text() == text
    assert len(builder.offsets) == len(text)


@pytest.mark.parametrize("text, links", [
    # each checked against textlint 15.8's tree: an email address is a Link, as a bare URL is
    ("連絡は foo.bar@example.co.jp まで。", ["foo.bar@example.co.jp"]),
    ("フォルダextensionsjetpack@labs.mozilla.com", ["extensionsjetpack@labs.mozilla.com"]),
    ("npm i textlint@11.0.0 です", ["textlint@11.0.0"]),
    ("a/b@c.com と x-@y.com と https://u@h.com/p", ["x-@y.com", "https://u@h.com/p"]),
    ("mail:me@example.com.", ["me@example.com"]),
    ("名前@ドメイン と a@b と a@b-.com", ["a@b-.com"]),
])
def test_email_addresses_are_links_as_in_textlint(text, links):
    from postlint.markdown import parse
    from postlint.rule import Context
    from postlint.rules._textlint import str_pieces

    src = Source.from_text(text)
    doc = parse(src)
    ctx = Context(src, doc)
    assert [text[a:b] for n in doc.find("Str") for a, b, url in str_pieces(n, ctx) if url] == links


@pytest.mark.parametrize("text, links", [
    # each checked against textlint 15.8's tree: after a "[" no "]" has closed yet, micromark
    # makes no link of a bare URL or email address (the "[" might open a link label)
    ("[ https://example.com/a ]を参照", []),
    ("［注］[参考 www.example.com ] と [完了] https://example.org を見る", ["https://example.org"]),
    ("[[名前](https://a.example) https://b.example を見る", []),
    ("![ https://example.com を見る", []),
    ("**[** https://example.com を見る", []),
    ("[ 宛先\nuser@example.com に送る", []),
    ("\\[ https://example.com を見る", ["https://example.com"]),  # an escaped bracket opens nothing
    ("`[` https://example.com を見る", ["https://example.com"]),  # nor one in code
    ("# [ https://example.com の見出し", []),
    # a "[" inside a bare URL opens no label: the URLs after it are links too
    ("https://example.com/a[b を見て https://example.org も", ["https://example.com/a[b", "https://example.org"]),
])
def test_no_bare_link_after_an_open_link_label(text, links):
    from postlint.markdown import parse
    from postlint.rule import Context
    from postlint.rules._textlint import str_pieces

    src = Source.from_text(text)
    doc = parse(src)
    ctx = Context(src, doc)
    assert [text[a:b] for n in doc.find("Str") for a, b, url in str_pieces(n, ctx) if url] == links
    # the sentence splitter reads them the same way: a bare URL is one opaque Link segment
    block = doc.children[0]
    segments = postlint.text._segments(block, text)
    assert [text[s.start:s.end] for s in segments if s.kind == "Link" and s.node.data.get("autolink")] == links


def test_blanks_ending_a_line_after_a_bare_url_are_a_hole():
    """textlint's text node after a bare URL's link starts at the line break: the blanks
    between are in no node, and the sentence splitter stops there."""
    from postlint.markdown import parse

    text = "参照 https://example.com/a \n続きの文です。"  # (one blank: two would be a hard break)
    block = parse(Source.from_text(text)).children[0]
    kinds = [(s.kind, text[s.start:s.end]) for s in postlint.text._segments(block, text)]
    assert kinds[-3:] == [("Link", "https://example.com/a"), ("Stop", " "), ("Str", "\n続きの文です。")]

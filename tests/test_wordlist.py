"""postlint.wordlist: the per-text narrowing of a list's entries (``_Program.for_text``)."""

from postlint import morph, wordlist

USER = wordlist.Dictionary.from_yaml('''
morphemes:
  - message: 「$1ずらい」
    tokens:
      - {pos: 動詞, conjugated_form: 連用形, capture: $1}
      - {surface_form: ずら}
      - {surface_form: い}
  - message: 名詞の連続
    tokens:
      - {pos: 名詞}
      - {pos: 名詞}
  - message: 任意の読点
    tokens:
      - {surface_form: [、, ，], optional: true}
      - {surface_form: [また, さらに]}
''')

TEXTS = [
    "",
    "とても読みずらい文章です。",
    "規則を適応する。可変する値。",
    "解析することができます。これは問題であると言えます。",
    "それは正しいかもしれない。そう思います。きっとそうかも。",
    "データの処理を行う。テストを実行する。、さらに検証する。",
    "可能性を示唆している。",
    "abc def",
]


class _Context:
    """What ``_find_in`` needs of a rule context; counts the texts it tokenizes."""

    def __init__(self):
        self.tokenized = []

    def tokens(self, text, dic="ipadic", when=None):
        if when is not None and not when(morph.ipadic_output(text)):
            return ()
        self.tokenized.append(text)
        return morph.tokens(text, dic)


def _dictionaries():
    names = ("ja-no-abusage", "ja-no-redundant-expression", "ja-no-weak-phrase")
    return [wordlist.builtin(name) for name in names] + [USER]


def _shape(matches):
    return [(m.start, m.end, m.message, m.expected, m.entry) for m in matches]


def test_narrowed_entries_find_what_all_entries_find():
    for dictionary in _dictionaries():
        entries = dictionary.enabled()
        for text in TEXTS:
            wordlist._FOUND.clear()
            want = wordlist.find(morph.tokens(text), entries)
            assert _shape(wordlist._find_in(_Context(), text, entries)) == _shape(want)
            options = {"dict5": {"allows": []}}
            want = wordlist.find(morph.tokens(text), entries, options)
            assert _shape(wordlist._find_in(_Context(), text, entries, options)) == _shape(want)


def test_entries_whose_surfaces_are_missing_are_dropped():
    entries = USER.enabled()
    prog = wordlist._program(entries)
    assert prog.for_text("とても読みずらい、さらに") is prog  # every entry can match
    prog = wordlist._program(entries).for_text("読みずれい")  # no ずら
    assert prog.entries == [entries[1]]  # no surface condition: always kept
    # an optional pattern's surfaces are not needed
    assert entries[2] in wordlist._program(entries).for_text("さらに").entries
    assert wordlist._program(wordlist.builtin("ja-no-abusage").enabled()).for_text("読みずれい") is None
    assert wordlist._program(entries).for_text("読みずらい") is wordlist._program(entries).for_text("書きずらい")


def test_a_text_no_entry_can_match_is_not_tokenized():
    ctx = _Context()
    assert wordlist._find_in(ctx, "何の問題もない文章です。", wordlist.builtin("ja-no-abusage").enabled()) == []
    assert ctx.tokenized == []
    assert wordlist._find_in(ctx, "規則を適応する。", wordlist.builtin("ja-no-abusage").enabled())
    assert ctx.tokenized == ["規則を適応する。"]


def test_a_phrase_list_with_no_candidate_rule_changes_nothing():
    engine = wordlist.builtin("ja-no-abusage").prh
    assert engine.changes("こんにちわ", rules=[]) == []
    assert [c.expected for c in engine.changes("こんにちわ", rules=engine.candidates("こんにちわ"))] == ["こんにちは"]


def test_the_screen_only_rules_out_texts_no_entry_can_match_in():
    # an entry without a surface condition may match anywhere: no screen
    assert wordlist._program(USER.enabled()).screen is None
    prog = wordlist._program(wordlist.builtin("ja-no-abusage").enabled())
    assert prog.screen is not None
    assert prog.for_text("普通の文。") is None
    assert prog.for_text("環境に適応した。") is None  # 適応 without を
    assert [e.expected for e in prog.for_text("規則を適応した。").entries] == ["を適用"]


def test_needs_put_the_likely_rarer_literal_first():
    assert wordlist._rarity(("思い",)) > wordlist._rarity(("ます",)) > wordlist._rarity(("。",))
    assert wordlist._rarity(("、", "可能")) == wordlist._rarity(("、",))  # as rare as its commonest value
    weak = wordlist._program(wordlist.builtin("ja-no-weak-phrase").enabled())
    assert ("思い",) in [needs[0] for needs in weak.needs]


def test_the_same_options_give_the_same_entry_list():
    dictionary = wordlist.builtin("ja-no-redundant-expression")
    options = {"dict1": {"disabled": True}, "dict5": {"allows": ["/x/"]}}
    first = dictionary.enabled(options)
    assert [e.id for e in first] == ["dict2", "dict3", "dict4", "dict5", "dict6"]
    assert dictionary.enabled(dict(options)) is first  # compiled once, cached by identity
    assert dictionary.enabled({"dict5": {"allows": []}}) is not first


def test_tokens_are_pieces_of_their_text():
    # what leaving out entries by their surfaces relies on
    for text in ("全角\u3000空白\tと\r\n改行", "NUL\x00の後", "e\u0301t\u200bé😀𠀋ｱｲｳ１２３", "x" * 300, "「かも」。、，､"):
        tokens = morph.tokens(text)
        assert all(text[t.start:t.end] == t.surface_form for t in tokens)


LINE_TEXTS = TEXTS + [
    "C++ と C# を使う。foo_bar() を呼ぶ。=> や ... や #! や $x を含む行。",
    "絵文字😀を送る。𠀋という字。ｱｲｳ と １２３ と Ⅻ。",
    "「それは、正しい」と彼は言った。（注: 括弧）",
    "検討を行う必要がある。実装することができる。確認を実施する。",
    "会議で説明を行っていると考えています。それはできるかもしれません。",
    "postlint を使う。",
]


def _lines_of(text):
    """(token, its line of MeCab's output) for each token MeCab made (white space has none)."""
    for line in morph.ipadic_output(text).split("\n"):
        if "\t" in line:
            surface = line.split("\t")[0]
            yield morph._ipadic_tokens(surface, line)[0], line


def test_line_patterns_find_the_line_of_every_token_their_pattern_fits():
    """What ``_Program.may_match_output`` relies on: a token a pattern fits has a line
    the pattern's line regex finds (unknown words, ASCII symbols and all)."""
    unknown_words = wordlist.Dictionary.from_yaml('''
morphemes:
  - message: an unknown word's base form is its surface
    tokens:
      - {basic_form: postlint, pos: 名詞}
      - {surface_form: を}
''')
    checked = 0
    for dictionary in [*_dictionaries(), unknown_words]:
        patterns = {p for entry in dictionary.entries for p in entry.tokens}
        for text in LINE_TEXTS:
            for token, line in _lines_of(text):
                for pattern in patterns:
                    regex = wordlist._line_pattern(pattern)
                    if regex is not None and pattern.matches(token):
                        checked += 1
                        assert regex.search("\n" + line + "\n"), (pattern, line)
    assert checked > 100


def test_a_paragraph_whose_output_no_entry_fits_is_not_tokenized():
    entries = wordlist.builtin("ja-no-redundant-expression").enabled()
    for text in LINE_TEXTS:
        prog = wordlist._program(entries).for_text(text)
        if prog is not None and wordlist.find(morph.tokens(text), entries):
            assert prog.may_match_output(morph.ipadic_output(text)), text
    # を and 行う are in the text, but 行う is not a verb after a noun and を
    prog = wordlist._program(entries).for_text("それを行うのは明日。")
    ctx = _Context()
    assert prog is not None and wordlist._find_in(ctx, "それを行うのは明日。", entries) == []
    assert ctx.tokenized == []


def test_report_at_and_fix_from_start_the_report_and_the_fix_at_later_tokens():
    d = wordlist.Dictionary.from_yaml('''
morphemes:
  - message: 形式名詞
    expected: こと
    report_at: 1
    fix_from: 1
    tokens:
      - {pos: 動詞}
      - {surface_form: 事, pos: 名詞}
''')
    assert [(m.start, m.fix_start, m.end, m.expected) for m in d.match_text("本を読む事が好きだ。")] == [(4, 4, 5, "こと")]
    d = wordlist.Dictionary.from_yaml('''
morphemes:
  - message: 余分な「さ」
    expected: $1$2
    report_at: 1
    tokens:
      - {conjugated_form: ガル接続, capture: $1}
      - {surface_form: さ}
      - {basic_form: そう, capture: $2}
''')
    assert [(m.start, m.fix_start, m.end, m.expected) for m in d.match_text("寒さそうだ。")] == [(1, 0, 4, "寒そう")]


def test_report_at_and_fix_from_must_name_one_of_the_entrys_tokens():
    import pytest

    for key in ("report_at", "fix_from"):
        for value in (2, -1, "1", True):
            with pytest.raises(wordlist.WordListError, match=key):
                wordlist.Dictionary.from_data({"morphemes": [{"message": "m", key: value,
                                                              "tokens": [{"pos": "動詞"}, {"pos": "名詞"}]}]})


def test_a_dictionary_file_that_is_not_utf8_is_a_word_list_error(tmp_path):
    import pytest

    path = tmp_path / "words.yml"
    path.write_bytes("morphemes: []\n# 説明\n".encode("shift_jis"))
    with pytest.raises(wordlist.WordListError, match="cannot read dictionary .*codec can't decode"):
        wordlist.load(path)


def test_a_user_dictionary_is_looked_at_once_per_document_not_per_node(tmp_path, monkeypatch):
    from postlint.config import resolve
    from postlint.engine import lint_text

    path = tmp_path / "words.yml"
    path.write_text("prh:\n  - expected: 値を返す\n    pattern: 値を返却する\n", encoding="utf-8")
    loaded = []
    real_load = wordlist.load
    monkeypatch.setattr(wordlist, "load", lambda p, *a, **k: loaded.append(p) or real_load(p, *a, **k))
    config = resolve({"rules": {"ja-no-redundant-expression": {"dictionaries": [str(path)]}}})
    loaded.clear()  # the config's own check read it once
    text = "\n\n".join(f"段落{i}では値を返却する。" for i in range(5))
    problems = lint_text(text, config)
    assert [p.line for p in problems] == [1, 3, 5, 7, 9]
    assert len(loaded) == 1

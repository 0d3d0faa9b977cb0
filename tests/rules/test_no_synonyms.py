import pytest

RULE = "no-synonyms"

VALID = [
    "曖昧な説明は避ける。",
    "ユーザーがユーザーを招待する。",  # 同じ書き方なら何度でもよい
    "曖昧な点と不明確な点。",  # 同じグループでも語彙（vocabularyNumber）が違う
    "> 引用の中の曖昧\n\nあいまいな点は残さない。",  # 引用は読まない
    "`あいまい` と書いても曖昧さは消えない。",  # コードは読まない
    "[あいまい](https://example.com) な曖昧さ",  # リンクの文字は読まない
    "<div>\nあいまい\n</div>\n\n曖昧な点",  # HTML ブロックは読まない
    "```\nサーバ\n```\n\nサーバーを立てる。",
    "ブログを書く。blogとも呼ぶ。",  # アルファベット表記は数えない
    "3位と三位",  # 数字を含む語・漢数字一文字は数えない
    {"text": "曖昧な点とあいまいな点", "options": {"allows": ["あいまい"]}},
    # 優先する語と allows の語が同じグループにあれば、二つ以上の書き方が混ざったときだけ報告
    {"text": "サーバを立てる。", "options": {"preferWords": ["サーバー"], "allows": ["server"]}},
]

INVALID = [
    {"text": "曖昧な点が残った。あいまいなままにしない。",
     "errors": [{"line": 1, "column": 10, "message": "「曖昧」「あいまい」"}]},
    # 最後に出てきた書き方の、最後の位置に報告する
    {"text": "あいまいな点。曖昧な点。あいまいな点。曖昧な点。",
     "errors": [{"column": 20, "message": "「あいまい」「曖昧」"}]},
    {"text": "# ユーザの設定\n\n- ユーザーを追加する\n- 利用者を消す",
     "errors": [{"line": 3, "column": 3, "message": "「ユーザ」「ユーザー」"}]},
    {"text": "| サーバ | 説明 |\n|---|---|\n| **サーバー** | 本番 |", "errors": [{"line": 3, "column": 5}]},
    {"text": "*あいまい* と ~~曖昧~~", "errors": [{"column": 12}]},
    # 裸の URL は textlint ではリンク: その後ろの文字は読む
    {"text": "詳細は https://example.com/ を。ユーザとユーザー", "errors": [{"column": 32}]},
    # (columns count characters; textlint's, in UTF-16 units, is 12)
    {"text": "🍣 サーバと 🍣 サーバー", "errors": [{"column": 10}]},
    # allowLexeme: false ならグループ全体で比べる
    {"text": "曖昧な点と不明確な点。", "options": {"allowLexeme": False},
     "errors": [{"column": 6, "message": "「曖昧」「不明確」"}]},
    {"text": "ブログを書く。blogとも呼ぶ。", "options": {"allowAlphabet": False}, "errors": [{"column": 8}]},
    {"text": "3位と三位", "options": {"allowNumber": False}, "errors": [{"column": 4, "message": "「3」「三」"}]},
    # 段落の中の HTML の間の文字は読む
    {"text": "<span>あいまい</span>\n\n曖昧な点", "errors": [{"line": 3, "column": 1}]},
    {"text": "曖昧とあいまいと不明確と不明瞭", "options": {"allowLexeme": False, "allows": ["曖昧"]},
     "errors": [{"column": 13, "message": "「あいまい」「不明確」「不明瞭」"}]},
    # preferWords: 優先する語以外の書き方を、それぞれ最後の位置に報告して直す
    {"text": "サーバとサーバーとサーバ", "options": {"preferWords": ["サーバー"]},
     "errors": [{"column": 10, "message": "「サーバ」は「サーバー」"}],
     "output": "サーバとサーバーとサーバー"},
    {"text": "サーバを立てる。", "options": {"preferWords": ["サーバー"]},  # 優先する語がなくても
     "errors": [{"column": 1}], "output": "サーバーを立てる。"},
    {"text": "あいまいで曖昧。", "options": {"preferWords": ["不明確", "曖昧"], "allowLexeme": False},
     "errors": [{"column": 1, "message": "「あいまい」は「不明確」"}, {"column": 6, "message": "「曖昧」は「不明確」"}],
     "output": "不明確で不明確。"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_reported_under_the_scoped_name_as_written():
    from postlint.config import resolve
    from postlint.engine import lint_text

    for key in ("@textlint-ja/no-synonyms", "@textlint-ja/textlint-rule-no-synonyms"):
        problems = lint_text("サーバとサーバー", resolve({"rules": {key: True}}))
        assert [p.rule_id for p in problems] == [key]


def test_fix_repeats_until_one_spelling_is_left():
    """--fix writes the preferred word at each place (textlint's one pass: the last one)."""
    from postlint.config import resolve
    from postlint.fixer import fix_text

    config = resolve({"rules": {"@textlint-ja/no-synonyms": {"preferWords": ["サーバー"]}}})
    assert fix_text("サーバとサーバーとサーバ", "a.md", config, max_passes=1)[0] == "サーバとサーバーとサーバー"
    assert fix_text("サーバとサーバーとサーバ", "a.md", config)[0] == "サーバーとサーバーとサーバー"


def test_fix_goes_past_thirty_passes_one_place_at_a_time():
    """Each pass fixes the last place of a spelling, as textlint's one --fix does; a post
    with 45 places needs 45 passes, all made by one --fix, without a "did not settle"."""
    from postlint.config import resolve
    from postlint.fixer import MAX_PASSES, fix_text

    config = resolve({"rules": {"@textlint-ja/no-synonyms": {"preferWords": ["サーバー"]}}})
    places = MAX_PASSES + 15
    fixed, count, unsettled = fix_text("サーバを止める。" * places + "サーバーを消す。", "a.md", config)
    assert (fixed, count, unsettled) == ("サーバーを止める。" * places + "サーバーを消す。", places, [])


@pytest.mark.parametrize("text, words", [
    ("私の名前は中野です", ["私", "の", "名前", "は", "中野", "です"]),
    ("今日はいい天気ですね。", ["今日", "は", "いい", "天気", "です", "ね", "。"]),
])
def test_tiny_segmenter(text, words):
    from postlint.rules._tiny_segmenter import segment

    assert segment(text) == words


def test_tiny_segmenter_reads_utf16_units_as_javascript_does():
    from postlint.rules._tiny_segmenter import segment, utf16_units

    units = utf16_units("🍣を食べる")
    assert len(units) == 6 and "".join(segment(units)) == units


def test_the_data_loads_fast_and_whole():
    import time

    from postlint.rules import no_synonyms

    no_synonyms.dictionary.cache_clear()
    no_synonyms.index.cache_clear()
    began = time.perf_counter()
    data = no_synonyms.dictionary()
    found = no_synonyms.index(True)
    took = time.perf_counter() - began
    assert len(data.midashi) == 70661 and data.group[-1] == 26151
    item = found.by_word["あいまい"]
    assert found.spellings(found.group_of[item], item) == {"曖昧", "あいまい"}
    assert all(type(v) is int or len(v) > 1 for v in found.by_word.values())
    assert took < 1.0  # (under 0.1 s here; a generous bound for slow machines)


def test_segment_all_is_segment_of_each_text(monkeypatch):
    from postlint.rules import _tiny_segmenter
    from postlint.rules._tiny_segmenter import segment, segment_all, utf16_units

    monkeypatch.setattr(_tiny_segmenter, "_plain_units", 0)  # numpy's way

    texts = ["", "a", "あ", "B1あ", "E1", "🍣", "🍣🍣あ", "1,2.3", "B3B2B1", "ので,いう.たが,", "１１..",
             "ｳｯｳｯｰｳﾏｳﾏ(ﾟ∀ﾟ)", "", "私の名前は中野です。今日はいい天気ですね。"]
    words, numbers, offsets = segment_all(texts)
    split: list[list[str]] = [[] for _ in texts]
    for word, number, at in zip(words, numbers, offsets):
        assert at == sum(map(len, split[number]))
        split[number].append(word)
    assert split == [segment(utf16_units(text)) for text in texts]
    assert segment_all([]) == ([], [], [])


def test_segment_all_the_same_every_way(monkeypatch):
    """segment() for the first texts of a process, numpy in batches after, segment() for a
    text longer than a batch: the same words."""
    from postlint.rules import _tiny_segmenter
    from postlint.rules._tiny_segmenter import segment_all

    texts = ["今日はいい天気ですね。", "🍣を食べる", "", "私の名前は中野です", "あ"]
    monkeypatch.setattr(_tiny_segmenter, "_arrays", None)
    monkeypatch.setattr(_tiny_segmenter, "_plain_units", 10**9)
    plain = segment_all(texts)
    monkeypatch.setattr(_tiny_segmenter, "_plain_units", 0)
    assert segment_all(texts) == plain
    assert _tiny_segmenter._arrays is not None
    monkeypatch.setattr(_tiny_segmenter, "_BATCH", 6)  # some texts together, longer ones alone
    assert segment_all(texts) == plain

RULE = "no-doubled-joshi"

VALID = [
    "私は猫が好きだ。",
    "会議室の資料で説明した。",
    "この町は静かです。あの町は賑やかです。",
    "山に登ったり川で泳いだりした。",
    "明日行くかどうか迷っている。",
    "本を読む人を探している。",
    "東京で会議をして大阪で話す。",
    "東京の大学の先生の話を聞いた。",
    "`x`の値は`y`の型は数値だ。",
    "資料は机の上、鍵は棚の中にある。",
    "この関数は値を返す（詳細は後の章を参照）。",
    {"text": "猫も犬も好きだ。", "options": {"allow": ["も"]}},
    {"text": "会議室で資料で説明した。", "options": {"separatorCharacters": ["。"], "allow": ["で"]}},
    "> 会議室で資料で説明した。",
    "```\n会議室で資料で説明した。\n```",
    # after a space で is a conjunction, as kuromoji (textlint's tokenizer) reads it
    "東京 で 会議 で 話す予定です。",
]

INVALID = [
    {"text": "会議室で資料で説明した。", "errors": [{"line": 1, "column": 7, "message": "「で」"}]},
    {"text": "彼は本は読まない。", "errors": [{"line": 1, "column": 4}]},
    {"text": "猫も犬も好きだ。", "errors": [{"line": 1, "column": 4}]},
    {"text": "本を読む人を探している。", "options": {"strict": True}, "errors": [{"column": 6}]},
    {"text": "---\ntitle: t\n---\n\n前置きです。\n机には本には紙を挟んである。", "errors": [{"line": 6, "column": 5}]},
    {"text": "- 項目です\n- 箱は中身は空だ。", "errors": [{"line": 2, "column": 7}]},
    {"text": "`x`は`y`は数値だ。", "errors": [{"line": 1, "column": 8}]},
    {"text": "東京で会議をして大阪で話す。", "options": {"min_interval": 3}, "errors": [{"column": 11}]},
    {"text": "[会議室で資料で説明した。](https://example.com)", "errors": [{"column": 8}]},
    # a decoded character reference in link text: textlint maps the text to the link's start
    {"text": "[A&amp;B会議室で資料で説明した。](https://example.com)", "errors": [{"column": 10}]},
    {"text": "📝 会議室で資料で説明した。", "errors": [{"column": 8}]},
    # escaped brackets do not split the link's text: it is one piece, mapped to the link's start
    {"text": "[\\[注\\] 会議室で資料で説明した。](https://example.com)", "errors": [{"column": 11}]},
    # kuromoji's position lies two units into the masked code's piece, which StringSource places
    # at the sentence's start: two UTF-16 units from there are the emoji, and textlint lands on
    # the space after it (its UTF-16 column 3)
    {"text": "😀 会議で`資料集`で説明した。", "errors": [{"column": 2}]},
    {"text": "今日は晴れ。明日は雨で風で寒い。", "errors": [{"column": 13}]},
    {"text": "会議 は資料は机の上だ。", "errors": [{"column": 7}]},
    # an image's alt text has the code's value: textlint maps it to the image's start (its text,
    # "xは今日は晴れ", is not in the source), so the second は lands at the alt's 5th character
    {"text": "![`x`は今日は晴れ](a.png)", "errors": [{"line": 1, "column": 5}]},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_tokens_are_skipped_only_without_a_doubled_particle():
    """``_may_double`` (a test of MeCab's output) must be true for every sentence in
    which the rule finds a doubled particle, whatever the options: it counts runs of
    particle lines between two alike, and leaves out a の/を/て standing alone."""
    from postlint.morph import ipadic_output, tokens
    from postlint.rules import no_doubled_joshi as rule

    texts = ["会議室で資料で説明した。", "東京で会議をして大阪で話す。", "東京で会議をして、大阪で話す。",
             "私の本の表紙", "本を読む人を探している。", "行って見て帰る", "机には本には紙を挟んである。",
             "机に は本に は紙", "猫も 犬も好きだ", "彼は（本は）読む", "のは、のは", "には には",
             "山に登ったり川で泳いだりした。", "明日行くかどうか迷っている。", "AはBはCは", "でもでも"]
    hits = 0
    for text in texts:
        output, toks = ipadic_output(text), tokens(text)
        for strict in (False, True):
            for min_interval in (1, 2, 3, 5):
                found = rule._doubled(toks, min_interval, strict, set(), {"。"}, {"、"})
                hits += bool(found)
                if found:
                    assert rule._may_double(output, strict, min_interval), (text, strict, min_interval)
    assert hits


def test_textlint_names_the_word_before_a_particle_only_near_the_file_start():
    """textlint's message looks the word before each particle up by its index in the sentence
    among ranges in the file: it finds it in a sentence at the file's start, and otherwise
    names the bare particle.  Where two reports at one place get one message so, textlint
    keeps one of them; postlint compares that message (Problem.textlint_message)."""
    from postlint.config import resolve
    from postlint.engine import lint_text

    config = resolve({"rules": {RULE: True}})
    sentence = "会議室で資料で説明した。"
    first = lint_text(sentence + "\n", config)[0]
    later = lint_text("前置きの段落です。" * 5 + "\n\n" + sentence + "\n", config)[0]
    assert first.textlint_message == '室"で"\0資料"で"'
    assert later.textlint_message == '"で"\0"で"'

from postlint.config import resolve
from postlint.engine import lint
from postlint.source import Source

RULE = "reading-time"

# 23 characters (all kanji, kana or Japanese punctuation) per sentence
SENTENCE = "朝の散歩で見つけた花の名前を図鑑で調べました。"
assert len(SENTENCE) == 23
SHORT = SENTENCE * 4  # 92 characters: 1 minute


def post(value, body=SHORT, key="reading_time"):
    return f"---\ntitle: t\n{key}: {value}\n---\n{body}\n"


# 1,150 characters: 2.3 -> 3 minutes
LONG = "\n\n".join([SENTENCE * 10] * 5)

VALID = [
    post(1),
    post(3, LONG),
    post(4, LONG),  # within the tolerance (1 minute)
    post('"3 min"', LONG),
    post('"約3分"', LONG),
    post('"2-4分"', LONG),
    # not checked: no key, a boolean, null, a string without a number, hours
    "---\ntitle: t\n---\n" + SHORT,
    post("true"),
    post("null"),
    post('"すぐ読めます"'),
    post('"1 hour"'),
    "本文だけの記事です。\n",
    # code, HTML, URLs and link targets are not reading text
    post(1, SHORT + "\n\n```\n" + SENTENCE * 200 + "\n```\n\n<div>" + SENTENCE * 200 + "</div>\n\n"
         + "[リンク](https://example.com/" + "a" * 3000 + ")\n"),
    {"text": post(9, LONG), "options": {"tolerance": 6}},
    {"text": post(6, LONG), "options": {"tolerance": "100%"}},
    {"text": post(12, LONG), "options": {"charsPerMinute": 100}},
    {"text": post(1, LONG, key="minutes"), "options": {"key": "minutes", "charsPerMinute": 2000}},
    # English words count at wordsPerMinute
    post(2, "word " * 300),
]

INVALID = [
    {"text": post(8), "errors": [{"line": 3, "column": 15, "message": "reading_time is 8 but the text reads in about 1 minute"}],
     "output": post(1)},
    {"text": post(8, LONG), "errors": [{"line": 3, "message": "1,150 characters at 500/min"}], "output": post(3, LONG)},
    {"text": post('"10 min"', LONG), "errors": [{"line": 3, "column": 15}], "output": post('"3 min"', LONG)},
    {"text": post("10分", LONG), "errors": [{"line": 3}], "output": post("3分", LONG)},
    {"text": post('"約10分"', LONG), "errors": [{"line": 3}], "output": post('"約3分"', LONG)},
    {"text": post(1, LONG), "errors": [{"message": "about 3 minutes"}], "output": post(3, LONG)},
    {"text": post(9, "word " * 300), "errors": [{"message": "300 words at 200/min"}], "output": post(2, "word " * 300)},
    {"text": post(4, LONG), "options": {"tolerance": 0}, "errors": [{"line": 3}], "output": post(3, LONG)},
    {"text": post(3, LONG), "options": {"charsPerMinute": 100}, "errors": [{"message": "about 12 minutes"}],
     "output": post(12, LONG)},
    {"text": post(9, LONG, key="minutes"), "options": {"key": "minutes"}, "errors": [{"message": "minutes is 9"}],
     "output": post(3, LONG, key="minutes")},
    {"text": '+++\ntitle = "t"\nreading_time = 9\n+++\n' + LONG + "\n", "errors": [{"line": 3, "column": 16}],
     "output": '+++\ntitle = "t"\nreading_time = 3\n+++\n' + LONG + "\n"},
    # the fix writes over the whole value, inside its quotes and before a comment
    {"text": post("-2", LONG), "errors": [{"message": "reading_time is -2, not a plain number"}], "output": post(3, LONG)},
    {"text": post("0x10 # hex"), "errors": [{"message": "is 0x10 (read as 16), not a plain number"}],
     "output": post("1 # hex")},
    {"text": post("2:45", LONG), "errors": [{"message": "(read as 165)"}], "output": post(3, LONG)},
    {"text": post("2_000", LONG), "errors": [{"message": "(read as 2000)"}], "output": post(3, LONG)},
    {"text": post('"2e300"', LONG), "errors": [{"message": "is 2e300, not a plain number"}],
     "output": post('"3"', LONG)},
    {"text": post("'9'", LONG), "errors": [{"column": 15, "message": "is 9 but"}], "output": post("'3'", LONG)},
    {"text": post('"約9分" # 目安'), "errors": [{"message": "is 約9分 but"}], "output": post('"約1分" # 目安')},
    # a value that is not plainly a number is reported even when it happens to be near
    {"text": post("0x1"), "errors": [{"message": "not a plain number"}], "output": post(1)},
    {"text": post('"1:00"'), "errors": [{"message": "not a plain number"}], "output": post('"1"')},
    {"text": '+++\ntitle = "t"\nreading_time = 9 # draft\n+++\n' + LONG + "\n",
     "errors": [{"message": "reading_time is 9 but"}],
     "output": '+++\ntitle = "t"\nreading_time = 3 # draft\n+++\n' + LONG + "\n"},
    # JSON front matter (Hugo, Hexo): the number or the string's number is rewritten in place
    {"text": '{\n  "title": "t",\n  "reading_time": 9\n}\n' + LONG + "\n", "errors": [{"line": 3, "column": 19}],
     "output": '{\n  "title": "t",\n  "reading_time": 3\n}\n' + LONG + "\n"},
    {"text": '"title": "t", "reading_time": "約9分"\n;;;\n' + LONG + "\n", "errors": [{"line": 1, "column": 31}],
     "output": '"title": "t", "reading_time": "約3分"\n;;;\n' + LONG + "\n"},
]


def test_cases(rule_tester):
    rule_tester(RULE, VALID, INVALID)


def test_the_seed_post_reads_in_about_twelve_minutes():
    from pathlib import Path

    seed = Path(__file__).resolve().parents[2] / "seeds" / "2025-11-10-korea-ai-investment.md"
    problems = lint(Source.from_text(seed.read_text("utf-8"), str(seed)), resolve({"rules": {RULE: True}}))
    assert [(p.line, p.fix.text) for p in problems] == [(9, "12")]
    assert "about 12 minutes" in problems[0].message


def test_one_fix_satisfies_the_rule():
    """The fix once replaced only the first digits of the value ("-1" -> "-5", "1:30" -> "5:30")."""
    from conftest import apply_fixes, run_rule

    for value in ("-1", "0x10", "1:30", "1e309", "1_000", '"12 min"', "'1.5e1'", "40 # old"):
        text = post(value, LONG)
        fixed = apply_fixes(text, run_rule(RULE, text))
        assert run_rule(RULE, fixed) == [], (value, fixed)

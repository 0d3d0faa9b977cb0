"""JavaScript regular expressions run by ``re`` (postlint.jsregex): what JavaScript means
by a pattern, and how the two versions of textlint's RegExp-like strings read one."""

import pytest

from postlint.jsregex import JSRegexError, compile_js, match_patterns, pattern_of


@pytest.mark.parametrize("source, flags, text, found", [
    (r"\w+", "", "abc日本語_9", ["abc", "_9"]),          # ASCII word characters only
    (r"\d", "", "1１٣", ["1"]),                           # ASCII digits only
    (r"\s", "", "a\u3000b\u00a0c\ufeffd", ["\u3000", "\u00a0", "\ufeff"]),
    (r"a.", "", "a\rab", ["ab"]),                         # . stops at \r too
    (r"a.", "s", "a\ra", ["a\r"]),
    (r"x$", "", "x\n", []),                               # $ is the very end without m
    (r"x$", "m", "x\r\nx", ["x", "x"]),
    (r"^y", "m", "y\u2028y", ["y", "y"]),
    (r"[^]", "", "\n", ["\n"]),
    (r"\u{41}", "u", "A", ["A"]),
    (r"u{2}", "", "uu", ["uu"]),
    (r"\ud83d\ude00", "", "😀", ["😀"]),                # a surrogate pair is one character
    (r"(?<y>\d)\k<y>", "", "1122", ["11", "22"]),
    # Unicode property escapes (Unicode mode only; elsewhere \p is the letter p)
    (r"\p{gc=Zs}", "u", "a\u3000b\u00a0c\td", ["\u3000", "\u00a0"]),
    (r"[\p{Script=Han}\p{sc=Katakana}ー]+", "u", "漢字とカナー、ひら", ["漢字", "カナー"]),
    (r"\P{L}+", "u", "ab12!c", ["12!"]),
    (r"\p{L}", "", "p{L} a", ["p{L}"]),
])
def test_a_pattern_means_what_it_means_in_javascript(source, flags, text, found):
    assert [m.group() for m in compile_js(source, flags).finditer(text)] == found


def test_a_pattern_re_cannot_run_is_an_error_naming_it():
    with pytest.raises(JSRegexError, match=r"/\(/"):
        compile_js("(")
    with pytest.raises(JSRegexError, match="invalid escape"):
        compile_js(r"\q", "u")
    assert compile_js(r"\q").search("q")  # an identity escape outside Unicode mode
    with pytest.raises(JSRegexError, match="invalid property escape"):
        compile_js(r"\p{Script=Han", "u")
    with pytest.raises(JSRegexError, match="unknown property"):
        compile_js(r"\p{Scrip=Han}", "u")


@pytest.mark.parametrize("pattern, text, v1, v2", [
    ("/a.c/s", "a\nc", [], ["a\nc"]),       # 1.x knows no s flag: the string is literal
    ("/a.c/s", "/a.c/s", ["/a.c/s"], ["a.c"]),
    ("//", "ab", ["", "", ""], []),          # 1.x: an empty regex; 2.x: the two slashes
    ("/\\u{3042}/", "あ", [], ["あ"]),       # 2.x is in Unicode mode
    ("/A/i", "a", ["a"], ["a"]),
    ("A.B", "A.B AxB", ["A.B"], ["A.B"]),   # no slashes: literal
    ("/x/\n", "/x/\n", ["/x/\n"], ["/x/\n"]),  # a line end after the flags: literal
])
def test_the_two_matcher_versions_read_a_string_as_textlint_does(pattern, text, v1, v2):
    assert [m.group() for m in pattern_of(pattern, 1).finditer(text)] == v1
    assert [m.group() for m in pattern_of(pattern, 2).finditer(text)] == v2


def test_match_patterns_gives_each_span_once_in_order():
    found = match_patterns("AB ab", ["/a/i", "a", "/b/gi"], matcher=1)
    assert [(m.start, m.end, m.text) for m in found] == [(0, 1, "A"), (1, 2, "B"), (3, 4, "a"), (4, 5, "b")]


def test_an_empty_string_is_no_pattern():
    with pytest.raises(JSRegexError, match="empty pattern"):
        match_patterns("x", [""], matcher=2)


def test_negated_escapes_inside_a_class_are_javascripts():
    """\\W, \\D and \\S inside a class: JavaScript's ASCII words and digits, its white space
    (Python's own \\W would take 社 for a word character and １ for a digit)."""
    from postlint.jsregex import compile_js

    text = "社a_1- １\u3000"
    assert compile_js(r"[^\d\W]", "").findall(text) == ["a", "_"]
    assert compile_js(r"[\W]", "").findall(text) == ["社", "-", " ", "１", "\u3000"]
    assert compile_js(r"[^\D]", "").findall(text) == ["1"]
    assert compile_js(r"[\S]+", "").findall(text) == ["社a_1-", "１"]

import pytest

from postlint.source import Source, SourceError


def test_positions_count_lines_and_columns_in_characters():
    src = Source.from_text("一行目\n二行目です\n")
    assert src.position(0) == (1, 0)
    assert src.position(4) == (2, 0)
    assert src.position(6) == (2, 2)
    assert src.offset(2, 2) == 6


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_newline_styles_are_detected_and_counted(newline):
    src = Source.from_text(f"a{newline}b{newline}c")
    assert src.newline == newline
    assert src.position(len(src.text) - 1) == (3, 0)


def test_bom_is_remembered_and_not_part_of_the_text():
    src = Source.from_bytes("\ufeff本文".encode("utf-8"))
    assert src.bom and src.text == "本文"


def test_utf16_offsets_count_astral_characters_twice():
    src = Source.from_text("😀a𠮷b")
    assert [src.utf16(i) for i in range(5)] == [0, 2, 3, 5, 6]
    assert src.from_utf16(5) == 3
    assert src.utf16_position(3) == (1, 5)


def test_invalid_utf8_names_the_line():
    with pytest.raises(SourceError) as info:
        Source.from_bytes("一行目\n二行目".encode("utf-8") + b"\xff\xfe oops\n")
    assert info.value.line == 2 and "UTF-8" in str(info.value)


def test_binary_content_is_refused():
    with pytest.raises(SourceError, match="binary"):
        Source.from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_utf16_with_bom_is_decoded():
    assert Source.from_bytes("日本語".encode("utf-16")).text == "日本語"
    for encoding in ("utf-16-le", "utf-16-be"):
        src = Source.from_bytes(("\ufeff日本語").encode(encoding))
        assert (src.text, src.bom, src.encoding) == ("日本語", True, encoding)


def test_a_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr("postlint.source.MAX_BYTES", 1000)
    assert Source.from_bytes("あ".encode() * 333).text == "あ" * 333
    with pytest.raises(SourceError, match="not linted"):
        Source.from_bytes("あ".encode() * 334)


def test_a_stray_nul_in_a_real_post_is_text():
    data = ("本文です。" * 100).encode() + b"C:\\Users\x00001.zip\n"
    assert "\x00" in Source.from_bytes(data).text


def test_line_starts_agree_with_every_line_break_kind():
    """The LF-only shortcut gives the same line starts as the general rule (CRLF, CR, LF,
    U+2028, U+2029), on random texts with and without the other breaks."""
    import random

    from postlint.source import _LINE_BREAK, line_starts

    rng = random.Random(7)
    for alphabet in ("ab\n\r\u2028\u2029 あ\n", "ab\n あ\n"):
        for _ in range(5000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
            assert line_starts(text) == [0] + [m.end() for m in _LINE_BREAK.finditer(text)], repr(text)


@pytest.mark.parametrize("prefix, deepest", [(">", 200), ("- ", 200)])
def test_nesting_over_the_limit_is_one_parse_problem_at_the_deepest_block(prefix, deepest):
    """Lists and quotes nested over MAX_NESTING deep are not linted (the rules' work grows with
    the cube of the depth); at the limit they are."""
    from postlint.config import resolve
    from postlint.engine import MAX_NESTING, lint_text

    config = resolve({"rules": {"no-todo": True, "preset-ja-technical-writing": True}})

    def nested(depth):
        return "# 題\n\n" + prefix * depth + "TODO: 深いところです。\n"

    assert deepest == MAX_NESTING
    at_limit = {p.rule_id for p in lint_text(nested(deepest), config)}
    assert "parse" not in at_limit and (prefix == ">" or "no-todo" in at_limit)  # (no-todo skips quotes)
    over = lint_text(nested(deepest + 1), config)
    assert [(p.rule_id, p.line) for p in over] == [("parse", 3)]
    assert "nested more than 200 levels deep" in over[0].message

"""The tokenizer's own promises: a text of any length, tokens that cover it."""

import re
import subprocess
import sys

import pytest

from postlint import morph


@pytest.mark.parametrize("dic", ["ipadic", "unidic"])
def test_a_long_text_is_tokenized_in_pieces_with_offsets_into_the_whole(monkeypatch, dic):
    text = "東京で会議をしました。" * 30 + "区切りのない長い語句" * 20 + "、最後の文です。"
    whole = morph._tokenize.__wrapped__(text, dic)
    monkeypatch.setattr(morph, "MAX_CHARS", 50)
    morph.IPADIC_OUTPUT["ipadic"].cache_clear()
    try:
        cut = morph._tokenize.__wrapped__(text, dic)
    finally:
        morph.IPADIC_OUTPUT["ipadic"].cache_clear()
    assert "".join(t.surface_form for t in cut) == text
    assert all(text[t.start:t.end] == t.surface_form for t in cut)
    assert [t.end for t in cut[:-1]] == [t.start for t in cut[1:]]
    # cut after sentence ends, the pieces' words are the whole text's
    sentences = text.index("区切り")
    assert [t for t in cut if t.end <= sentences] == [t for t in whole if t.end <= sentences]


def test_a_long_run_of_digits_or_letters_goes_to_unidic_in_pieces_with_offsets_into_the_whole():
    """unidic-lite's MeCab slows with the square of such a run (a pasted hash or dump): it is
    given the run in pieces of RUN_CHARS; the tokens still cover the text, offsets into it."""
    text = "値は" + "7" * (morph.RUN_CHARS * 2 + 500) + "で、" + "ab" * morph.RUN_CHARS + "です。"
    pieces = morph._run_pieces(text)
    assert "".join(pieces) == text and len(pieces) == 5
    assert not any(re.search("[0-9a-b、]{%d}" % (morph.RUN_CHARS + 1), piece) for piece in pieces)
    cut = morph._tokenize.__wrapped__(text, "unidic")
    assert "".join(t.surface_form for t in cut) == text
    assert all(text[t.start:t.end] == t.surface_form for t in cut)
    assert cut[0].surface_form == "値" and cut[-1].surface_form == "。"


def test_a_paragraph_of_a_million_characters_does_not_crash_the_tagger(tmp_path):
    """MeCab itself crashes the process (a segmentation fault) on one text of about that size
    with unidic-lite (ja-consistent-spelling) or IPADIC (max-ten)."""
    post = tmp_path / "long.md"
    post.write_text("# 題\n\n" + "本日は晴天なり、" * 125_000 + "\n", "utf-8")
    result = subprocess.run([sys.executable, "-m", "postlint", "--no-textlintrc", "--rule", "ja-consistent-spelling",
                             "--rule", "max-ten", "--format", "json", str(post)], capture_output=True, timeout=300)
    assert result.returncode == 1, result.stderr.decode()[-500:]
    assert b'"ruleId": "max-ten"' in result.stdout

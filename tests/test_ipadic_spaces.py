"""IPADIC with kuromoji's white space: the changed char.bin, the cached copy of the
dictionary (made once, checked, made again when damaged, elsewhere when the cache
folder is read-only), and tokens that read a word after a space as kuromoji does."""

import os
import struct

import fugashi
import ipadic
import pytest

from postlint import ipadic_spaces, morph
from postlint.ipadic_spaces import LayoutError, category_bits, kuromoji_char_bin, mecab_args

ORIGINAL = open(os.path.join(ipadic.DICDIR, "char.bin"), "rb").read()


def _folder_of(args: str) -> str:
    return args.split('-d "', 1)[1].split('"', 1)[0]


def test_only_the_white_space_characters_lose_their_category():
    changed = kuromoji_char_bin(ORIGINAL)
    assert len(changed) == len(ORIGINAL)
    for code in (0x20, 0x09, 0x0A, 0x0B):
        assert category_bits(ORIGINAL, code) != 0
        assert category_bits(changed, code) == 0
    differing = [i for i in range(0, len(ORIGINAL), 4) if ORIGINAL[i:i + 4] != changed[i:i + 4]]
    assert len(differing) == 4  # nothing else moved, not even their unknown-word class
    for at in differing:
        before, after = struct.unpack_from("<I", ORIGINAL, at)[0], struct.unpack_from("<I", changed, at)[0]
        assert before >> 18 == after >> 18


@pytest.mark.parametrize("data", [b"", b"\x01\x00\x00\x00" + b"\x00" * 40, ORIGINAL[:-4]])
def test_an_unexpected_layout_is_refused(data):
    with pytest.raises(LayoutError):
        kuromoji_char_bin(data)


def test_the_copy_is_made_once_in_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = _folder_of(mecab_args())
    assert folder.startswith(str(tmp_path / "postlint"))
    assert open(os.path.join(folder, "char.bin"), "rb").read() == kuromoji_char_bin(ORIGINAL)
    made = os.stat(os.path.join(folder, "char.bin")).st_mtime_ns
    assert _folder_of(mecab_args()) == folder
    assert os.stat(os.path.join(folder, "char.bin")).st_mtime_ns == made
    assert [n for n in os.listdir(tmp_path / "postlint") if n.startswith(".building")] == []


def test_a_damaged_copy_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = _folder_of(mecab_args())
    with open(os.path.join(folder, "char.bin"), "wb") as f:
        f.write(ORIGINAL)  # the unchanged table: MeCab would skip white space again
    os.remove(os.path.join(folder, "matrix.bin"))
    assert _folder_of(mecab_args()) == folder
    assert open(os.path.join(folder, "char.bin"), "rb").read() == kuromoji_char_bin(ORIGINAL)
    assert os.path.exists(os.path.join(folder, "matrix.bin"))


def test_an_unwritable_cache_folder_gives_a_temporary_copy(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))  # under a file: never a folder
    folder = _folder_of(mecab_args())
    assert not folder.startswith(str(tmp_path))
    assert "接続詞" in fugashi.GenericTagger(mecab_args()).parse("ファイル で保存")


def test_an_unreadable_dictionary_falls_back_with_a_warning(monkeypatch, capsys):
    def refuse(original):
        raise LayoutError("not MeCab's layout")

    monkeypatch.setattr(ipadic_spaces, "kuromoji_char_bin", refuse)
    assert mecab_args() == ipadic.MECAB_ARGS
    assert "kuromoji's white space" in capsys.readouterr().err


def test_a_word_after_white_space_is_read_as_kuromoji_reads_it():
    # MeCab alone joins で to ファイル (a particle); kuromoji joins it to the space (a conjunction)
    for space in (" ", "\t", "\n"):
        tokens = morph.tokens(f"ファイル{space}で保存")
        assert [(t.surface_form, t.pos, t.start) for t in tokens][:3] == [
            ("ファイル", "名詞", 0), (space, "記号", 4), ("で", "接続詞", 5)]


def test_white_space_runs_are_one_token_at_their_places():
    text = "  前\t \n後 "
    tokens = morph.tokens(text)
    assert [(t.surface_form, t.pos_detail_1, t.start, t.end) for t in tokens] == [
        ("  ", "空白", 0, 2), ("前", "副詞可能", 2, 3), ("\t \n", "空白", 3, 6), ("後", "接尾", 6, 7), (" ", "空白", 7, 8)]
    assert morph.ipadic_output(text).count("\n") == 2  # no lines for the white space


def test_the_cache_key_names_the_changed_dictionary():
    assert ipadic_spaces.VARIANT in morph.dictionary_versions()["ipadic"]

"""IPADIC read as kuromoji reads it: the changed char.bin, the cached copy of the dictionary
(made once, checked, made again when damaged, elsewhere when the cache folder cannot be
written), and tokens that read white space and unknown words as kuromoji does."""

import os
import struct

import fugashi
import ipadic
import pytest

from postlint import kuromoji_ipadic, morph
from postlint.kuromoji_ipadic import LayoutError, category_bits, class_name, kuromoji_char_bin, mecab_args

ORIGINAL = open(os.path.join(ipadic.DICDIR, "char.bin"), "rb").read()


def _folder_of(args: str) -> str:
    return args.split('-d "', 1)[1].split('"', 1)[0]


def test_white_space_has_no_category_and_every_other_character_its_own_class():
    changed = kuromoji_char_bin(ORIGINAL)
    assert len(changed) == len(ORIGINAL)
    for code in (0x20, 0x09, 0x0A, 0x0B):
        assert category_bits(ORIGINAL, code) != 0
        assert category_bits(changed, code) == 0
        assert class_name(changed, code) == "SPACE"  # unknown words of class SPACE: 記号,空白
    names = kuromoji_ipadic._class_names(ORIGINAL)
    for code in (ord("a"), ord("あ"), ord("ア"), ord("漢"), ord("≥"), ord("①"), 0x3000, 0):
        before, after = (struct.unpack_from("<I", t, kuromoji_ipadic._table_start(t) + 4 * code)[0]
                         for t in (ORIGINAL, changed))
        own = (before >> 18) & 0xFF
        assert after & 0x3FFFF == 1 << own, names[own]  # its own class only
        assert after >> 18 & 0xFF == own and after >> 30 == before >> 30  # class, group, invoke kept
        assert (after >> 26) & 0xF == (0 if (before >> 30) & 1 else 1)  # the group alone, or one character


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


def test_an_unreadable_dictionary_falls_back_with_a_warning(tmp_path, monkeypatch, capsys):
    def refuse(original):
        raise LayoutError("not MeCab's layout")

    monkeypatch.setattr(kuromoji_ipadic, "kuromoji_char_bin", refuse)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert mecab_args() == ipadic.MECAB_ARGS
    assert "as kuromoji 0.1.2 reads it" in capsys.readouterr().err


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
    assert kuromoji_ipadic.VARIANT in morph.dictionary_versions()["ipadic"]
    assert kuromoji_ipadic.COSTS_VARIANT in morph.dictionary_versions()["ipadic-kuromoji-0.1.1"]


def test_unknown_words_are_grouped_and_named_as_kuromoji_does():
    # an unknown symbol is 名詞,サ変接続 in kuromoji's dictionary (記号,一般 in the package's)
    assert [(t.surface_form, t.pos, t.pos_detail_1) for t in morph.tokens("値≥0")][1] == ("≥", "名詞", "サ変接続")
    assert [(t.surface_form, t.pos) for t in morph.tokens("…")] == [("…", "記号")]  # a dictionary word
    # kanji unknown to the dictionary: one character at a time, as kuromoji (not MeCab's pairs)
    assert [t.surface_form for t in morph.tokens("閾値は3")][:2] == ["閾", "値"]


def test_a_changed_package_file_gets_a_new_copy(tmp_path, monkeypatch):
    # a hard link or a copy (where symbolic links are refused) would keep the old file
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    package = tmp_path / "dicdir"
    package.mkdir()
    for name in ("char.bin", *kuromoji_ipadic.FILES):
        (package / name).symlink_to(os.path.join(ipadic.DICDIR, name))
    first = kuromoji_ipadic._folder(str(package), ORIGINAL)
    (package / "unk.dic").unlink()
    (package / "unk.dic").write_bytes(open(os.path.join(ipadic.DICDIR, "unk.dic"), "rb").read())
    second = kuromoji_ipadic._folder(str(package), ORIGINAL)
    assert first != second
    assert os.path.samefile(os.path.join(second, "unk.dic"), package / "unk.dic")


def test_characters_of_no_class_are_read_as_kuromoji_reads_them():
    """kuromoji reads the characters IPADIC's char.def leaves in DEFAULT (─, NBSP, ＠, Hangul)
    as SPACE: an unknown run of them is one 記号,空白 word, and white space before them joins
    them (each checked against kuromoji 0.1.2, as textlint's rules call it)."""
    changed = kuromoji_char_bin(ORIGINAL)
    for code in (0x2500, 0xA0, 0xFF20, 0xD55C):
        assert class_name(ORIGINAL, code) == "DEFAULT"
        assert class_name(changed, code) == "SPACE"
    assert class_name(changed, 0) == "DEFAULT"  # MeCab reads every character past U+FFFF as U+0000

    def read(text):
        return [(t.surface_form, t.pos, t.pos_detail_1) for t in morph.tokens(text)]

    assert read("技術 ──読み")[:2] == [("技術", "名詞", "一般"), (" ──", "記号", "空白")]
    assert read("技術──読み")[1:3] == [("─", "記号", "一般"), ("─", "記号", "一般")]  # dictionary words
    assert read("a\u00a0b")[1] == ("\u00a0", "記号", "空白")
    assert read("한국어 です")[0] == ("한국어 ", "記号", "空白")
    assert read("📦 です")[0] == ("📦", "記号", "一般")  # an emoji stays a symbol


def test_kuromoji_0_1_1s_copy_reads_negative_costs_as_that_version_does(tmp_path, monkeypatch):
    # kuromoji 0.1.1 (pinned by the ja-hiragana-* rules' packages) reads a negative word cost as
    # unsigned: 「、」 as 記号,読点 (cost -2435) is then dearer than as 名詞,数
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    args = mecab_args("0.1.1")
    folder = _folder_of(args)
    assert "0.1.1" in os.path.basename(folder) and folder != _folder_of(mecab_args())
    tagger = fugashi.GenericTagger(args)
    assert tagger.parse("丁度、").splitlines()[1].startswith("、\t名詞,数")
    assert fugashi.GenericTagger(mecab_args()).parse("丁度、").splitlines()[1].startswith("、\t記号,読点")
    for name in ("sys.dic", "unk.dic"):  # changed copies, not links to the package's files
        assert not os.path.islink(os.path.join(folder, name))
    assert _folder_of(mecab_args("0.1.1")) == folder  # made once


def test_a_cut_short_cost_copy_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = _folder_of(mecab_args("0.1.1"))
    with open(os.path.join(folder, "sys.dic"), "r+b") as f:
        f.truncate(1000)
    assert _folder_of(mecab_args("0.1.1")) == folder
    assert os.path.getsize(os.path.join(folder, "sys.dic")) == os.path.getsize(os.path.join(ipadic.DICDIR, "sys.dic"))


def test_the_cost_change_refuses_what_is_no_mecab_dictionary():
    with pytest.raises(LayoutError):
        kuromoji_ipadic.unsigned_costs(b"\0" * 100)
    with pytest.raises(ValueError, match="kuromoji version"):
        mecab_args("0.2.0")


def test_making_a_copy_removes_those_of_dictionaries_that_are_gone(tmp_path, monkeypatch):
    # a deleted virtual environment leaves its copies behind: their links dangle
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    live = _folder_of(mecab_args())
    home = os.path.dirname(live)
    orphan = os.path.join(home, "ipadic-kuromoji-0.1.1-0badcafe")
    os.makedirs(orphan)
    os.symlink(str(tmp_path / "deleted-venv" / "matrix.bin"), os.path.join(orphan, "matrix.bin"))
    made = _folder_of(mecab_args("0.1.1"))
    assert not os.path.exists(orphan)
    assert os.path.isdir(live) and os.path.isdir(made)


def test_copies_for_dictionaries_since_deleted_are_removed_when_a_copy_is_made(tmp_path, monkeypatch):
    """A deleted virtual environment leaves its copy's links pointing nowhere: the next copy
    made removes it, and keeps a copy whose links still hold."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache = tmp_path / "postlint"
    stale, alive = cache / "ipadic-kuromoji-0.1.1-00000001", cache / "ipadic-kuromoji-00000002"
    for folder in (stale, alive):
        folder.mkdir(parents=True)
        (folder / "sys.dic").write_bytes(b"copied")
    (stale / "matrix.bin").symlink_to(tmp_path / "gone-venv" / "matrix.bin")
    (tmp_path / "matrix.bin").write_bytes(b"here")
    (alive / "matrix.bin").symlink_to(tmp_path / "matrix.bin")
    made = kuromoji_ipadic._folder(ipadic.DICDIR, kuromoji_ipadic._package_char_bin())
    assert os.path.isdir(made) and alive.is_dir() and not stale.exists()

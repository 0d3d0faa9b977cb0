"""IPADIC for MeCab, reading white space as kuromoji (textlint's tokenizer) does.

MeCab skips the white space before each word, so the word after a space is joined to the
word before it as if the space were not there.  kuromoji makes the space a word of its own
(``記号,空白``) and joins the next word to that.  The two then disagree on the word after a
space, and the textlint rules with them::

    ファイル で保存する    MeCab: で 助詞,格助詞    kuromoji: で 接続詞

MeCab skips the characters that share a character category with U+0020 in the
dictionary's ``char.bin``.  :func:`mecab_args` points MeCab at a copy of the ipadic
package's dictionary whose ``char.bin`` gives IPADIC's white-space characters (space,
tab, line feed, vertical tab: the ``SPACE`` class) no category at all, keeping ``SPACE``
as their class for unknown words.  MeCab then skips nothing and makes each of them an
unknown word of class ``SPACE`` (``記号,空白``), which the next word is joined to, as in
kuromoji.  (kuromoji makes a run of white space one word; the words around the run see
the same neighbours either way.)

The copy is a folder in the user's cache folder (``$XDG_CACHE_HOME/postlint``): links
to the package's files and the changed ``char.bin`` (256 KB), made once and atomically,
checked at every start; a temporary folder when the cache folder cannot be written.

>>> import fugashi
>>> tagger = fugashi.GenericTagger(mecab_args())
>>> [line.split(",")[0] for line in tagger.parse("ファイル で保存").splitlines()[:3]]
['ファイル\\t名詞', ' \\t記号', 'で\\t接続詞']
"""

from __future__ import annotations

import os
import struct
import sys
import zlib

# What the dictionary is changed into, for cache keys: a new name when the change changes.
VARIANT = "white space as kuromoji reads it"
# IPADIC's SPACE class (its char.def): U+0020, TAB, LF, VT
SPACE_CHARACTERS = (0x20, 0x09, 0x0A, 0x0B)
FILES = ("sys.dic", "unk.dic", "matrix.bin", "dicrc", "mecabrc")
_CATEGORY_NAME_BYTES = 32
_CODES = 0xFFFF  # MeCab's table covers U+0000..U+FFFE
_CATEGORY_BITS = (1 << 18) - 1  # MeCab's CharInfo: type:18 default_type:8 length:4 group:1 invoke:1


class LayoutError(Exception):
    """The dictionary's char.bin is not laid out as MeCab 0.996 writes it."""


def kuromoji_char_bin(original: bytes) -> bytes:
    """``original`` (a char.bin) with the white-space characters in no category.

    >>> import ipadic
    >>> data = open(ipadic.DICDIR + "/char.bin", "rb").read()
    >>> changed = kuromoji_char_bin(data)
    >>> len(changed) == len(data), category_bits(changed, 0x20), category_bits(data, 0x20) != 0
    (True, 0, True)
    """
    out = bytearray(original)
    for code in SPACE_CHARACTERS:
        at = _offset(original, code)
        info = struct.unpack_from("<I", out, at)[0]
        struct.pack_into("<I", out, at, info & ~_CATEGORY_BITS)
    return bytes(out)


def category_bits(char_bin: bytes, code: int) -> int:
    """The category bits ``char_bin`` gives to the character ``code``."""
    return struct.unpack_from("<I", char_bin, _offset(char_bin, code))[0] & _CATEGORY_BITS


def _offset(char_bin: bytes, code: int) -> int:
    if len(char_bin) < 4:
        raise LayoutError("char.bin is too short")
    categories = struct.unpack_from("<I", char_bin, 0)[0]
    table = 4 + _CATEGORY_NAME_BYTES * categories
    if len(char_bin) != table + 4 * _CODES:
        raise LayoutError(f"char.bin has {len(char_bin)} bytes, expected {table + 4 * _CODES}")
    return table + 4 * code


def mecab_args() -> str:
    """fugashi/MeCab arguments for IPADIC with kuromoji's white space; those for the
    package's own dictionary (with a warning) if its char.bin is not as expected."""
    import ipadic

    source = ipadic.DICDIR
    try:
        with open(os.path.join(source, "char.bin"), "rb") as f:
            changed = kuromoji_char_bin(f.read())
        folder = _folder(source, changed)
    except (OSError, LayoutError) as exc:
        print(f"postlint: warning: cannot prepare IPADIC with kuromoji's white space ({exc}); "
              "words after white space may be read differently from textlint", file=sys.stderr)
        return ipadic.MECAB_ARGS
    return f'-r "{os.path.join(folder, "mecabrc")}" -d "{folder}"'


def _folder(source: str, char_bin: bytes) -> str:
    """The cache folder for ``source`` with ``char_bin``: found or made."""
    from postlint.startup_cache import cache_home

    # the name tells copies of different dictionaries apart (its contents are checked anyway);
    # zlib, not hashlib: importing hashlib (OpenSSL) would cost more than all of this
    digest = zlib.crc32(char_bin, zlib.crc32(os.path.abspath(source).encode()))
    name = f"ipadic-kuromoji-spaces-{digest:08x}"
    folder = os.path.join(cache_home(), name)
    if _complete(folder, source, char_bin):
        return folder
    try:
        os.makedirs(cache_home(), exist_ok=True)
        return _make(cache_home(), folder, source, char_bin)
    except OSError:  # a read-only home: a folder for this process
        import atexit
        import shutil
        import tempfile

        scratch = tempfile.mkdtemp(prefix="postlint-ipadic-")
        atexit.register(shutil.rmtree, scratch, True)
        return _make(scratch, os.path.join(scratch, name), source, char_bin)


def _complete(folder: str, source: str, char_bin: bytes) -> bool:
    try:
        with open(os.path.join(folder, "char.bin"), "rb") as f:
            if f.read() != char_bin:
                return False
    except OSError:
        return False
    return all(os.path.exists(os.path.join(folder, name)) for name in FILES)


def _make(parent: str, folder: str, source: str, char_bin: bytes) -> str:
    """Build the folder under a temporary name in ``parent``, then rename it into place
    (another process may win the race: its folder is as good)."""
    import shutil
    import tempfile

    building = tempfile.mkdtemp(prefix=".building-", dir=parent)
    try:
        for name in FILES:
            _link(os.path.join(source, name), os.path.join(building, name))
        with open(os.path.join(building, "char.bin"), "wb") as f:
            f.write(char_bin)
        if os.path.isdir(folder) and not _complete(folder, source, char_bin):
            shutil.rmtree(folder, ignore_errors=True)  # damaged: made again
        try:
            os.rename(building, folder)
        except OSError:
            if not _complete(folder, source, char_bin):
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return folder


def _link(target: str, path: str) -> None:
    """A link to ``target`` (symbolic, else hard, else a copy: Windows without the right)."""
    try:
        os.symlink(target, path)
        return
    except OSError:
        pass
    try:
        os.link(target, path)
    except OSError:
        import shutil

        shutil.copyfile(target, path)

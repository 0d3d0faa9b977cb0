"""IPADIC for MeCab, reading characters as kuromoji (textlint's tokenizer) does.

The ``ipadic`` package is the dictionary kuromoji ships, but MeCab and kuromoji read its
character classes (``char.bin``) differently, and the textlint rules see the difference:

- **White space.**  MeCab skips the white space before a word, so the word after a space is
  joined to the word before it.  kuromoji makes the space a word of its own (``記号,空白``)
  and joins the next word to that::

      ファイル で保存する    MeCab: で 助詞,格助詞    kuromoji: で 接続詞

- **Unknown words.**  MeCab groups a run of characters that share any of their classes and
  also tries its first one or two characters alone; kuromoji groups a run of characters of
  the same class, or takes one character, and tries nothing else.

- **Characters of no class.**  kuromoji reads every character that IPADIC's char.def leaves
  in ``DEFAULT`` (─, NBSP, ＠, Hangul) as ``SPACE``: an unknown run of them is one
  ``記号,空白`` word, and white space next to them is part of that word (``" ──"``).

:func:`mecab_args` points MeCab at a copy of the package's dictionary whose ``char.bin``
makes MeCab do what kuromoji does: IPADIC's white-space characters (space, tab, line feed,
vertical tab) belong to no class, so MeCab skips none of them and makes each an unknown word
of class ``SPACE`` (``記号,空白``; kuromoji makes a run one word, whose neighbours are the
same); a character of no class is an unknown word of class ``SPACE`` too, grouped with its
kind (the token builder, :func:`postlint.morph._join_space_runs`, joins the white space next
to it); every other character belongs to its own class only; a grouping class tries the
group alone, and any other class one character.

The unknown words of class ``SYMBOL`` are ``名詞,サ変接続`` in kuromoji's dictionary and
``記号,一般`` in the package's (:func:`is_symbol` tells which characters are of that class).

**kuromoji 0.1.1**, which some rules' packages pin (the ja-hiragana-* rules, through kuromojin
2), reads a word's cost as an unsigned 16-bit number (0.1.2 fixed that): each of IPADIC's 51
words of negative cost (``、`` as 記号,読点, 研究, そのまま…) costs 65,536 more there, so
a path through one is almost never the best, and 「丁度、」 ends in ``、`` as 名詞,数.
``mecab_args("0.1.1")`` gives a copy whose sys.dic has those costs at the highest MeCab can
keep, 32,767 (:func:`unsigned_costs`): on 5,293 lines of the corpus it reads every line as
kuromoji 0.1.1 does but the three that the 0.1.2 copy also reads unlike kuromoji 0.1.2.
Making a copy removes the copies of dictionaries that are gone (:func:`_forget_orphans`).

The copy is a folder in the user's cache folder (``$XDG_CACHE_HOME/postlint``): links to the
package's files and the changed ``char.bin`` (256 KB), made once and atomically, checked at
every start; a temporary folder when the cache folder cannot be written.

>>> import fugashi
>>> tagger = fugashi.GenericTagger(mecab_args())
>>> [line.split(",")[0] for line in tagger.parse("ファイル で保存").splitlines()[:3]]
['ファイル\\t名詞', ' \\t記号', 'で\\t接続詞']
"""

from __future__ import annotations

import functools
import os
import struct
import sys
import zlib

# What the dictionary is changed into, for cache keys: a new name when the change changes.
VARIANT = "kuromoji's character classes, 3b"
# IPADIC's SPACE class (its char.def): U+0020, TAB, LF, VT
SPACE_CHARACTERS = (0x20, 0x09, 0x0A, 0x0B)
FILES = ("sys.dic", "unk.dic", "matrix.bin", "dicrc", "mecabrc")
KUROMOJI_VERSIONS = ("0.1.2", "0.1.1")  # whose reading of the dictionary mecab_args can give
COSTS_VARIANT = "negative word costs at 32767, 1"  # what 0.1.1's copy changes besides, for cache keys
_COST_FILES = ("sys.dic", "unk.dic")  # the files whose word costs kuromoji 0.1.1 misreads
_NAME_BYTES = 32
_CODES = 0xFFFF  # MeCab's table covers U+0000..U+FFFE
# MeCab's CharInfo, a 32-bit word: type:18 default_type:8 length:4 group:1 invoke:1
_CATEGORY_BITS = (1 << 18) - 1
_LENGTH_BITS = 0xF << 26


class LayoutError(Exception):
    """The dictionary's char.bin is not laid out as MeCab 0.996 writes it."""


def kuromoji_char_bin(original: bytes) -> bytes:
    """``original`` (a char.bin) with kuromoji's reading of its classes (see above).

    >>> import ipadic
    >>> data = open(ipadic.DICDIR + "/char.bin", "rb").read()
    >>> changed = kuromoji_char_bin(data)
    >>> len(changed) == len(data), category_bits(changed, 0x20), category_bits(data, 0x20) != 0
    (True, 0, True)
    """
    table = _table_start(original)
    words = list(struct.unpack_from(f"<{_CODES}I", original, table))
    spaces = set(SPACE_CHARACTERS)
    names = _class_names(original)
    default = names.index("DEFAULT") if "DEFAULT" in names else -1
    space = names.index("SPACE") if "SPACE" in names else -1
    # kuromoji reads a character of no class (DEFAULT: ─, NBSP, ＠, Hangul...) as SPACE: its
    # unknown words are 記号,空白, and a run of them is one word (the white space next to
    # them joins it in the token builder: postlint.morph)
    as_space = (words[0x20] & ~_CATEGORY_BITS) | (1 << space) if space >= 0 else None
    for code, info in enumerate(words):
        if code in spaces:
            words[code] = info & ~_CATEGORY_BITS
            continue
        if as_space is not None and (info >> 18) & 0xFF == default and code:
            # (not U+0000: MeCab reads every character past U+FFFF, emoji among them, as that
            # one, and kuromoji reads those as DEFAULT, 記号,一般)
            words[code] = as_space
            continue
        own_class = 1 << ((info >> 18) & 0xFF)
        length = 0 if (info >> 30) & 1 else 1
        words[code] = (info & ~_CATEGORY_BITS & ~_LENGTH_BITS) | own_class | (length << 26)
    return original[:table] + struct.pack(f"<{_CODES}I", *words)


def unsigned_costs(dic: bytes) -> bytes:
    """``dic`` (a MeCab sys.dic or unk.dic) with each negative word cost raised to 32,767, the
    highest a cost can be: what kuromoji 0.1.1 makes of it, reading it as unsigned (see above).

    >>> import ipadic
    >>> data = open(ipadic.DICDIR + "/sys.dic", "rb").read()
    >>> changed = unsigned_costs(data)
    >>> len(changed) == len(data), sum(c < 0 for c in _costs(data)), sum(c == 32767 for c in _costs(changed))
    (True, 51, 51)
    """
    import array

    start, count = _token_table(dic)
    words = array.array("h", dic[start:start + 16 * count])  # 8 shorts a token; the cost is the 4th
    changed = False
    for i in range(3, len(words), 8):
        if words[i] < 0:
            words[i] = 32767
            changed = True
    return dic[:start] + words.tobytes() + dic[start + 16 * count:] if changed else dic


def _costs(dic: bytes):
    import array

    start, count = _token_table(dic)
    return array.array("h", dic[start:start + 16 * count])[3::8]


def _token_table(dic: bytes) -> tuple[int, int]:
    """Where a MeCab dictionary's tokens start, and how many there are (each 16 bytes:
    left id, right id, part of speech id, cost as 16-bit numbers, then two 32-bit ones)."""
    if sys.byteorder != "little" or len(dic) < 72:
        raise LayoutError("not a little-endian MeCab dictionary")
    dsize, tsize, fsize = struct.unpack_from("<3I", dic, 24)
    if tsize % 16 or len(dic) != 72 + dsize + tsize + fsize:
        raise LayoutError("a dictionary not laid out as MeCab 0.996 writes it")
    return 72 + dsize, tsize // 16


def category_bits(char_bin: bytes, code: int) -> int:
    """The category bits ``char_bin`` gives to the character ``code``."""
    return _info(char_bin, code) & _CATEGORY_BITS


def class_name(char_bin: bytes, code: int) -> str:
    """The class ``char_bin`` gives to the character ``code`` for unknown words."""
    return _class_names(char_bin)[(_info(char_bin, code) >> 18) & 0xFF]


def _info(char_bin: bytes, code: int) -> int:
    return struct.unpack_from("<I", char_bin, _table_start(char_bin) + 4 * code)[0]


def _class_names(char_bin: bytes) -> list[str]:
    count = struct.unpack_from("<I", char_bin, 0)[0]
    return [char_bin[4 + _NAME_BYTES * i:4 + _NAME_BYTES * (i + 1)].split(b"\0")[0].decode("ascii", "replace")
            for i in range(count)]


def _table_start(char_bin: bytes) -> int:
    if len(char_bin) < 4:
        raise LayoutError("char.bin is too short")
    table = 4 + _NAME_BYTES * struct.unpack_from("<I", char_bin, 0)[0]
    if len(char_bin) != table + 4 * _CODES:
        raise LayoutError(f"char.bin has {len(char_bin)} bytes, expected {table + 4 * _CODES}")
    return table


@functools.lru_cache(maxsize=1)
def _package_char_bin() -> bytes | None:
    import ipadic

    try:
        with open(os.path.join(ipadic.DICDIR, "char.bin"), "rb") as f:
            data = f.read()
        _table_start(data)
    except (OSError, LayoutError):
        return None
    return data


def _package_class(code: int) -> str | None:
    """The class the package's char.bin gives to the character ``code`` (None when it cannot
    tell: no readable char.bin, or past its table)."""
    data = _package_char_bin()
    if data is None or code >= _CODES:
        return None
    return class_name(data, code)


@functools.lru_cache(maxsize=4096)
def is_space(character: str) -> bool:
    """Whether kuromoji reads ``character`` as of class ``SPACE``: IPADIC's white space, and
    every character of no class (``DEFAULT``) in IPADIC's char.def, which kuromoji reads as
    ``SPACE`` (its unknown words are ``記号,空白``, and a run of them is one word).

    >>> is_space(" "), is_space("\u00a0"), is_space("─"), is_space("　"), is_space("あ"), is_space("😀")
    (True, True, True, False, False, False)
    """
    code = ord(character)
    return code in SPACE_CHARACTERS or (code != 0 and _package_class(code) == "DEFAULT")


@functools.lru_cache(maxsize=4096)
def is_symbol(character: str) -> bool:
    """Whether ``character`` is of IPADIC's ``SYMBOL`` class (an unknown word starting with
    it is ``名詞,サ変接続`` in kuromoji).

    >>> is_symbol("≥"), is_symbol("#"), is_symbol("あ"), is_symbol("😀")
    (True, True, False, False)
    """
    found = _package_class(ord(character))
    if found is None:
        return "!" <= character <= "~" and not character.isalnum()  # the ASCII symbols at least
    return found == "SYMBOL"


def mecab_args(version: str = "0.1.2") -> str:
    """fugashi/MeCab arguments for IPADIC read as kuromoji ``version`` (one of
    :data:`KUROMOJI_VERSIONS`) reads it; those for the package's own dictionary (with a
    warning) if its files are not as expected."""
    import ipadic

    if version not in KUROMOJI_VERSIONS:
        raise ValueError(f"unknown kuromoji version {version!r}; expected one of {KUROMOJI_VERSIONS}")
    source = ipadic.DICDIR
    try:
        original = _package_char_bin()
        if original is None:
            raise LayoutError("unreadable, or not as MeCab 0.996 writes it")
        folder = _folder(source, original, version)
    except (OSError, LayoutError) as exc:
        print(f"postlint: warning: cannot prepare IPADIC as kuromoji {version} reads it ({exc}); "
              "some words may be read differently from textlint", file=sys.stderr)
        return ipadic.MECAB_ARGS
    return f'-r "{os.path.join(folder, "mecabrc")}" -d "{folder}"'


def _folder(source: str, original: bytes, version: str = "0.1.2") -> str:
    """The cache folder for the dictionary in ``source`` (whose char.bin is ``original``) as
    kuromoji ``version`` reads it: found, or made (the changed files are computed only then:
    the table takes milliseconds, the costs of 0.1.1 a few tenths of a second)."""
    from postlint.startup_cache import cache_home

    # The name tells apart copies of different dictionaries, of changed files (a hard link or a
    # copy would keep an upgraded package's old file) and of changes to the table.  zlib, not
    # hashlib: importing hashlib (OpenSSL) would cost more than all of this.
    stats = [os.stat(os.path.join(source, name)) for name in FILES]
    parts = [os.path.abspath(source), VARIANT, *(f"{s.st_size}:{s.st_mtime_ns}" for s in stats)]
    identity = "\0".join(parts if version == "0.1.2" else [*parts, version, COSTS_VARIANT])
    digest = zlib.crc32(original, zlib.crc32(identity.encode()))
    name = f"ipadic-kuromoji-{digest:08x}" if version == "0.1.2" else f"ipadic-kuromoji-{version}-{digest:08x}"
    folder = os.path.join(cache_home(), name)
    costs = _COST_FILES if version == "0.1.1" else ()
    if _complete(folder, source, costs):
        return folder
    written = {"char.bin": kuromoji_char_bin(original)}
    for file in costs:
        with open(os.path.join(source, file), "rb") as f:
            written[file] = unsigned_costs(f.read())
    try:
        os.makedirs(cache_home(), exist_ok=True)
        _prune_stale(cache_home())
        return _make(cache_home(), folder, source, written)
    except OSError:  # a read-only home: a folder for this process
        import atexit
        import shutil
        import tempfile

        scratch = tempfile.mkdtemp(prefix="postlint-ipadic-")
        atexit.register(shutil.rmtree, scratch, True)
        return _make(scratch, os.path.join(scratch, name), source, written)


def _prune_stale(parent: str) -> None:
    """Remove the copies made for dictionaries that are gone: a folder whose links point
    nowhere was made for a virtual environment since deleted (each environment's IPADIC gets
    its own copy, 48 MB for kuromoji 0.1.1's, and a developer makes many).  Run only when a
    copy is made, which is rare; a copy still in use by a process stays mapped until it ends."""
    import shutil

    try:
        entries = list(os.scandir(parent))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith("ipadic-kuromoji-") or not entry.is_dir(follow_symlinks=False):
            continue
        try:
            links = [item.path for item in os.scandir(entry.path) if item.is_symlink()]
        except OSError:
            continue
        if links and not all(os.path.exists(link) for link in links):
            shutil.rmtree(entry.path, ignore_errors=True)


_CHECKSUM = "char.bin.crc32"  # the changed table's checksum, written beside it


def _complete(folder: str, source: str, copies: tuple = ()) -> bool:
    """Whether ``folder`` holds every file, a char.bin that matches its checksum, and of
    ``copies`` (changed copies of ``source``'s files) a whole file each."""
    try:
        with open(os.path.join(folder, "char.bin"), "rb") as f:
            data = f.read()
        with open(os.path.join(folder, _CHECKSUM), encoding="ascii") as f:
            if f.read().strip() != f"{zlib.crc32(data):08x}":
                return False
    except (OSError, ValueError):
        return False
    for name in copies:
        copy = os.path.join(folder, name)
        if os.path.islink(copy) or not os.path.isfile(copy) or \
                os.path.getsize(copy) != os.path.getsize(os.path.join(source, name)):
            return False
    return all(os.path.exists(os.path.join(folder, name)) for name in FILES)


def _make(parent: str, folder: str, source: str, written: dict[str, bytes]) -> str:
    """Build the folder under a temporary name in ``parent``: ``written`` (file name -> the
    changed content: char.bin, and for 0.1.1 the cost files), links to the other files of
    ``source``; then rename it into place (another process may win the race: its folder is
    as good)."""
    import shutil
    import tempfile

    building = tempfile.mkdtemp(prefix=".building-", dir=parent)
    copies = tuple(name for name in written if name != "char.bin")
    try:
        for name in FILES:
            if name not in written:
                _link(os.path.join(source, name), os.path.join(building, name))
        for name, data in written.items():
            with open(os.path.join(building, name), "wb") as f:
                f.write(data)
        with open(os.path.join(building, _CHECKSUM), "w", encoding="ascii") as f:
            f.write(f"{zlib.crc32(written['char.bin']):08x}\n")
        if os.path.isdir(folder) and not _complete(folder, source, copies):
            shutil.rmtree(folder, ignore_errors=True)  # damaged: made again
        try:
            os.rename(building, folder)
        except OSError:
            if not _complete(folder, source, copies):
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    _forget_orphans(parent)
    return folder


def _forget_orphans(parent: str) -> None:
    """Remove the copies in ``parent`` made of a dictionary that is gone (a deleted virtual
    environment's): their links to its files dangle, and no run can use them again, while a
    copy for kuromoji 0.1.1 holds 49 MB.  Called only when a copy is made.

    >>> import tempfile
    >>> parent = tempfile.mkdtemp()
    >>> os.makedirs(os.path.join(parent, "ipadic-kuromoji-0.1.1-00000000"))
    >>> os.symlink(os.path.join(parent, "gone", "matrix.bin"), os.path.join(parent, "ipadic-kuromoji-0.1.1-00000000", "matrix.bin"))
    >>> _forget_orphans(parent); os.listdir(parent)
    []
    """
    import shutil

    try:
        names = os.listdir(parent)
    except OSError:
        return
    for name in names:
        link = os.path.join(parent, name, "matrix.bin")
        if name.startswith("ipadic-kuromoji-") and os.path.islink(link) and not os.path.exists(link):
            shutil.rmtree(os.path.join(parent, name), ignore_errors=True)


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

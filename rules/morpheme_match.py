"""利用者の辞書（形態素の並び）に一致する表現を報告する（@textlint-ja/textlint-rule-morpheme-match 2.0.0 互換）。

A site's own token-pattern word lists: ``dictionaryPathList`` names JSON (or YAML) files
in morpheme-match-textlint's format, a list of entries ``{message, expected?, tokens}``,
each token a mapping of IPADIC fields (``surface_form``, ``pos``, ``basic_form``…; a list
of values: any of them; ``{}``: any token) plus ``_capture: "$1"`` (its surface goes into
``$1`` in ``message`` and ``expected``) and ``_skippable: true`` (the token may be
missing).  Every ``Str`` is tokenized (kuromoji 0.1.2's IPADIC, as the package's
kuromojin 3 gives it) and matched with postlint's morpheme-match engine
(:mod:`postlint.wordlist`); as in the package, a match partway through at the end of one
``Str`` goes on in the next one of the same file.  A match is reported at its first token
and, when the entry has an ``expected``, fixed by replacing the matched tokens.

Options: ``dictionaryPathList`` (default none: a problem at 1:1 asks for one), paths taken
from the config file's folder (``~`` for the home folder).  A missing, unreadable or malformed dictionary, or a
JavaScript one (postlint runs no JavaScript: write it as JSON), is a config error naming
the file.

    dictionary: [{"message": "「$1を行う」は「$1する」で十分です", "expected": "$1する",
                  "tokens": [{"pos": "名詞", "pos_detail_1": "サ変接続", "_capture": "$1"},
                             {"surface_form": "を"}, {"basic_form": "行う"}]}]
    OK:  設定を変更する。
    NG:  設定を変更を行う。 … 「変更を行う」 -> 「変更する」
"""

from __future__ import annotations

import json
import os

from postlint import wordlist
from postlint.prh import PrhError, load_yaml

ID = "morpheme-match"
NODES = ("Document", "Str")
OPTIONS = {"dictionaryPathList": [str]}
DEFAULTS: dict = {"dictionaryPathList": []}
FILE_LIST_OPTIONS = ("dictionaryPathList",)  # dictionary paths, from the config file's folder
FIXABLE = True
FIX_ONCE = True  # a user's replacements may chain (one entry's expected holds another's word)

_JS = (".js", ".cjs", ".mjs")


def check_options(opts) -> None:
    """Read the dictionaries when the config loads: a bad one is a config error."""
    for path in opts.get("dictionaryPathList") or ():
        load(path)


def load(path: str) -> wordlist.Dictionary:
    """The dictionary at ``path`` (as Node's require finds it: ``path``, else ``path.json``),
    cached while the file is unchanged."""
    found = os.path.abspath(os.path.expanduser(path))
    if not os.path.isfile(found) and not os.path.splitext(found)[1]:
        for ext in (".json", ".yml", ".yaml", *_JS):
            if os.path.isfile(found + ext):
                found += ext
                break
    if found.endswith(_JS):
        raise wordlist.WordListError(
            f"dictionary {path}: postlint cannot run a JavaScript dictionary; write the list as JSON (or YAML)")
    return wordlist.load(found, _read, "dictionary")


def _read(path: str) -> wordlist.Dictionary:
    """A dictionary file in morpheme-match-textlint's format (for :func:`wordlist.load`)."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        raw = json.loads(text) if path.endswith(".json") else load_yaml(text, path)
    except (OSError, UnicodeDecodeError, ValueError, PrhError) as exc:  # JSONDecodeError is a ValueError
        raise wordlist.WordListError(f"cannot read dictionary {path}: {getattr(exc, 'strerror', None) or exc}") \
            from None
    return to_dictionary(raw, path)


def to_dictionary(raw, name: str) -> wordlist.Dictionary:
    """A :class:`wordlist.Dictionary` from morpheme-match-textlint entries: a list of them
    (or one, as the package's ``concat`` takes an object).

    >>> d = to_dictionary([{"message": "「$1ずらい」→「$1づらい」", "expected": "$1づらい", "allows": ["x"],
    ...     "tokens": [{"pos": "動詞", "_capture": "$1"}, {"surface_form": "ずら"}, {"surface_form": "い"}]}], "d")
    >>> [(m.start, m.message, m.expected) for m in d.match_text("とても読みずらい")]
    [(3, '「読みずらい」→「読みづらい」', '読みづらい')]
    """
    items = raw if isinstance(raw, list) else [raw]
    return wordlist.Dictionary.from_data({"morphemes": [_entry(item, f"{name}: entry {i + 1}")
                                                        for i, item in enumerate(items)]}, name)


def _entry(item, where: str) -> dict:
    """One entry in wordlist's terms.  Only ``message``, ``expected`` and ``tokens`` count:
    the package reads nothing else (an ``allows`` list, say, allows nothing)."""
    if not isinstance(item, dict):
        raise wordlist.WordListError(f"{where}: an entry must be an object with 'message' and 'tokens'")
    tokens = item.get("tokens")
    if not isinstance(tokens, list):
        raise wordlist.WordListError(f"{where}: 'tokens' must be a list of token objects")
    if not tokens:
        raise wordlist.WordListError(f"{where}: 'tokens' is empty (the entry would match nothing)")
    entry = {"message": item.get("message"), "tokens": [_token(t, f"{where} token {i + 1}")
                                                        for i, t in enumerate(tokens)]}
    expected = item.get("expected")
    if expected:  # an empty expected is no fix
        entry["expected"] = str(expected)
    return entry


def _token(token, where: str) -> dict:
    """One token pattern: ``_capture`` -> ``capture``, ``_skippable`` -> ``optional``, other
    keys starting with ``_`` ignored (morpheme-match skips them), the rest IPADIC fields."""
    if not isinstance(token, dict):
        raise wordlist.WordListError(f"{where}: a token must be an object of fields")
    out = {}
    for key, value in token.items():
        if key == "_capture":
            if value:
                out["capture"] = str(value)
        elif key == "_skippable":
            out["optional"] = bool(value)
        elif key.startswith("_"):
            continue
        elif key not in wordlist.TOKEN_FIELDS:
            raise wordlist.WordListError(
                f"{where}: field {key!r} is not supported (use {', '.join(sorted(wordlist.TOKEN_FIELDS))})")
        elif not all(isinstance(v, str) for v in (value if isinstance(value, list) else [value])):
            raise wordlist.WordListError(f"{where}: field {key!r} must be a string or a list of strings")
        else:
            out[key] = value
    return _as_kuromoji(out)


def _as_kuromoji(fields: dict) -> dict:
    """Token fields read as kuromoji's tokens have them, in postlint's tokens' terms.

    kuromoji gives an unknown word (``Wrapper``, white space) the basic form ``*`` and no
    reading or pronunciation; postlint's tokens give it its surface as basic form, and ``*``
    as reading and pronunciation (as only unknown words have).  So ``basic_form: "*"``
    becomes ``reading: "*"``, and a ``*`` asked of the reading or pronunciation, which no
    kuromoji token has, is dropped (a field left with no value matches no token).

    >>> _as_kuromoji({"basic_form": "*", "reading": ["*", "イウ"]})
    {'reading': []}
    >>> _as_kuromoji({"basic_form": ["*", "する"], "pos": "名詞"})
    {'basic_form': ['する'], 'pos': '名詞'}
    """
    out = dict(fields)
    for key in ("reading", "pronunciation"):
        values = out.get(key)
        if values is not None and "*" in (values if isinstance(values, list) else [values]):
            out[key] = [v for v in (values if isinstance(values, list) else [values]) if v != "*"]
    base = out.get("basic_form")
    if base == "*" or base == ["*"]:
        del out["basic_form"]
        reading = out.get("reading")
        out["reading"] = ["*"] if reading is None else []  # an unknown word has no reading to ask
    elif isinstance(base, list) and "*" in base:
        # one of the values or an unknown word: not expressible as fields that must all hold;
        # the known words' values are kept
        out["basic_form"] = [v for v in base if v != "*"]
    return out


def check(node, opts, ctx):
    if node.type == "Document":
        if opts["dictionaryPathList"]:
            return ()
        return [ctx.report(0, 0, "morpheme-match ルールに dictionaryPathList がありません。"
                                 "辞書ファイル（JSON）のパスを一つ以上書いてください。")]
    if not opts["dictionaryPathList"]:
        return ()
    try:
        dictionaries = ctx.memo((ID, tuple(opts["dictionaryPathList"])), lambda: _for_file(ctx, opts))
    except wordlist.WordListError as exc:  # changed since the config was read
        return list(wordlist.report_once(ctx, ID, str(exc)))
    if not dictionaries:
        return []  # (most files: no entry can match anywhere)
    return wordlist.check_str(node, ctx, dictionaries, fixable=True, carry=True, joined=True)


def _for_file(ctx, opts) -> list[wordlist.Dictionary]:
    """The dictionaries, read once a file, narrowed to the entries that can match in it."""
    narrowed = (load(path).narrowed(ctx.text) for path in opts["dictionaryPathList"])
    return [dictionary for dictionary in narrowed if dictionary is not None]

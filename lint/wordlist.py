"""Word-list rules as data: token-pattern dictionaries (and prh phrase lists) run by one engine.

textlint's ja-no-abusage, ja-no-redundant-expression and ja-no-weak-phrase
are lists of phrases to report, each described as a sequence of morphemes
(IPADIC tokens, what kuromoji gives) with an optional replacement.  Here each
list is a YAML file (``rules/dict/<rule-id>.yml``) and this module runs it;
a user adds a list of their own in the same format through a rule's
``dictionaries`` option.

Dictionary format::

    # where the facts come from (package, version, license)
    morphemes:
      - id: dict5                    # optional; options may refer to an entry by id
        message: 「$1を行う」は「$1する」と短く書けます。   # $N: the surface of token captured as $N
        expected: $1する             # optional replacement (a fix); $N as in message
        allows: ["/^処理を/"]        # optional RegExp-like strings; matched text that fits one is not reported
        disabled: false              # optional; an option can enable it
        report_at: 1                 # optional: the matched token reported (default 0, the first)
        fix_from: 1                  # optional: the matched token the fix starts at (default 0)
        tokens:                      # one mapping per token, all listed fields must be equal
          - {pos: 名詞, pos_detail_1: サ変接続, capture: $1}
          - {surface_form: を, pos: 助詞}
          - {surface_form: [、, ，], optional: true, capture: $2}   # a list: any of these values
          - {basic_form: 行う, pos: 動詞}
    prh:                             # optional: prh rules (see postlint.prh), for plain phrases
      - expected: 値を返す
        pattern: 値を返却する
        prh: a note shown with the problem

Token fields: ``surface_form``, ``pos``, ``pos_detail_1`` .. ``pos_detail_3``,
``conjugated_type``, ``conjugated_form``, ``basic_form``, ``reading``,
``pronunciation``.  Per-token keys: ``capture`` (a ``$N`` name), ``optional``
(the token may be missing), ``to_expected`` (a table: the captured surface ->
the text to put in ``expected``; a surface not in the table means "no fix").

Matching follows morpheme-match 2.0.4 exactly, quirks included: tokens are
read left to right; a token that breaks a partial match is not retried as
the start of a new one; a pattern ending in optional tokens needs one more
token after it to complete.

A rule checks a text only with the entries that can match in it: a token's
surface is a piece of the text, so an entry whose required ``surface_form``
values do not occur in the text is left out, and a text no entry can match
in is not tokenized at all.

>>> d = Dictionary.from_yaml('''
... morphemes:
...   - message: 「$1ずらい」は「$1づらい」
...     expected: $1づらい
...     tokens:
...       - {pos: 動詞, conjugated_form: 連用形, capture: $1}
...       - {surface_form: ずら}
...       - {surface_form: い}
... ''')
>>> [(m.start, m.end, m.message, m.expected) for m in d.match_text("とても読みずらい文章")]
[(3, 8, '「読みずらい」は「読みづらい」', '読みづらい')]
"""

from __future__ import annotations

import bisect
import functools
import operator
import os
import re
import sys
from pathlib import Path

from postlint.jsregex import JSRegexError, match_patterns
from postlint.prh import Engine as PrhEngine, PrhError, load_yaml
from postlint.record import FrozenRecord, Record
from postlint.rules._textlint import ParagraphSource, inside, joined_str_pieces, skipped_spans, str_pieces
from postlint.rules._textlint_ja import js_index
from postlint.rules._word_screen import trie_regex
from postlint.spans import Spans

__all__ = ["WordListError", "Entry", "Match", "Dictionary", "builtin", "load", "match_tokens",
           "base_dir", "user_dictionaries", "dictionaries_for", "check_str", "str_check", "report_once", "check_paragraph", "phrase_message"]

TOKEN_FIELDS = frozenset(
    "surface_form pos pos_detail_1 pos_detail_2 pos_detail_3 conjugated_type conjugated_form "
    "basic_form reading pronunciation".split()
)
TOKEN_KEYS = frozenset({"capture", "optional", "to_expected"})
ENTRY_KEYS = frozenset({"id", "message", "expected", "allows", "disabled", "tokens", "url", "note", "report_at", "fix_from"})


class WordListError(ValueError):
    """A dictionary that cannot be used."""


class TokenPattern(FrozenRecord):
    """One token of an entry: ``fields``, ``((name, (value, ...)), ...)``, that a token
    must have; ``to_expected``, ``((surface, replacement), ...)``."""

    _fields = ("fields", "capture", "optional", "to_expected")

    def __init__(self, fields: tuple, capture: str | None = None, optional: bool = False,
                 to_expected: tuple | None = None) -> None:
        self.fields = fields
        self.capture = capture
        self.optional = optional
        self.to_expected = to_expected

    def matches(self, token) -> bool:
        for name, values in self.fields:
            if getattr(token, name) not in values:
                return False
        return True


class Entry(FrozenRecord):
    """One word-list entry: its :class:`TokenPattern` sequence and what to report."""

    _fields = ("tokens", "message", "expected", "id", "allows", "disabled", "report_at", "fix_from")

    def __init__(self, tokens: tuple, message: str, expected: str | None = None, id: str | None = None,
                 allows: tuple = (), disabled: bool = False, report_at: int = 0, fix_from: int = 0) -> None:
        self.tokens = tokens
        self.message = message
        self.expected = expected
        self.id = id
        self.allows = allows
        self.disabled = disabled
        self.report_at = report_at
        self.fix_from = fix_from


class TokenMatch(Record):
    """A morpheme-match result: matched tokens and, per pattern token, whether it was skipped."""

    _fields = ("entry", "tokens", "skipped")

    def __init__(self, entry: Entry, tokens: list, skipped: list) -> None:
        self.entry = entry
        self.tokens = tokens
        self.skipped = skipped


class Match(Record):
    """A phrase found in a text: ``[start, end)`` in the text, message, replacement (or None)."""

    _fields = ("start", "end", "message", "expected", "entry", "tokens", "fix_start")
    _repr_fields = ("start", "end", "message", "expected", "entry")

    def __init__(self, start: int, end: int, message: str, expected: str | None, entry: Entry | None = None,
                 tokens: list | None = None, fix_start: int | None = None) -> None:
        self.start = start  # where it is reported (the entry's report_at token)
        self.end = end
        self.message = message
        self.expected = expected
        self.entry = entry
        self.tokens = [] if tokens is None else tokens
        self.fix_start = start if fix_start is None else fix_start  # the entry's fix_from token


# -- loading ---------------------------------------------------------------------

def _values(name: str, value, where: str) -> tuple:
    values = value if isinstance(value, list) else [value]
    for v in values:
        if not isinstance(v, (str, int, float)) or isinstance(v, bool):
            raise WordListError(f"{where}: token field {name!r} must be a string or a list of strings")
    return tuple(str(v) for v in values)


def _token(raw, where: str) -> TokenPattern:
    if not isinstance(raw, dict):
        raise WordListError(f"{where}: a token must be a mapping of fields")
    fields = []
    for key, value in raw.items():
        if key in TOKEN_KEYS:
            continue
        if key not in TOKEN_FIELDS:
            raise WordListError(f"{where}: unknown token field {key!r} (known: {', '.join(sorted(TOKEN_FIELDS | TOKEN_KEYS))})")
        fields.append((key, _values(key, value, where)))
    table = raw.get("to_expected")
    if table is not None and not isinstance(table, dict):
        raise WordListError(f"{where}: to_expected must map surfaces to replacements")
    capture = raw.get("capture")
    return TokenPattern(tuple(fields), str(capture) if capture else None, bool(raw.get("optional", False)),
                        tuple((str(k), "" if v is None else str(v)) for k, v in table.items()) if table else None)


def _entry(raw, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise WordListError(f"{where}: an entry must be a mapping")
    unknown = set(raw) - ENTRY_KEYS
    if unknown:
        raise WordListError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
    tokens = raw.get("tokens")
    if not isinstance(tokens, list) or not tokens:
        raise WordListError(f"{where}: 'tokens' must be a non-empty list")
    if not raw.get("message"):
        raise WordListError(f"{where}: 'message' is required")
    allows = raw.get("allows") or []
    if not isinstance(allows, list):
        raise WordListError(f"{where}: 'allows' must be a list")
    try:
        match_patterns("", allows, matcher=1)
    except JSRegexError as exc:
        raise WordListError(f"{where}: allows: {exc}") from None
    places = [raw.get(key, 0) for key in ("report_at", "fix_from")]
    for key, value in zip(("report_at", "fix_from"), places):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < len(tokens):
            raise WordListError(f"{where}: {key!r} must be the index of one of its tokens (0 to {len(tokens) - 1})")
    return Entry(tuple(_token(t, f"{where} token {i + 1}") for i, t in enumerate(tokens)), str(raw["message"]),
                 None if raw.get("expected") is None else str(raw["expected"]),
                 None if raw.get("id") is None else str(raw["id"]), tuple(map(str, allows)),
                 bool(raw.get("disabled", False)), *places)


class Dictionary:
    """One word list: morpheme entries and, optionally, prh phrase rules."""

    def __init__(self, entries: list[Entry], prh: PrhEngine | None = None, name: str = ""):
        self.entries = entries
        self.prh = prh
        self.name = name
        self._enabled: list[Entry] | None = None
        self._enabled_by: dict[tuple, list[Entry]] = {}  # ids of the enabled entries -> the shared list
        self._narrowed: dict[int, Dictionary] = {}  # id of a narrowed entry list -> its dictionary

    @classmethod
    def from_yaml(cls, text: str, name: str = "<dictionary>") -> "Dictionary":
        try:
            raw = load_yaml(text, name)
        except PrhError as exc:
            raise WordListError(str(exc)) from None
        return cls.from_data(raw, name)

    @classmethod
    def from_data(cls, raw, name: str = "<dictionary>") -> "Dictionary":
        """A dictionary from its parsed YAML."""
        if raw is None:
            raw = {}
        if not isinstance(raw, dict):
            raise WordListError(f"{name}: expected a mapping with 'morphemes' and/or 'prh'")
        unknown = set(raw) - {"morphemes", "prh", "source", "name", "version"}
        if unknown:
            raise WordListError(f"{name}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        entries = [_entry(e, f"{name}: entry {i + 1}") for i, e in enumerate(raw.get("morphemes") or [])]
        prh = None
        if raw.get("prh"):
            try:
                prh = PrhEngine({"version": 1, "rules": raw["prh"]}, name)
            except PrhError as exc:
                raise WordListError(str(exc)) from None
        return cls(entries, prh, name)

    @classmethod
    def from_file(cls, path: str | os.PathLike) -> "Dictionary":
        try:
            text = Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:  # UnicodeDecodeError has no strerror
            raise WordListError(f"cannot read dictionary {path}: {getattr(exc, 'strerror', None) or exc}") from None
        return cls.from_yaml(text, str(path))

    def enabled(self, dict_options: dict | None = None) -> list[Entry]:
        """Entries not disabled (``dict_options[id]["disabled"]`` overrides the entry's own flag).

        The same selection gives the same list object (the matcher compiles a list
        once and caches it by identity): treat it as read-only.
        """
        if not dict_options:
            if self._enabled is None:
                self._enabled = self._enabled_entries(None)
            return self._enabled
        entries = self._enabled_entries(dict_options)
        key = tuple(map(id, entries))  # unambiguous: the cached lists keep their entries alive
        shared = self._enabled_by.get(key)
        if shared is None:
            if len(self._enabled_by) > 64:
                self._enabled_by.clear()
            shared = self._enabled_by[key] = entries
        return shared

    def _enabled_entries(self, dict_options: dict | None) -> list[Entry]:
        out = []
        for entry in self.entries:
            opt = (dict_options or {}).get(entry.id) or {} if entry.id else {}
            disabled = opt.get("disabled") if isinstance(opt.get("disabled"), bool) else entry.disabled
            if not disabled:
                out.append(entry)
        return out

    def narrowed(self, text: str) -> "Dictionary | None":
        """This dictionary with only the enabled token entries that can match somewhere in
        ``text`` (a whole file: its Str nodes are pieces of it), None when none can.  Matchers
        do not interact, so a rule that runs the narrowed list over a file's nodes finds what
        the whole list finds there, carried matches included, without a look at most nodes.
        The same selection gives the same object (the matchers' caches hold).  A dictionary
        with prh rules is returned as it is.

        >>> d = Dictionary.from_data({"morphemes": [{"message": "a", "tokens": [{"surface_form": "猫"}]},
        ...     {"message": "b", "tokens": [{"surface_form": "犬"}]}]})
        >>> [e.message for e in d.narrowed("犬がいる").entries], d.narrowed("鳥がいる")
        (['b'], None)
        """
        if self.prh is not None:
            return self
        entries = self.enabled()
        prog = _program(entries).for_text(text) if entries else None
        if prog is None:
            return None
        if prog.entries is entries:
            return self
        hit = self._narrowed.get(id(prog.entries))
        if hit is None or hit.entries is not prog.entries:
            if len(self._narrowed) > 256:
                self._narrowed.clear()
            hit = self._narrowed[id(prog.entries)] = Dictionary(prog.entries, None, self.name)
        return hit

    def match_text(self, text: str, dict_options: dict | None = None, dic: str = "ipadic") -> list[Match]:
        """Morpheme matches in ``text`` (offsets into it)."""
        from postlint.morph import tokens as tokenize

        return find(tokenize(text, dic), self.enabled(dict_options), dict_options)


@functools.lru_cache(maxsize=None)
def builtin(name: str) -> Dictionary:
    """A dictionary shipped in ``postlint.rules/dict/<name>.yml``."""
    from postlint.rules import data_text

    text = data_text("dict", f"{name}.yml")
    where = f"dict/{name}.yml"
    from postlint.startup_cache import parsed

    try:
        raw = parsed("wordlist", text, lambda text: load_yaml(text, where))
    except PrhError as exc:
        raise WordListError(str(exc)) from None
    return Dictionary.from_data(raw, where)


@functools.lru_cache(maxsize=64)
def _load_cached(path: str, mtime: float, read) -> Dictionary:
    return read(path)


def load(path: str | os.PathLike, read=None, label: str = "dictionary") -> Dictionary:
    """A user dictionary file (cached while the file is unchanged).  ``read``: how to read
    one of another format (path -> Dictionary; default :meth:`Dictionary.from_file`),
    ``label``: what the errors call the file."""
    path = os.path.abspath(os.path.expanduser(str(path)))
    try:
        mtime = os.stat(path).st_mtime
    except OSError as exc:
        raise WordListError(f"cannot read {label} {path}: {exc.strerror or exc}") from None
    return _load_cached(path, mtime, read or Dictionary.from_file)


def base_dir(ctx) -> str:
    """The folder relative dictionary paths start from: the config file's, else the working directory."""
    folder = (getattr(ctx, "settings", None) or {}).get("config_dir")
    return str(folder) if folder else os.getcwd()


def resolve_path(ctx, path: str) -> str:
    return os.path.join(base_dir(ctx), os.path.expanduser(str(path)))


def check_dictionaries(opts) -> None:
    """Read the word lists of a ``dictionaries`` option when the config loads (its paths are
    taken from the config file's folder by then): a missing or broken list is a config error
    naming it, not a problem in every post.  The lists stay cached for the run."""
    for path in opts.get("dictionaries") or ():
        load(path)


def user_dictionaries(ctx, paths) -> list[Dictionary]:
    """The dictionaries named by a ``dictionaries`` option."""
    return [load(resolve_path(ctx, p)) for p in paths or ()]


# -- matching (morpheme-match / morpheme-match-all) -----------------------------------

class _Matcher:
    """The streaming matcher of one entry (morpheme-match's createTokenMatcher)."""

    __slots__ = ("entry", "pos", "tokens", "skipped")

    def __init__(self, entry: Entry):
        self.entry = entry
        self.pos = 0
        self.tokens: list = []
        self.skipped: list = []

    def copy(self) -> "_Matcher":
        other = _Matcher(self.entry)
        other.pos, other.tokens, other.skipped = self.pos, list(self.tokens), list(self.skipped)
        return other

    def feed(self, token) -> TokenMatch | None:
        patterns = self.entry.tokens
        while self.pos < len(patterns):
            pattern = patterns[self.pos]
            if pattern.matches(token):
                self.tokens.append(token)
                self.skipped.append(False)
                self.pos += 1
                break
            if pattern.optional:
                self.pos += 1
                self.skipped.append(True)
                continue
            self.pos = 0
            self.tokens = []
            self.skipped = []
            break
        if self.pos == len(patterns):
            result = TokenMatch(self.entry, self.tokens, self.skipped)
            self.pos = 0
            self.tokens = []
            self.skipped = []
            return result
        return None


def _surfaces_needed(entry: Entry) -> tuple:
    """The ``surface_form`` values of each required pattern of ``entry`` (a match has
    a token with one of them per pattern), the likely rarest first, so that a text
    without them is ruled out sooner."""
    needs = {values for pattern in entry.tokens if not pattern.optional
             for name, values in pattern.fields if name == "surface_form"}
    return tuple(sorted(needs, key=lambda values: (_rarity(values), values), reverse=True))


def _has_kanji_or_katakana(text: str) -> bool:
    """Whether ``text`` has a character of U+30A1-U+30FA or U+4E00-U+9FFF (compared, not
    searched with a class: compiling that class took 2 ms of every run)."""
    return any("\u30a1" <= ch <= "\u30fa" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def _rarity(values: tuple) -> tuple:
    """How rare the commonest of ``values`` likely is in a text (larger: rarer): kana and
    punctuation make up most of Japanese text, so a literal with kanji or katakana
    ranks above one without, then a longer literal above a shorter one."""
    return min(((_has_kanji_or_katakana(v), len(v)) for v in values), default=(True, sys.maxsize))


# Fields by how few tokens share a value: the first pattern of an entry is indexed
# by the most selective of its fields, so a token wakes only the entries it can start.
_SELECTIVE = ("surface_form", "basic_form", "reading", "pronunciation", "conjugated_type",
              "pos_detail_3", "pos_detail_2", "pos_detail_1", "conjugated_form", "pos")


class _Program:
    """The entries of one list, indexed by what their first token needs.

    An idle matcher whose first pattern is required and does not fit a token
    stays idle, so it need not see that token: per token only the matchers
    that are partway through a match, the ones its fields can start, and the
    ones starting with an optional or field-less pattern are fed.
    """

    __slots__ = ("entries", "index", "always", "key", "wakes", "needs", "screen", "narrowed", "_lines")

    def __init__(self, entries):
        self.entries = entries
        tables: dict[str, dict[str, list[int]]] = {}
        always = []
        for i, entry in enumerate(entries):
            first = entry.tokens[0]
            if first.optional or not first.fields:
                always.append(i)
                continue
            names = dict(first.fields)
            name = next((n for n in _SELECTIVE if n in names), None) or first.fields[0][0]
            table = tables.setdefault(name, {})
            for value in set(names[name]):
                table.setdefault(value, []).append(i)
        self.index = tuple((name, {v: tuple(ix) for v, ix in table.items()}) for name, table in tables.items())
        self.always = tuple(always)
        self.key = operator.attrgetter(*tables) if tables else None  # a token's values of the indexed fields
        self.wakes: dict = {}  # those values -> the entries a token with them wakes
        self.needs = tuple(_surfaces_needed(entry) for entry in entries)
        # the values of every entry's first need in one regex: a text without any of
        # them keeps no entry, found in one search
        firsts = {v for needs in self.needs if needs for v in needs[0]}
        self.screen = trie_regex(firsts) if all(self.needs) else None
        self.narrowed: dict[tuple, _Program] = {}  # indices of the entries kept -> their program
        self._lines = None  # per entry, the line patterns of its required tokens (made when first asked)

    def may_match_output(self, output: str) -> bool:
        """Whether some entry could match in the tokens of MeCab's ``output``: every
        required token pattern of the entry fits one of its lines (see
        :func:`_line_pattern`).  Most paragraphs that keep some entry by their
        literals fail this, and their tokens are never built.  A ``"`` (a quoted
        field) in the output defeats the line patterns: then the answer is yes."""
        if '"' in output:
            return True
        if self._lines is None:
            self._lines = [None] * len(self.entries)
        lines = "\n" + output
        for i, patterns in enumerate(self._lines):
            if patterns is None:  # compiled when first needed: a one-post run needs few
                patterns = self._lines[i] = tuple(
                    p for p in map(_line_pattern, self.entries[i].tokens) if p is not None)
            if all(p.search(lines) for p in patterns):
                return True
        return False

    def for_text(self, text: str) -> "_Program | None":
        """The program of the entries that can match in the tokens of ``text`` (None: no entry can).

        A token's surface is the piece of the text it was cut from, and a match
        matches every required pattern to a token, so an entry one of whose required
        surface conditions no piece of ``text`` meets cannot match there: drop it.
        Finding a few literals in a text costs far less than tokenizing and matching.
        """
        if self.screen is not None and self.screen.search(text) is None:
            return None
        keep = []
        for i, needs in enumerate(self.needs):
            for values in needs:
                for value in values:
                    if value in text:
                        break
                else:  # no value of this pattern occurs
                    break
            else:
                keep.append(i)
        if not keep:
            return None
        if len(keep) == len(self.entries):
            return self
        return self._narrowed(tuple(keep))

    def _narrowed(self, keep: tuple) -> "_Program":
        """The program of the entries at indices ``keep`` (cached)."""
        prog = self.narrowed.get(keep)
        if prog is None:
            if len(self.narrowed) > 1024:
                self.narrowed.clear()
            prog = self.narrowed[keep] = _Program([self.entries[i] for i in keep])
        return prog

    def wake(self, values) -> tuple:
        """Indices of the idle entries a token with these indexed values (``key(token)``)
        can start, sorted; remembered in ``wakes``."""
        parts = [self.always] if self.always else []
        for (_name, table), value in zip(self.index, values if len(self.index) > 1 else (values,)):
            part = table.get(value)
            if part is not None:
                parts.append(part)
        # each part is sorted already: merge only when a token wakes entries of two kinds
        out = parts[0] if len(parts) == 1 else tuple(sorted(set().union(*parts)))
        if len(self.wakes) > 100000:
            self.wakes.clear()
        self.wakes[values] = out
        return out


# The columns of a line of MeCab's IPADIC output after the surface and a tab (see
# postlint.morph.ipadic_output); reading and pronunciation are not tested.
_COLUMNS = ("pos", "pos_detail_1", "pos_detail_2", "pos_detail_3", "conjugated_type", "conjugated_form",
            "basic_form")
_ANY_COLUMN = "[^,\\n]*"


@functools.lru_cache(maxsize=None)
def _line_pattern(pattern: TokenPattern):
    r"""A regex that finds, in ``"\n" + MeCab's output``, the line of every token
    ``pattern`` fits (and maybe more); None when the pattern is optional, tests
    nothing a line shows, or could fit a white-space token (those have no line).

    Two things make a token differ from its line (postlint.morph): an unknown
    word's basic form ``*`` stands for its surface, and an unknown ASCII symbol's
    line says ``記号,一般`` where its token says ``名詞,サ変接続``.

    >>> p = TokenPattern((("surface_form", ("を",)), ("pos", ("助詞",))))
    >>> bool(_line_pattern(p).search("\nを\t助詞,格助詞,一般,*,*,*,を,ヲ,ヲ")), bool(_line_pattern(p).search("\nが\t助詞,格助詞"))
    (True, False)
    >>> noun = _line_pattern(TokenPattern((("pos", ("名詞",)),)))
    >>> bool(noun.search("\n=>\t記号,一般,*,*,*,*,*")), bool(noun.search("\n。\t記号,句点,*,*,*,*,。,。,。"))
    (True, False)
    """
    fields = dict(pattern.fields)
    if pattern.optional or not fields:
        return None
    from postlint.morph import Token

    for blank in fields.get("surface_form", (" ",)):
        space = Token(blank, "記号", "空白", "*", "*", "*", "*", blank, "*", "*", 0, len(blank), blank)
        if pattern.matches(space):
            return None

    def alternatives(name: str, extra: str | None = None) -> str:
        values = fields.get(name)
        if values is None or any(ch in v for v in values for ch in ",\t\n\""):
            return _ANY_COLUMN if name != "surface_form" else "[^\\t\\n]*"
        values = set(values)
        if extra is not None:
            values.add(extra)
        return "(?:" + "|".join(map(re.escape, sorted(values))) + ")"

    def line(surface: str, columns: list) -> str:
        while columns and columns[-1] == _ANY_COLUMN:
            columns.pop()
        # an unknown word's line ends after basic_form: a column ends with a comma or the line
        return surface + "\t" + "".join(c + "[,\\n]" for c in columns)

    columns = [alternatives(name, "*" if name == "basic_form" else None) for name in _COLUMNS]
    if all(c == _ANY_COLUMN for c in columns) and "surface_form" not in fields:
        return None  # it tests reading or pronunciation only
    lines = [line(alternatives("surface_form"), list(columns))]
    if ("pos" in fields or "pos_detail_1" in fields) and "名詞" in fields.get("pos", ("名詞",)) \
            and "サ変接続" in fields.get("pos_detail_1", ("サ変接続",)):
        lines.append(line(alternatives("surface_form"), ["記号", "一般", *columns[2:]]))
    return re.compile("\n(?:" + "|".join(lines) + ")")


_PROGRAMS: dict[int, _Program] = {}


def _program(entries) -> _Program:
    """The compiled index of ``entries`` (cached per list object while it lives in the cache)."""
    prog = _PROGRAMS.get(id(entries))
    if prog is None or prog.entries is not entries or len(prog.entries) != len(entries):
        if len(_PROGRAMS) > 256:
            _PROGRAMS.clear()
        prog = _PROGRAMS[id(entries)] = _Program(entries)
    return prog


def match_tokens(tokens, entries) -> list[TokenMatch]:
    """Every match of every entry, in the order morpheme-match-all reports them."""
    if not isinstance(entries, list):  # only a list object can be cached by identity
        entries = list(entries)
    return _run(_program(entries), tokens)


def _run(prog: _Program, tokens, active: dict | None = None) -> list[TokenMatch]:
    """``match_tokens`` with the entries' program; ``active``: the matchers partway through
    a match (entry index -> matcher), read and updated (default: none)."""
    entries, key, wakes, always = prog.entries, prog.key, prog.wakes, prog.always
    if active is None:
        active = {}
    out = []
    for token in tokens:
        if key is None:
            wake = always
        else:
            values = key(token)
            wake = wakes.get(values)
            if wake is None:
                wake = prog.wake(values)
        if not wake:
            if not active:
                continue
            order = sorted(active)
        elif active:
            order = sorted(set(wake).union(active))
        else:
            order = wake
        for i in order:
            matcher = active.get(i)
            if matcher is None:
                matcher = _Matcher(entries[i])
            found = matcher.feed(token)
            if matcher.pos:
                active[i] = matcher
            elif i in active:
                del active[i]
            if found is not None and found.tokens:
                out.append(found)
    return out


# characters that are a token of their own which ends no match when they end a text: IPADIC's
# 記号,句点 / 読点 / 括弧閉 and white space (kuromoji: 記号,空白)
_IDLE_ENDS = frozenset("。、．，！？」』）】 \t\n")


def _no_symbol(pattern: TokenPattern) -> bool:
    """Whether ``pattern`` fits none of the tokens of ``_IDLE_ENDS``."""
    fields = dict(pattern.fields)
    return "pos" in fields and "記号" not in fields["pos"] or \
        "surface_form" in fields and not _IDLE_ENDS.intersection(fields["surface_form"])


class _Carry:
    """Matching across a document's ``Str`` pieces as the rules that make their matcher once,
    when loaded (``createMatcher(dict)`` at module level), do: the matchers partway through
    a match at the end of one Str go on in the next, so the first tokens of a Str may end a
    match begun in the Str before (a report), or not start one (a report lost).

    The state before a piece is that after the one before it: simulated, tokenizing the
    pieces before it, back to one that ends in a token no pattern fits (after it every
    matcher is idle), and only for a piece in which a match could end.  The state from an
    earlier file (textlint keeps it from file to file) is not known: each file starts with
    idle matchers.
    """

    def __init__(self, ctx, entries: list[Entry], dic: str, pieces_of=str_pieces):
        self.dic = dic  # (no reference to ctx: the object lives in ctx's cache)
        self.prog = _program(entries)
        self.pieces = [(a, b) for node in ctx.doc.find("Str") for a, b, _ in pieces_of(node, ctx)] \
            if ctx.doc is not None else []
        self.index = {piece: i for i, piece in enumerate(self.pieces)}
        self.after: dict[int, dict] = {}  # piece index -> the matchers partway at its end
        self.patterns = tuple({p for entry in entries for p in entry.tokens})
        self.idle_ends = _IDLE_ENDS if all(map(_no_symbol, self.patterns)) else frozenset()
        # a match ends with its last required token: the surfaces that can end one (None: any)
        lasts = [next((p for p in reversed(e.tokens) if not p.optional), e.tokens[-1]) for e in entries]
        ends = [dict(last.fields).get("surface_form") for last in lasts]
        self.ends = None if not ends or None in ends else \
            re.compile("|".join(map(re.escape, sorted({v for values in ends for v in values}))))
        # else the lines of MeCab's output those last tokens can have (None: some can have any)
        last_lines = [_line_pattern(last) for last in lasts]
        self.end_lines = None if not last_lines or None in last_lines else tuple(last_lines)

    def _tokens(self, ctx, i: int):
        a, b = self.pieces[i]
        return ctx.tokens(ctx.text[a:b], self.dic)

    def _idle_after(self, token) -> bool:
        return not any(p.matches(token) for p in self.patterns)

    def state_before(self, ctx, i: int) -> dict:
        """The matchers partway through a match when piece ``i`` starts (read-only)."""
        chain = []
        j = i - 1
        while j >= 0 and j not in self.after:
            a, b = self.pieces[j]
            text = ctx.text
            if a < b and text[b - 1] in self.idle_ends and (b - a == 1 or text[b - 2].isalnum()):
                # a word of its own (after a letter, not grouped with another symbol): no tokens needed
                self.after[j] = {}
                break
            tokens = self._tokens(ctx, j)
            if tokens and self._idle_after(tokens[-1]):
                self.after[j] = {}
                break
            chain.append((j, tokens))
            j -= 1
        state = self.after.get(j, {}) if j >= 0 else {}
        for k, tokens in reversed(chain):
            state = {n: m.copy() for n, m in state.items()}
            _run(self.prog, tokens, state)
            self.after[k] = state
        return state

    def _may_end_here(self, text: str) -> bool:
        """Whether a match carried in could end in ``text``: a surface its last token needs
        occurs there, else MeCab's output has a line that token can have (cheaper than the
        tokens of the pieces before)."""
        if self.ends is not None:
            return self.ends.search(text) is not None
        if self.end_lines is None:
            return True
        from postlint.morph import IPADIC_OUTPUT

        output = "\n" + IPADIC_OUTPUT[self.dic](text)
        return '"' in output or any(p.search(output) for p in self.end_lines)

    def matches(self, ctx, start: int, end: int, text: str, fresh: list[Match]) -> list[Match]:
        """The matches in the piece ``[start, end)`` (its ``text``), given ``fresh``, those
        with idle matchers at its start."""
        i = self.index.get((start, end))
        if i is None or i == 0 or not fresh and not self._may_end_here(text):
            return fresh
        state = self.state_before(ctx, i)
        if not state:
            return fresh
        # a matcher carried in is out of step with a fresh one for as long as the tokens fit
        # its patterns (a token that breaks a partial match is not retried as a start)
        state = {n: m.copy() for n, m in state.items()}
        tokens = ctx.tokens(text, self.dic)
        found = _matches(_run(self.prog, tokens, state), None)
        here = set(map(id, tokens))
        for m in found:
            if not all(id(t) in here for t in m.tokens[min(m.entry.fix_from, len(m.tokens) - 1):]):
                # words to replace in an earlier Str too: reported where textlint reports it, but
                # with no fix (textlint's replaces the wrong characters, 「来たさ**そう**」 ->
                # 「来たさ**来たそう**」, and the words lie on both sides of markup)
                m.expected = None
        return found


def _replace_all(text: str, name: str | None, value: str) -> str:
    return text.replace(name, value) if name else text


_STOP = object()


def _fill(template: str, match: TokenMatch, use_table: bool):
    """Put the captured surfaces into ``template`` (skipped optional tokens give "")."""
    result = template
    actual = 0
    for pattern, skipped in zip(match.entry.tokens, match.skipped):
        if skipped:
            result = _replace_all(result, pattern.capture, "")
            continue
        if pattern.capture:
            surface = match.tokens[actual].surface_form
            if use_table and pattern.to_expected is not None:
                table = dict(pattern.to_expected)
                if surface not in table:
                    return _STOP
                surface = table[surface]
            result = _replace_all(result, pattern.capture, surface)
        actual += 1
    return result


def find(tokens, entries, dict_options: dict | None = None) -> list[Match]:
    """Matches of ``entries`` over ``tokens``, with messages and replacements filled in.

    ``expected`` is None when the entry has none, a ``to_expected`` table
    refuses, or the replacement equals the matched text.
    """
    return _matches(match_tokens(tokens, entries), dict_options)


def _matches(token_matches: list[TokenMatch], dict_options: dict | None) -> list[Match]:
    """``find``'s results from the token matches."""
    out = []
    for m in token_matches:
        entry = m.entry
        opt = (dict_options or {}).get(entry.id) or {} if entry.id else {}
        allows = opt["allows"] if isinstance(opt.get("allows"), list) else list(entry.allows)
        matched = "".join(t.surface_form for t in m.tokens)
        if allows and match_patterns(matched, allows, matcher=1):
            continue
        last = m.tokens[-1]
        reported = m.tokens[min(entry.report_at, len(m.tokens) - 1)]
        fixed = m.tokens[min(entry.fix_from, len(m.tokens) - 1)]
        expected = _fill(entry.expected, m, True) if entry.expected else None
        if expected is _STOP or expected == matched:
            expected = None
        message = _fill(entry.message, m, False)
        out.append(Match(reported.start, last.start + len(last.surface_form), message, expected, entry, m.tokens,
                         fixed.start))
    return out


# -- running dictionaries over a document (what the word-list rules call) --------------

def phrase_message(actual: str, expected: str, note: str | None) -> str:
    """The message of a prh-style phrase match."""
    text = f"「{actual}」は「{expected}」と書きます。"
    return f"{text}\n{note}" if note else text


def _report_tokens(ctx, matches: list[Match], text: str, to_source, fixable: bool, report_at16):
    """Problems for token matches in ``text`` (``to_source``: index in it -> file offset).

    Reported where textlint reports them, ``report_at16`` (a token's code-point index -> the
    file's UTF-16 offset, or None: then at the token's index taken for a UTF-16 offset in
    ``text``), one unit long.  The fix replaces the matched tokens themselves (textlint's
    fix range moves with the report, and would replace the wrong characters).
    """
    last16 = None
    for m in matches:
        at16 = report_at16(m.start)
        if at16 is None:
            at16 = ctx.source.utf16(to_source(js_index(text, m.start)))
        if m.start > m.tokens[-1].start:
            # carried from an earlier Str: textlint adds the first token's index in that Str
            # to this Str's offset, which may pass the end of the file; no problem may lie
            # there, so it is put on the file's last unit
            if last16 is None:
                last16 = max(ctx.source.utf16(len(ctx.text)) - 1, 0)
            at16 = min(at16, last16)
        fix = None
        if fixable and m.expected is not None:
            last = m.tokens[-1]
            fix = ctx.fix(to_source(m.fix_start), to_source(last.start) + len(last.surface_form), m.expected)
        yield ctx.report_utf16(at16, at16 + 1, m.message, fix=fix)  # textlint: [index, index + 1]


def report_once(ctx, rule_id: str, message: str):
    """A configuration problem, reported once per file at its start (not once per node)."""
    seen = ctx.memo((rule_id, "config problem"), set)
    if message not in seen:
        seen.add(message)
        yield ctx.report(0, 0, message)


_FOUND: dict = {}  # (text, id(entries), dictionary) -> (entries, matches)


def _find_in(ctx, text: str, entries: list[Entry], dict_options: dict | None = None,
             dic: str = "ipadic") -> list[Match]:
    """``find`` over the tokens of ``text`` (offsets into it) with the IPADIC dictionary
    ``dic``, remembered per text, list and dictionary: re-linting a text that did not change
    costs nothing.  Read-only.

    Only the entries that can match in ``text`` are run (``_Program.for_text``);
    when none can, the text is not even tokenized.
    """
    prog = _program(entries).for_text(text)
    if prog is None:
        return []
    if dict_options:
        return _matches(_run(prog, _tokens_to_match(ctx, text, prog, dic)), dict_options)
    key = (text, id(entries), dic)
    hit = _FOUND.get(key)
    if hit is not None and hit[0] is entries:
        return hit[1]
    found = _matches(_run(prog, _tokens_to_match(ctx, text, prog, dic)), None)
    if len(_FOUND) >= 4096:
        _FOUND.clear()
    _FOUND[key] = (entries, found)
    return found


def _tokens_to_match(ctx, text: str, prog: _Program, dic: str = "ipadic") -> tuple:
    """The tokens of ``text``, or () when MeCab's output shows no entry of ``prog`` can
    match: tested even when another rule has built the tokens, for matching costs more
    than the test."""
    from postlint.morph import IPADIC_OUTPUT

    if not prog.may_match_output(IPADIC_OUTPUT[dic](text)):
        return ()
    return ctx.tokens(text, dic)


def dictionaries_for(rule_id: str, ctx, paths) -> list[Dictionary]:
    """A rule's built-in dictionary followed by the user's (its ``dictionaries`` option):
    the user's files are looked at (for a change) once per document, not once per node."""
    if not paths:
        return [builtin(rule_id)]
    return ctx.memo(("wordlist-dictionaries", rule_id, tuple(paths)),
                    lambda: [builtin(rule_id), *user_dictionaries(ctx, paths)])


def _phrase_candidates(ctx, engine: PrhEngine):
    """The phrase rules that can match in some Str of this document (None: all)."""
    if ctx.doc is None:
        return None
    return ctx.memo(("wordlist-prh-candidates", id(engine)), lambda: engine.candidates(
        "\n\n".join(ctx.text[n.start:n.end] for n in ctx.doc.find("Str"))))


def _nothing_in(ctx, node, dictionaries: list[Dictionary]) -> bool:
    """Whether no dictionary can find anything in the ``Str`` ``node``: no entry's screen
    word (see ``_Program.for_text``) starts inside it, and no phrase rule is a candidate
    in the document.

    Where the words start is found once per document (:func:`_screen_starts`), so most
    Str nodes are done with after one bisection, without their pieces, the ancestors'
    test and a screen's search for each piece.  The answer is the pieces' own: a word
    in a piece of the node is a word of the file that starts inside the node.
    """
    start, end = node.start, node.end
    for dictionary in dictionaries:
        if dictionary.prh is not None:
            rules = _phrase_candidates(ctx, dictionary.prh)
            if rules is None or rules:
                return False
        if dictionary.entries:
            starts = _screen_starts(ctx, _program(dictionary.enabled()))
            if starts is None:
                return False
            at = bisect.bisect_left(starts, start)
            if at < len(starts) and starts[at] < end:
                return False
    return True


def _screen_starts(ctx, prog: _Program) -> list[int] | None:
    """The offsets of the file where a word of ``prog``'s screen starts (overlapping ones
    too: the search goes on from the character after each start), or None when the
    program has no screen.  Remembered for the document by the screen itself (a compiled
    pattern, equal to another only if it finds the same): a program's ``id`` could be
    another's once the program cache is cleared."""
    if prog.screen is None:
        return None

    def compute():
        search, text = prog.screen.search, ctx.text
        starts = []
        found = search(text)
        while found is not None:
            starts.append(found.start())
            found = search(text, found.start() + 1)
        return starts

    return ctx.memo(("wordlist-screen-starts", prog.screen), compute)


def check_str(node, ctx, dictionaries: list[Dictionary], *, fixable: bool,
              phrase_ignore: tuple = ("Link", "BlockQuote", "Emphasis"), utf16_index: bool = False,
              dic: str = "ipadic", carry: bool = False, joined: bool = False) -> list:
    """Run dictionaries over one ``Str`` node's source text (ja-no-abusage, ja-no-weak-phrase).

    Token patterns see every ``Str``; prh phrases skip text inside ``phrase_ignore``
    (textlint-rule-prh's defaults), as textlint's rules do.  A token match is reported at
    its first token's index in code points, as kuromoji counts it (``word_position``), or,
    with ``utf16_index``, in UTF-16 units (a rule that adds up the surfaces' lengths).
    ``dic``: the IPADIC dictionary to tokenize with (see :mod:`postlint.morph`).  ``carry``:
    matchers partway through a match go on from one Str to the next (:class:`_Carry`).
    ``joined``: the lines of a block quote's paragraph are one text, as textlint's ``Str``
    holds them with the ``>`` markers between (:func:`joined_str_pieces`; the rule then
    tokenizes what its original tokenizes, and reports after an emoji on an earlier line of
    the quote where it does).
    The problems come as a list: most nodes have none, and the engine skips an empty list
    without iterating.
    """
    if not (carry or joined) and _nothing_in(ctx, node, dictionaries):
        return []
    out = []
    phrases = not inside(node, ctx.text, *phrase_ignore)
    pieces_of = joined_str_pieces if joined else str_pieces
    for base, end, is_url in pieces_of(node, ctx):
        text = ctx.text[base:end]
        for dictionary in dictionaries:
            if dictionary.entries:
                entries = dictionary.enabled()
                matches = _find_in(ctx, text, entries, dic=dic)
                if carry:
                    carried = ctx.memo(("wordlist-carry", id(entries), dic, joined),
                                       lambda: _Carry(ctx, entries, dic, pieces_of))
                    matches = carried.matches(ctx, base, end, text, matches)
                if matches:
                    base16 = ctx.source.utf16(base)  # textlint adds the index to the node's offset
                    at16 = (lambda i, base=base: ctx.source.utf16(base + i)) if utf16_index else \
                        (lambda i, base16=base16: base16 + i)
                    out.extend(_report_tokens(ctx, matches, text, lambda i, base=base: base + i, fixable, at16))
            if dictionary.prh is not None and phrases and not is_url:
                for change in dictionary.prh.changes(text, rules=_phrase_candidates(ctx, dictionary.prh)):
                    fix = ctx.fix(base + change.start, base + change.end, change.expected) if fixable else None
                    out.append(ctx.report(base + change.start, base + change.start + 1,
                                          phrase_message(change.actual, change.expected, change.note), fix=fix))
    return out


def str_check(rule_id: str, fixable: bool):
    """The ``check`` of a word-list rule that visits ``Str`` nodes (its option: ``dictionaries``)."""
    def check(node, opts, ctx):
        try:
            dictionaries = dictionaries_for(rule_id, ctx, opts["dictionaries"])
        except WordListError as exc:
            return list(report_once(ctx, rule_id, str(exc)))
        return check_str(node, ctx, dictionaries, fixable=fixable)
    check.__doc__ = f"Run the {rule_id} word list (and the user's) over one Str node."
    return check


def check_paragraph(node, ctx, dictionaries: list[Dictionary], *, dict_options: dict | None,
                    ignore_types, fixable: bool) -> list:
    """Run dictionaries over a ``Paragraph``'s plain text (ja-no-redundant-expression).

    A paragraph inside one of ``ignore_types`` is skipped; a match starting inside
    such a node of the paragraph (inline code, a link) is not reported.  The
    problems come as a list (see ``check_str``).
    """
    ignore_types = tuple(ignore_types)
    if inside(node, ctx.text, *ignore_types):
        return []
    plain = ctx.plain(node)
    if not plain.text:
        return []
    found = [(dictionary, _find_in(ctx, plain.text, dictionary.enabled(dict_options), dict_options)
              if dictionary.entries else []) for dictionary in dictionaries]
    if not any(matches or dictionary.prh is not None for dictionary, matches in found):
        return []
    ignored = Spans(skipped_spans(node, ctx, ignore_types))
    source = ParagraphSource(node, ctx.text)  # where textlint's StringSource maps
    report_at16 = functools.partial(source.to_utf16, utf16=ctx.source.utf16)
    out = []
    for dictionary, matches in found:
        for problem in _report_tokens(ctx, matches, plain.text, plain.to_source, fixable, report_at16):
            if problem.start not in ignored:
                out.append(problem)
        if dictionary.prh is not None:
            for change in dictionary.prh.changes(plain.text):
                start, end = plain.to_source(change.start), plain.to_source(change.end)
                if start in ignored:
                    continue
                exact = ctx.text[start:end] == change.actual  # no markup inside the phrase
                fix = ctx.fix(start, end, change.expected) if fixable and exact else None
                out.append(ctx.report(start, start + 1, phrase_message(change.actual, change.expected, change.note),
                                      fix=fix))
    return out

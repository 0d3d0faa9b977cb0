"""Shared by the ja-hiragana-* rules (textlint-rule-ja-hiragana-keishikimeishi, -fukushi,
-hojodoushi and -daimeishi): words better written in hiragana, found as IPADIC token
sequences in each ``Str`` and replaced by their hiragana spelling.  Their packages pin kuromoji 0.1.1, which reads some
words' costs wrong (「丁度、」 ends in ``、`` as 名詞,数): the text is tokenized as that
version reads the dictionary (``"ipadic-kuromoji-0.1.1"``, :mod:`postlint.kuromoji_ipadic`).

The word lists are rules/dict/ja-hiragana-*.yml (format: :mod:`postlint.wordlist`).  The
fukushi and hojodoushi rules take ``rulePath``, a word list of the user's in the originals'
own format, which then replaces the built-in one::

    message: ひらがなで書く副詞
    dict:
      - expected: あいにく
        tokens:
          - {surface_form: 生憎, pos: 副詞}

>>> d = hiragana_dictionary({"message": "ひらがなで", "dict": [{"expected": "あいにく",
...     "tokens": [{"surface_form": "生憎", "pos": "副詞"}]}]}, "x.yml")
>>> [(m.start, m.end, m.message, m.expected) for m in d.match_text("生憎、雨だ。")]
[(0, 2, 'ひらがなで（「生憎」→「あいにく」）', 'あいにく')]
"""

from __future__ import annotations

from postlint import wordlist
from postlint.prh import PrhError, load_yaml



def check_options(opts) -> None:
    """Read the ``rulePath`` word list when the config loads (a bad one is a config error)."""
    if opts.get("rulePath") is not None:
        load_rule_path(opts["rulePath"])


# What the rules with a ``rulePath`` option declare: NODES, OPTIONS, DEFAULTS (None: the
# built-in list), FILE_OPTIONS (the path is taken from the config file's folder), FIXABLE and
# check_options.
RULE_PATH_DECLARATIONS = (("Str",), {"rulePath": (str, type(None))}, {"rulePath": None}, ("rulePath",), True,
                          check_options)


def checker(rule_id: str, *, utf16_index: bool):
    """The ``check`` of one ja-hiragana rule: its word list (or ``rulePath``'s) over a Str.
    ``utf16_index``: the rule counts a match's index in UTF-16 units (it adds up the token
    surfaces' lengths), not in kuromoji's code points."""
    def check(node, opts, ctx):
        path = opts.get("rulePath")
        try:
            dictionary = wordlist.builtin(rule_id) if path is None else load_rule_path(path)
        except wordlist.WordListError as exc:
            return list(wordlist.report_once(ctx, rule_id, str(exc)))
        return wordlist.check_str(node, ctx, [dictionary], fixable=True, utf16_index=utf16_index,
                                  dic="ipadic-kuromoji-0.1.1", carry=True)
    check.__doc__ = f"Run the {rule_id} word list over one Str node."
    return check


def same_formal_noun(problems: list, ctx) -> list:
    """``problems`` of ja-keishikimeishi or ja-hiragana-keishikimeishi, marked so that one of
    each pair alike is kept when both rules run: their packages share a word list and its
    messages, and textlint keeps one problem of those alike in place and message
    (``Problem.textlint_message``: the noun and its replacement, which the fix holds)."""
    for problem in problems:
        fix = problem.fix
        if fix is not None:
            problem.textlint_message = f"形式名詞\0{ctx.text[fix.start:fix.end]}\0{fix.text}"
    return problems


def load_rule_path(path: str) -> wordlist.Dictionary:
    """The word list in the originals' format at ``path`` (cached while the file is unchanged)."""
    if not isinstance(path, str) or not path:
        raise wordlist.WordListError("rulePath must name a word list file")
    return wordlist.load(path, _read, "rulePath")


def _read(path: str) -> wordlist.Dictionary:
    """The word list at ``path``, in the originals' format (for :func:`wordlist.load`)."""
    try:
        with open(path, encoding="utf-8") as f:
            raw = load_yaml(f.read(), path)
    except (OSError, UnicodeDecodeError, PrhError) as exc:
        raise wordlist.WordListError(f"cannot read rulePath {path}: {exc}") from None
    return hiragana_dictionary(raw, path)


def hiragana_dictionary(raw, name: str) -> wordlist.Dictionary:
    """A word list from the originals' format: ``message``, and ``dict`` entries of
    ``expected`` and ``tokens`` (the message shows the listed word and its replacement)."""
    if not isinstance(raw, dict) or not isinstance(raw.get("dict"), list):
        raise wordlist.WordListError(f"{name}: expected a mapping with 'message' and a 'dict' list")
    message = str(raw.get("message") or "ひらがなで書くと読みやすくなります")
    morphemes = []
    for i, item in enumerate(raw["dict"]):
        tokens = item.get("tokens") if isinstance(item, dict) else None
        if not isinstance(tokens, list) or not tokens or not all(isinstance(t, dict) for t in tokens):
            raise wordlist.WordListError(f"{name}: dict entry {i + 1}: 'tokens' must be a list of mappings")
        expected = item.get("expected")
        if expected is None:
            raise wordlist.WordListError(f"{name}: dict entry {i + 1}: 'expected' is required")
        word = "".join(str(t.get("surface_form", "")) for t in tokens)
        morphemes.append({"message": f"{message}（「{word}」→「{expected}」）", "expected": str(expected),
                          "tokens": tokens})
    return wordlist.Dictionary.from_data({"morphemes": morphemes}, name)

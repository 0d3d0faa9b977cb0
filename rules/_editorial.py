"""Shared bits of postlint's editorial checks (no-generation-artifact, heading-style,
ja-consistent-punctuation, ja-consistent-spelling, no-repeated-phrase,
no-title-in-body, excerpt-matches-body, no-cross-post-duplicate).

>>> is_japanese("あ"), is_japanese("a"), is_japanese("」")
(True, False, True)
>>> normalize("  Hello、 世界！ ")
'hello世界'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import yaml

from postlint.rules import data_yaml
from postlint.spans import Spans

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Node types whose text is prose (what the editorial checks read).
PROSE_TYPES = ("Paragraph", "Header", "TableCell")
# The text of these is no prose (patterns, each rule compiles them with the flags it needs):
# a template tag, which Markdown reads as text ({% include a.html %}, {{< figure … >}}, and
# kramdown's attribute lists: ![図](a.png){: .img-responsive}), and a bare URL
TEMPLATE_TAG = r"\{%.*?%\}|\{\{.*?\}\}|\{:[^}\n]*\}"
BARE_URL = r"(?:https?|ftp)://[^\s<>\"'）)」、。]+|www\.[^\s<>\"'）)」、。]+"


@functools.lru_cache(maxsize=1)
def _japanese() -> re.Pattern:
    """Kana, kanji, the iteration marks and full-width punctuation (、。「」（）etc.).
    Compiled at first use: its 28,000 code points take 3 ms, and most presets load
    this module for other helpers."""
    return re.compile("[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\u31f0-\u31ff]")


def is_japanese(ch: str) -> bool:
    """Whether the character ``ch`` (or "") is Japanese: kana, kanji, iteration marks, full-width punctuation."""
    return _japanese().match(ch) is not None


def has_japanese(text: str) -> bool:
    """Whether any character of ``text`` is_japanese."""
    return _japanese().search(text) is not None


# kana and kanji: the letters of Japanese words (no punctuation, no full-width Latin)
_JAPANESE_LETTER = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_japanese_words(text: str) -> bool:
    """Whether ``text`` has a kana or a kanji: is_japanese without punctuation, for a
    rule that asks whether a text is Japanese prose, not whether it is set in full width.

    >>> has_japanese_words("「config.kdl」"), has_japanese_words("設定.yml"), has_japanese("「config.kdl」")
    (False, True, True)
    """
    return _JAPANESE_LETTER.search(text) is not None


_NOT_WORD = re.compile(r"[\s\W_]+", re.U)


def normalize(text: str) -> str:
    """NFKC, lower case, without white space and punctuation: for "nearly equal" comparisons."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).lower())


def prose_nodes(doc):
    """Paragraphs, headings and table cells of the body, in document order."""
    return [n for n in doc.walk() if n.type in PROSE_TYPES]


_HTML_A_OPEN = re.compile(r"<a\s", re.I)
_HTML_A_CLOSE = re.compile(r"</a\s*>", re.I)


def _link_spans(para) -> list[tuple[int, int]]:
    """(start, end) in the file of the paragraph's links: Markdown links, and the text between
    an inline ``<a …>`` and its ``</a>`` (a link written in HTML, as WordPress exports have
    them), someone else's words alike."""
    found, opened = [], None
    for node in para.walk():
        if node.type == "Link":
            found.append((node.start, node.end))
        elif node.type == "Html":
            raw = node.data.get("value") or ""
            if opened is None and _HTML_A_OPEN.match(raw):
                opened = node.end
            elif opened is not None and _HTML_A_CLOSE.match(raw):
                found.append((opened, node.start))
                opened = None
    return found


def hidden_spans(para, plain):
    """Plain-text ranges to ignore: inline code and link text."""
    spans = list(plain.code_spans)
    links = Spans(_link_spans(para))
    if links:
        run = None
        for k, off in enumerate(plain.offsets[:-1]):
            inside = off in links
            if inside and run is None:
                run = k
            elif not inside and run is not None:
                spans.append((run, k))
                run = None
        if run is not None:
            spans.append((run, len(plain.text)))
    return spans


def blanked(text: str, spans) -> str:
    """``text`` with the ``spans`` (start, end) made spaces (same length).

    >>> blanked("出典: 公式文書", [(4, 8)])
    '出典:     '
    """
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def prose_text(para, ctx):
    """(PlainText, its text with inline code and link text blanked out) of a prose node."""
    plain = ctx.plain(para)
    return plain, blanked(plain.text, hidden_spans(para, plain))


# -- memos across lints --------------------------------------------------------------
# A Document-level rule re-reads every block of the post on every lint, while an
# editor re-lints after each keystroke with one block changed.  A block's own
# analysis is remembered by its content (postlint.text.content_key: its text,
# its position in its line, its inline subtree), with file offsets stored
# relative to the block's start, so an unchanged or moved block costs one lookup.

_MEMOS: dict = {}  # what -> {key: result}
_MEMO_MAX = 4096  # entries per analysis (then it starts over)


def remember(what: str, key, compute):
    """``compute()``, remembered under the hashable ``key`` for the analysis
    ``what`` (a pure function of ``key``: text, options); the result is shared."""
    memo = _MEMOS.get(what)
    if memo is None:
        memo = _MEMOS[what] = {}
    found = memo.get(key, memo)
    if found is memo:
        if len(memo) >= _MEMO_MAX:
            memo.clear()
        found = memo[key] = compute()
    return found


def block_memo(what: str, node, text: str, compute, extra=()):
    """``compute()`` for ``node`` of the file ``text``, remembered across lints by
    the block's content.

    ``compute`` must give offsets relative to ``node.start`` (add ``node.start``
    when using the result) and an immutable value (it is shared); ``what`` names
    the analysis, ``extra`` (hashable) holds everything else it depends on:
    options, and facts about the block's ancestors (``node.inside(...)``),
    which its content does not show.
    """
    from postlint.text import content_key

    key = content_key(node, text, what)
    if key is None:
        return compute()
    return remember(what, (key, extra), compute)


def clear_memos() -> None:
    """Forget every remembered analysis (tests compare with fresh ones)."""
    _MEMOS.clear()


def body_start(doc) -> int:
    if doc.children and doc.children[0].type == "Yaml":
        return doc.children[0].end
    return 0


def in_ranges(offset: int, ranges) -> bool:
    return any(s <= offset < e for s, e in ranges)


@functools.lru_cache(maxsize=None)
def builtin_data(name: str):
    """A YAML file of rules/dict/ (parsed once)."""
    return data_yaml("dict", name)


def user_data(value, option: str):
    """An option that is either inline data (a list) or the path of a YAML file holding it."""
    if value is None:
        return []
    if isinstance(value, str):
        path = Path(value).expanduser()
        try:
            data = yaml.load(path.read_text("utf-8"), Loader=_Loader)
        except OSError as exc:
            raise ValueError(f"option {option}: cannot read {value}: {exc.strerror or exc}") from None
        except yaml.YAMLError as exc:
            raise ValueError(f"option {option}: {value} is not valid YAML: {exc}") from None
        if isinstance(data, dict):  # a file shaped like the built-in one
            data = next((v for v in data.values() if isinstance(v, list)), [])
        return data or []
    if isinstance(value, list):
        return value
    raise ValueError(f"option {option} must be a list or the path of a YAML file")


def combined(defaults: list, opts: dict, replace_key: str, extra_key: str) -> list:
    """The built-in list unless ``opts[replace_key]`` replaces it, plus ``opts[extra_key]``."""
    base = defaults if opts.get(replace_key) is None else user_data(opts[replace_key], replace_key)
    return list(base) + list(user_data(opts.get(extra_key), extra_key))


def front_key(front: dict, key: str) -> str | None:
    """The key of ``front`` (the front matter's mapping) that gives ``key``: itself, else the
    same key in another case (Hatena Blog's blogsync writes ``Title``; Hugo reads keys in any
    case), else None.

    >>> front_key({"Title": "題"}, "title"), front_key({"title": "題"}, "title"), front_key({}, "title")
    ('Title', 'title', None)
    """
    if key in front:
        return key
    lowered = key.lower()
    return next((k for k in front if isinstance(k, str) and k.lower() == lowered), None)


def front_value(front: dict, key: str):
    """The value of ``key`` in ``front``, the key found as :func:`front_key` finds it (None
    when there is none)."""
    found = front_key(front, key)
    return None if found is None else front[found]


def front_value_span(ctx, key: str) -> tuple[int, int]:
    """Where the value of front matter ``key`` is in the file (the key itself when unsure)."""
    node = ctx.yaml_node
    if node is None:
        return 0, 0
    start, end = node.data.get("keys", {}).get(key, (node.start, node.start))
    line_end = ctx.text.find("\n", end)
    line_end = node.end if line_end < 0 else min(line_end, node.end)
    m = re.match(r"\s*:\s*(['\"]?)(.*?)\1\s*$", ctx.text[end:line_end])
    if m and m.group(2):
        return end + m.start(2), end + m.end(2)
    return start, end


def plural(n: int, word: str = "回") -> str:
    return f"{n}{word}"

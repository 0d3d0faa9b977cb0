"""The front matter's reading time agrees with the length of the text.

A stated reading time that is far off misleads readers and usually means the
value was copied from another post.  The estimate counts the reading text of
the body only: no front matter, code blocks, HTML, image alt text, URLs, link
destinations, Liquid tags or Markdown markup (inline code and link text are
read, so they count).

    minutes = ceil(CJK characters / charsPerMinute + other words / wordsPerMinute)

CJK characters are kanji, hiragana, katakana and Hangul *and* the Japanese
punctuation read with them (、。「」『』（）？！ー・… and full-width symbols);
full-width letters and digits count as Latin.  Other words are runs of
letters or digits (``10.1``, ``don't``, ``1,000`` are one word each).  The
estimate is at least 1 minute.

The value may be a number (``8``) or a string holding one (``"8 min"``,
``"8分"``, ``"約8分"``, a range ``"7-9 min"``).  A boolean, null, a string
without a number, one in hours or seconds, or a missing key is not checked.
A value that is not plainly a number of minutes (``-1``, ``0x10``, ``1:30``,
``1_000``, ``"1e309"``: site generators may read it otherwise) is reported
whatever it says, and its fix writes the estimate over the whole value.

Options: ``key`` (default ``reading_time``), ``charsPerMinute`` (500),
``wordsPerMinute`` (200), ``tolerance``: minutes (a number) or a share of the
estimate (``"20%"``); default ``null`` = the larger of 1 minute and 20 % of
the estimate.  Reported when |declared - estimate| exceeds the tolerance, with
a safe fix writing the estimate in the value's own form (8 -> 12, "8 min" ->
"12 min", "8分" -> "12分").

Examples::

    OK:  reading_time: 1   (a short post)
    NG:  reading_time: 30  (the same short post)
"""

from __future__ import annotations

import math
import re
import unicodedata

from postlint.rules._editorial import BARE_URL, TEMPLATE_TAG, remember

ID = "reading-time"
NODES = ("Document",)
OPTIONS = {"key": str, "charsPerMinute": (int, float), "wordsPerMinute": (int, float),
           "tolerance": (int, float, str, type(None))}
DEFAULTS = {"key": "reading_time", "charsPerMinute": 500, "wordsPerMinute": 200, "tolerance": None}
FIXABLE = True

# Code points read as one character each (the ranges are inclusive).
_CJK = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u2e80-\u2fdf"  # CJK radicals
    "\u3001-\u303f"  # CJK symbols and punctuation (not the ideographic space)
    "\u3040-\u30ff"  # hiragana, katakana (incl. ー ・)
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u31f0-\u31ff"  # katakana phonetic extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\ufe30-\ufe4f"  # CJK compatibility forms
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"  # full-width punctuation, half-width 。「」、・
    "\uff66-\uff9f"  # half-width katakana
    "\u2015\u2025\u2026"  # ― ‥ … (Japanese dashes and leaders)
    "\U00020000-\U0003134f"  # CJK extensions B-H
)
_CJK_RE = re.compile(f"[{_CJK}]")
_WORD_RE = re.compile(r"[^\W_]+(?:[.,'’\-][^\W_]+)*")
_URL_RE = re.compile(BARE_URL, re.I)
_LIQUID_RE = re.compile(TEMPLATE_TAG, re.S)
_NUMBER_RE = re.compile(r"(\d+(?:\.\d+)?)(?:\s*[-~〜～]\s*(\d+(?:\.\d+)?))?")
_PLAIN_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_DIGIT_RE = re.compile(r"\d")
_QUOTED_RE = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'', re.S)
_OTHER_UNIT_RE = re.compile(r"時間|秒|hour|\bhr|sec|\d\s*h\b|\d\s*s\b", re.I)
_SKIP_BLOCKS = ("Yaml", "CodeBlock", "Html", "Image", "FootnoteReference")


def check(node, opts, ctx):
    yaml_node = ctx.yaml_node
    if yaml_node is None or yaml_node.data.get("error"):
        return
    value = yaml_node.data.get("value")
    key = opts["key"]
    if not isinstance(value, dict) or key not in value:
        return
    declared = _declared(value[key])
    number = isinstance(value[key], (int, float)) and not isinstance(value[key], bool)
    if declared is None and not number:
        return
    chars, words = ctx.memo(("reading-size", id(node)), lambda: reading_size(node, ctx.text))
    exact = chars / float(opts["charsPerMinute"]) + words / float(opts["wordsPerMinute"])
    estimate = max(1, math.ceil(round(exact, 6)))

    from postlint.rules.front_matter import _value_spans

    head = ctx.text[:yaml_node.end]  # all the spans depend on (the front matter starts the file)
    if _SPANS.get("head") != head:
        _SPANS.clear()
        _SPANS.update(head=head, spans=_value_spans(ctx.text, yaml_node.data))
    span = _SPANS["spans"].get(key)
    start, end = (span[0], span[1]) if span else yaml_node.data["keys"].get(key, (0, 3))
    inner = _inner(ctx.text, start, end) if span else None
    written = ctx.text[inner[0]:inner[1]] if inner else str(value[key])
    form = _number_in(value[key], written)
    if form is not None:
        low, high = declared
        tolerance = _tolerance(opts["tolerance"], estimate)
        if low - tolerance <= estimate <= high + tolerance:
            return
        found = f"{key} is {written} but"
    else:
        read_as = f" (read as {_num(value[key])})" if number and written != _num(value[key]) else ""
        found = f"{key} is {written}{read_as}, not a plain number of minutes;"
    size = []
    if chars:
        size.append(f"{chars:,} characters at {_num(opts['charsPerMinute'])}/min")
    if words:
        size.append(f"{words:,} words at {_num(opts['wordsPerMinute'])}/min")
    message = (f"{found} the text reads in about {estimate} minute{'s' * (estimate != 1)} "
               f"({', '.join(size) or 'no text'}); set it to {estimate}")
    if inner is None:
        fix = None
    elif form is None:
        fix = ctx.fix(inner[0], inner[1], str(estimate))
    else:
        fix = ctx.fix(inner[0] + form[0], inner[0] + form[1], str(estimate))
    yield ctx.report(start, end, message, fix=fix)


_SPANS: dict = {}  # the front matter last seen and its value spans


def _num(x) -> str:
    return f"{x:g}" if isinstance(x, float) else str(x)


def _declared(val):
    """(low, high) minutes of a front matter value, or None when not checkable."""
    if isinstance(val, bool) or val is None:
        return None
    if isinstance(val, (int, float)):
        return (val, val) if math.isfinite(val) else None
    if not isinstance(val, str) or _OTHER_UNIT_RE.search(val):
        return None
    m = _NUMBER_RE.search(unicodedata.normalize("NFKC", val))
    if not m:
        return None
    low = float(m.group(1))
    high = float(m.group(2)) if m.group(2) else low
    return (min(low, high), max(low, high))


def _tolerance(option, estimate: int) -> float:
    """Minutes the declared time may be off by.

    >>> [_tolerance(v, 10) for v in (None, 3, "2.5", "20%")]
    [2.0, 3.0, 2.5, 2.0]
    """
    if option is None:
        return max(1.0, 0.2 * estimate)
    try:
        if isinstance(option, str):
            text = option.strip()
            if text.endswith("%"):
                return float(text[:-1]) / 100 * estimate
            return float(text)
        return float(option)
    except ValueError:
        raise ValueError(f"option tolerance must be minutes (a number) or a share of the estimate "
                         f"such as \"20%\" (got {option!r})") from None


def check_options(opts) -> None:
    """Refuse reading speeds that are not positive and a tolerance that is no number of minutes
    or share (called when the config loads)."""
    for option in ("charsPerMinute", "wordsPerMinute"):
        if not opts[option] > 0:
            raise ValueError(f"option {option} must be more than 0 (got {opts[option]!r})")
    if _tolerance(opts["tolerance"], 100) < 0:
        raise ValueError(f"option tolerance must not be negative (got {opts['tolerance']!r})")


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the value's own text in its span: inside its quotes, without a
    trailing comment (a TOML span runs to the end of the line)."""
    raw = text[start:end]
    quoted = _QUOTED_RE.match(raw)
    if quoted:
        return start + 1, start + quoted.end() - 1
    comment = re.search(r"\s#", raw)
    return start, start + len(raw[:comment.start() if comment else None].rstrip())


def _number_in(val, written: str):
    """(start, end) in ``written`` of the number a fix replaces to keep the value's form
    ("8 min" -> "12 min"), or None when the value is not plainly a number of minutes
    (``-1``, ``0x10``, ``1:30``, ``1_000``, ``"1e309"``): its number is then unclear, so the
    rule reports it whatever its size and the fix writes the whole value."""
    if isinstance(val, (int, float)) and not isinstance(val, bool):
        return (0, len(written)) if _PLAIN_NUMBER_RE.fullmatch(written) and math.isfinite(val) else None
    m = _NUMBER_RE.search(written)
    if written != val or not m or _DIGIT_RE.search(written, m.end()) or _DIGIT_RE.search(written, 0, m.start()):
        return None
    return m.span()


# -- the reading text ------------------------------------------------------------

def reading_text(doc, text: str) -> str:
    """The body text a reader reads, blocks separated by newlines."""
    parts: list[str] = []
    _collect(doc, text, parts)
    joined = "".join(parts)
    joined = _LIQUID_RE.sub(" ", joined)
    return _URL_RE.sub(" ", joined)


def _collect(node, text: str, parts: list[str]) -> None:
    for child in node.children:
        _collect_child(child, text, parts)


def _collect_child(child, text: str, parts: list[str]) -> None:
    kind = child.type
    if kind in _SKIP_BLOCKS:
        parts.append(" ")
    elif kind == "Str":
        parts.append(text[child.start:child.end])
    elif kind == "Code":
        parts.append(" " + (child.data.get("value") or "") + " ")
    elif kind == "Break":
        parts.append("\n")
    else:
        _collect(child, text, parts)
        if kind in ("Paragraph", "Header", "TableCell", "ListItem", "BlockQuote"):
            parts.append("\n")


def reading_size(doc, text: str) -> tuple[int, int]:
    """(CJK characters, other words) of the reading text of ``doc``.

    Counted block by block (each block's count remembered by its text, so an
    edit recounts one block) when the blocks' texts cannot run into each
    other: each ends in white space (no word or URL spans two) and none leaves
    a template tag open; otherwise over the whole text at once."""
    sizes = []
    last = len(doc.children) - 1
    for n, child in enumerate(doc.children):
        parts: list[str] = []
        _collect_child(child, text, parts)
        size = _block_size("".join(parts))
        if size is None or (n < last and size[2] not in " \n"):
            return _size(reading_text(doc, text))
        sizes.append(size)
    return sum(s[0] for s in sizes), sum(s[1] for s in sizes)


def _block_size(raw: str):
    """(CJK characters, other words, last character) of one block's reading
    text, None when a template tag stays open (it may close in another block)."""
    return remember(ID, raw, lambda: _open_size(raw)) or None


def _open_size(raw: str):
    body = _LIQUID_RE.sub(" ", raw)
    if "{%" in body or "{{" in body:
        return False
    return (*_size(_URL_RE.sub(" ", body)), raw[-1:])


def _size(body: str) -> tuple[int, int]:
    chars = len(_CJK_RE.findall(body))
    rest = unicodedata.normalize("NFKC", _CJK_RE.sub(" ", body))
    words = len(_WORD_RE.findall(rest))
    return chars, words

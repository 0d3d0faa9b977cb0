"""放送禁止用語を見つける（textlint-rule-no-hoso-kinshi-yogo 1.3.0 互換）。

Words that broadcasters avoid (差別語・不快語), from the list the original downloads: the XML
of 放送禁止用語一覧 (``http://monoroch.net/kinshi/housouKinshiYougo.xml``), each entry
a word, the words to say instead and a note.  Each text node (``Str``, link text and
quotations included) is tokenized with IPADIC as kuromoji 0.1.1 reads it (the version the
original's kuromojin pins), and a token whose surface is a listed word is reported where it
starts, with the replacement as a fix when the list gives exactly one.  A listed word that
is more than one token (足を洗う) is never found, as in the original.

The list is fetched when the config loads and at most once a week (as the original), and
kept in postlint's cache folder: a run without the network uses the last copy, and one
that has none says so once and finds nothing.  ``dictURL`` (postlint's) fetches it from
elsewhere: a mirror, or a copy on disk (``file:///…/housouKinshiYougo.xml``).

Options:
    dictURL: where the list is (the original's address)

    OK:  彼は外国から来た人です。
    NG:  (「外人」が一覧にあるとき) 彼は外人です。   -> 一覧の言い換え語（一つだけのとき）
"""

from __future__ import annotations

import re

from postlint import fetched, wordlist

ID = "no-hoso-kinshi-yogo"
NODES = ("Str",)
OPTIONS = {"dictURL": str}
DEFAULT_URL = "http://monoroch.net/kinshi/housouKinshiYougo.xml"
DEFAULTS = {"dictURL": DEFAULT_URL}
FIXABLE = True
FIX_ONCE = True  # a replacement may itself be a listed word: one pass, as textlint --fix makes

MAX_AGE = 604800.0  # seconds a fetched list stays fresh: a week, as the original
_REFERENCE = "http://monoroch.net/kinshi/"  # the list's page, named in each message
_DICTIONARY = "ipadic-kuromoji-0.1.1"
# a word the original's XML reader takes for a number or a boolean: it never equals a surface
_VALUE = re.compile(r"\A(?:[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|0[xX][0-9a-fA-F]+|true|false)\Z")


def parse_list(body: bytes) -> list[list]:
    """The entries of the list's XML: ``[word, [replacements], note]`` each, in order
    (ValueError: not such a list).

    >>> parse_list('''<housouKinshiYougoList><dirtyWord><word reading="x">板前</word>
    ... <replaceWordList><word>調理師</word></replaceWordList><notes>職業名</notes></dirtyWord>
    ... <dirtyWord><word>家柄</word><replaceWordList/><notes/></dirtyWord></housouKinshiYougoList>'''.encode())
    [['板前', ['調理師'], '職業名'], ['家柄', [], '']]
    """
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:  # (a SyntaxError)
        raise ValueError(f"not XML: {exc}") from None
    if root.tag != "housouKinshiYougoList":
        raise ValueError(f"not a housouKinshiYougoList but {root.tag!r}")

    def text(element) -> str:
        return "" if element is None else "".join(element.itertext()).strip()

    return [[text(entry.find("word")),
             [text(w) for w in entry.findall("replaceWordList/word") if text(w)],
             text(entry.find("notes"))]
            for entry in root.iter("dirtyWord")]


def _fetch(url: str):
    return fetched.fetch(url, MAX_AGE, parse_list, "the 放送禁止用語 list", ID)


def check_options(opts) -> list[str]:
    """Fetch the list when the config loads: one that cannot be had is said once for the
    run, not in every post."""
    url = opts.get("dictURL") or DEFAULT_URL
    if not url.startswith(("http://", "https://", "file:")):
        raise ValueError(f"dictURL: {url!r} is no web address (a copy on disk: file:///…)")
    _, why = _fetch(url)
    return [why] if why else []


_BUILT: dict = {}  # (id of the fetched list, its address) -> (the list, its Dictionary)


def dictionary(entries: list, url: str) -> wordlist.Dictionary:
    """The list as a word list of one-token entries.

    >>> d = dictionary([["板前", ["調理師"], "職業名"], ["家柄", [], ""]], DEFAULT_URL)
    >>> [(m.start, m.expected, m.message) for m in d.match_text("家柄", dic=_DICTIONARY)]
    [(0, None, '「家柄」は放送禁止用語の一覧にある言葉です。（参照: http://monoroch.net/kinshi/）')]
    >>> dictionary([["12", [], ""]], DEFAULT_URL).entries   # a number to the original's XML reader
    []
    >>> [(m.expected, m.message) for m in d.match_text("板前", dic=_DICTIONARY)]
    [('調理師', '「板前」は放送禁止用語の一覧にある言葉です。言い換えるなら「調理師」。備考: 職業名（参照: http://monoroch.net/kinshi/）')]
    """
    key = (id(entries), url)
    held = _BUILT.get(key)
    if held is None or held[0] is not entries:
        reference = _REFERENCE if url == DEFAULT_URL else url
        found = [wordlist.Entry((wordlist.TokenPattern((("surface_form", (word,)),)),),
                                _message(word, replacements, note, reference),
                                replacements[0] if len(replacements) == 1 else None)
                 for word, replacements, note in entries if word and not _VALUE.match(word)]
        if len(_BUILT) > 4:
            _BUILT.clear()
        held = _BUILT[key] = (entries, wordlist.Dictionary(found, name=url))
    return held[1]


def _message(word: str, replacements: list, note: str, reference: str) -> str:
    message = f"「{word}」は放送禁止用語の一覧にある言葉です。"
    if replacements:
        message += "言い換えるなら" + "".join(f"「{r}」" for r in replacements) + "。"
    if note:
        message += f"備考: {note}"
    return message + f"（参照: {reference}）"


def _document_list(url: str):
    """The list as a word list, or None when there is none to be had (said when the config loaded)."""
    entries, _ = _fetch(url)
    return dictionary(entries, url) if entries else None


def check(node, opts, ctx):
    url = opts.get("dictURL") or DEFAULT_URL
    # asked once per document, not for each Str (a file: address is a stat of the file)
    found = ctx.memo((ID, "list", url), lambda: _document_list(url))
    if found is None:
        return []
    return wordlist.check_str(node, ctx, [found], fixable=True, dic=_DICTIONARY, joined=True)

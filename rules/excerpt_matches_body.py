"""The front matter excerpt (or description) states something the body never states.

An excerpt is what readers see in lists, feeds and search results.  When it promises a number,
a name or a term the post never mentions (「5年で10.1兆ウォン」 while the body says 「10兆ウォン」;
「Rust」 in a post about Go), it misleads.  Each of these in the excerpt must also appear in
the body (headings, paragraphs, lists, tables, code):

- numbers with their unit or scale (``10.1兆ウォン``, ``5年``, ``30%``, ``2025``);
- Latin words with a capital or a digit (``JavaScript``, ``GPU``, ``HBM3``; compared
  case-insensitively); all-lower-case words are vocabulary, not names, and so is an English
  sentence's first word capitalised for that alone (``Career change``);
- proper nouns (UniDic 固有名詞: ``韓国``, ``サムスン``) and katakana words UniDic does not know
  (``フィジカルAI``'s ``フィジカル``, product names); dictionary loanwords (``コード``,
  ``ブラウザ``) are vocabulary, not claims;
- URLs in the excerpt are skipped; so are katakana words UniDic does not know that are
  dictionary loanwords run together (``モバイルアプリエンジニア``), and an excerpt that is the
  title copied (some blog starters write it so), which states nothing of its own.

What the front matter's titles state (``title``, and keys such as ``fullTitle`` or
``subtitle``) counts as stated: a theme shows them above the body; so do its dates (``date``,
``lastmod``…).  An English excerpt over a Japanese body is a translation: only names written
as names (GitHub, GPU) and numbers are checked in it.

Options: ``keys`` (default ``[excerpt, description, summary]``), ``numbers``, ``names``
(default true), ``minLength`` (shortest Latin/katakana word checked; default 2).

    OK:  excerpt: 韓国がAIに10兆ウォンを投資する。   body: 韓国はAIに10兆ウォンを投じる…
    NG:  excerpt: 韓国がAIに12兆ウォンを投資する。   body: 韓国はAIに10兆ウォンを投じる…
"""

from __future__ import annotations

import re
import unicodedata

from postlint.rules._editorial import (front_key, front_value, front_value_span, has_japanese_words, prose_nodes,
                                       remember)

ID = "excerpt-matches-body"
NODES = ("Document",)
OPTIONS = {"keys": [str], "numbers": bool, "names": bool, "minLength": int}
DEFAULTS = {"keys": ["excerpt", "description", "summary"], "numbers": True, "names": True, "minLength": 2}

_UNIT = (r"(?:兆|億|万|千|百)*\s*(?:円|ウォン|ドル|ユーロ|元|ポンド|%|パーセント|倍|年間|年度|年|か月|ヶ月|カ月|ヵ月|月|週間|日間|日|"
         r"時間|分|秒|人|名|件|社|台|個|回|歳|位|割|点|本|冊|万人|km|kg|GB|MB|TB|KB|ms|fps|[Kk]?[Ww]h?)?")
_NUMBER = re.compile(r"(?<![\d.,A-Za-z])\d+(?:,\d{3})*(?:\.\d+)?" + _UNIT)
_LATIN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*(?:[.+#-][A-Za-z0-9]+)*\+*")
_KATAKANA = re.compile(r"[ァ-ヺー・]+")
_ENGLISH_NEXT = re.compile(r" +[A-Za-z]")
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)+\.(?:com|net|org|jp|io|dev|info)\S*")


def _sentence_start(text: str, at: int, word: str) -> bool:
    """Whether ``word`` is an English sentence's first word, capitalised for that alone
    (``Career change``): it begins the text or follows a sentence's end, only its first letter
    is a capital, and an English word follows.  Such a word is no name to look for in the body.

    >>> _sentence_start("Career change", 0, "Career"), _sentence_start("Rustで書いた道具", 0, "Rust")
    (True, False)
    >>> _sentence_start("Why JavaScript wins", 4, "JavaScript"), _sentence_start("Using GPU", 0, "Using")
    (False, True)
    """
    if word[1:] != word[1:].lower() or any(c.isdigit() for c in word):
        return False
    before = text[:at].rstrip()
    return (not before or before.endswith((".", "!", "?", "。", "！", "？"))) \
        and _ENGLISH_NEXT.match(text, at + len(word)) is not None


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return re.sub(r"\s+", "", text)


def _body_text(doc, ctx) -> str:
    """_norm of the prose and code of the body, one line each: normalised part by
    part (a line break ends every step of _norm), each part remembered by text."""
    parts = [ctx.plain(n).text for n in prose_nodes(doc)]
    parts += [n.data.get("value") or "" for n in doc.walk() if n.type == "CodeBlock"]
    return "".join([remember(ID, part, lambda: _norm(part)) for part in parts])


def _number_found(claim: str, body: str) -> bool:
    n = _norm(claim)
    return re.search(r"(?<![\d.])" + re.escape(n) + (r"(?![\d])" if n[-1:].isdigit() else ""), body) is not None


def _claims(excerpt: str, opts, ctx, body_japanese: bool = False):
    """(kind, text, index in excerpt) of everything the excerpt states.  An excerpt in English
    over a Japanese body is a translation for search engines ("Deal With My Introverted
    Personality"): its capitalised words are title case, and only names written as such
    (GitHub, iPhone, GPU, HBM3) are claims."""
    english = body_japanese and not has_japanese_words(excerpt)
    text = unicodedata.normalize("NFKC", excerpt)
    if len(text) != len(excerpt):
        text = excerpt  # keep indices; the comparison normalizes anyway
    text = _URL.sub(lambda m: " " * len(m.group()), text)
    if opts["numbers"]:
        for m in _NUMBER.finditer(text):
            claim = m.group().strip()
            if claim.isdigit() and len(claim) < 2:
                continue  # a lone digit (第1部) says little
            if text[:m.start()].rstrip().endswith("第") or re.fullmatch(r"1\D+", claim):
                continue  # an ordinal labels the post (【旅行記 第11回】); 「1日の旅日記」 is no figure
            yield "number", claim, m.start()
    if opts["names"]:
        for m in _LATIN.finditer(text):
            word = m.group()
            if english and not (any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)):
                continue
            if len(word) >= opts["minLength"] and (word != word.lower() or any(c.isdigit() for c in word)) \
                    and not _sentence_start(text, m.start(), word):
                yield "latin", word, m.start()
        for t in ctx.tokens(text, "unidic"):
            word = t.surface_form
            if len(word) < max(opts["minLength"], 2) or _LATIN.fullmatch(word):
                continue
            if _KATAKANA.fullmatch(word) and (_KATAKANA.match(text[t.end:t.end + 1]) or
                                              (t.start and _KATAKANA.match(text[t.start - 1]))):
                continue  # a piece of a longer katakana word
            if _KATAKANA.fullmatch(word) and _loanword_compound(word):
                continue  # モバイルアプリエンジニア: dictionary loanwords run together, vocabulary
            if t.pos_detail_1 == "固有名詞":
                yield "name", word, t.start
            elif _KATAKANA.fullmatch(word) and t.pos == "名詞" and "-" not in t.lemma:
                yield "katakana", word, t.start  # not a dictionary loanword: a name or a coined term


def _loanword(piece: str) -> bool:
    """Whether UniDic reads ``piece`` alone as one dictionary loanword (its lemma names the
    foreign word: コンファレンス-conference)."""
    found = _unidic_tokens(piece)
    return len(found) == 1 and found[0].pos == "名詞" and found[0].pos_detail_1 != "固有名詞" \
        and "-" in found[0].lemma


def _loanword_compound(word: str) -> bool:
    """Whether a katakana word UniDic does not know is dictionary loanwords run together
    (モバイル + アプリ + エンジニア), each of two characters or more: vocabulary, not a name.

    >>> _loanword_compound("モバイルアプリエンジニア"), _loanword_compound("フィジカル")
    (True, False)
    """
    if len(word) > 40:
        return False
    ends = {0}  # where a run of loanwords from the word's start ends
    for end in range(2, len(word) + 1):
        if any(end - start >= 2 and _loanword(word[start:end]) for start in sorted(ends) if start < end):
            ends.add(end)
    return len(word) in ends and len(ends) > 2  # two loanwords or more


def _unidic_tokens(text: str):
    from postlint.morph import tokens

    return tokens(text, "unidic")


def _found(kind: str, claim: str, body: str, ctx) -> bool:
    if kind == "number":
        return _number_found(claim, body)
    if _norm(claim) in body:
        return True
    return False


# the post's dates, which the theme shows: a year the excerpt names may be one of them
_DATE_KEYS = {"date", "lastmod", "modified", "updated", "published", "publishdate", "pubdate"}

def _as_said(date) -> list[str]:
    """A front matter date as written and as Japanese says it.

    >>> _as_said("2018-05-13")
    ['2018-05-13', '2018年5月13日']
    """
    text = str(date)
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    return [text, f"{m[1]}年{int(m[2])}月{int(m[3])}日"] if m else [text]


_KIND = {"number": "the number", "latin": "the word", "katakana": "the word", "name": "the name"}


def check(node, opts, ctx):
    front = ctx.front_matter or {}
    title = front_value(front, "title")
    body = None
    for wanted in opts["keys"]:
        key = front_key(front, wanted)
        excerpt = None if key is None else front[key]
        if not isinstance(excerpt, str) or not excerpt.strip():
            continue
        if isinstance(title, str) and _norm(excerpt) == _norm(title):
            continue  # the title copied (blog starters do): it states nothing of its own
        if body is None:
            body = _body_text(node, ctx)
            if not body:
                return
            body_japanese = has_japanese_words(body)
            body += "".join("\n" + _norm(value) for name, value in front.items()
                            if isinstance(value, str) and "title" in str(name).lower())
            body += "".join("\n" + _norm(said) for name, value in front.items()
                            if str(name).lower() in _DATE_KEYS and value is not None for said in _as_said(value))
        start, end = front_value_span(ctx, key)
        raw = ctx.text[start:end]
        seen = set()
        for kind, claim, _ in _claims(excerpt, opts, ctx, body_japanese):
            if claim in seen or _found(kind, claim, body, ctx):
                continue
            seen.add(claim)
            at = raw.find(claim)
            s, e = (start + at, start + at + len(claim)) if at >= 0 else (start, end)
            yield ctx.report(s, e, f"the {key} states {_KIND[kind]} 「{claim}」, which the body never "
                                   f"states: make the {key} say what the post says")

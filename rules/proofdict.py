"""表記ゆれを proofdict 辞書で確認する（@proofdict/textlint-rule-proofdict 3.1.2 互換）。

Checks text against a proofdict dictionary (see :mod:`postlint.proofdict`): entries of an
``expected`` spelling and the ``patterns`` that should become it, tagged (``noun``: whole
words only) and with ``allows`` that leave a text alone.  Each text node (``Str``) is
checked as written in the file, except in links (inline links and bare URLs; the text of
a reference link ``[text][ref]`` is checked, as in textlint), images, block quotes and
emphasis; a match is reported where it starts, with a fix to the expected spelling.

The dictionary comes from ``dictURL`` (a proofdict site: its ``dictionary.json`` is fetched
at most every ``autoUpdateInterval`` milliseconds and kept in postlint's cache folder, so a
run without the network uses the last copy), else from ``dictGlob`` (YAML files, one entry
each; relative to the config file's folder), or inline from ``proofdict``.  ``dicts``
gives several such settings at once.

Options:
    dictURL: a site (string) or {jsonAPI: URL of the JSON, ruleBase: URL of the entries' pages}
    dictGlob: YAML files (a glob or a list of them); used when there is no dictURL
    autoUpdateInterval: milliseconds a fetched dictionary stays fresh (60000)
    allowTags: use only the entries that carry all of these tags
    denyTags: leave out the entries that carry any of these tags (when allowTags is empty)
    proofdict: the dictionary itself (a list of entries)
    dicts: a list of option sets like the above, each checked
    disableProofdictTesterCache: accepted; postlint always checks each setting of dicts with its
        own dictionary (textlint's rule, with its tester cache on, the default, checks them all
        with the first one's)

    # .textlintrc
    {"rules": {"@proofdict/proofdict": {"dictURL": "https://azu.github.io/proof-dictionary/"}}}
    OK:  WebKit と node-webkit を使う。
    NG:  Webkit を使う。   -> WebKit
"""

from __future__ import annotations

import os

from postlint.proofdict import ProofdictError, Tester, dictionary_url, fetch, glob_files, load_files, rule_url
from postlint.rules._textlint import inside, text_spans
from postlint.wordlist import base_dir, report_once

ID = "proofdict"
NODES = ("Document",)
OPTIONS = {
    "dictURL": (str, dict, type(None)), "dictGlob": (str, list, type(None)), "autoUpdateInterval": (int, float),
    "allowTags": list, "denyTags": list, "proofdict": (list, type(None)), "dicts": (list, type(None)),
    "disableProofdictTesterCache": bool,
}
DEFAULTS = {
    "dictURL": None, "dictGlob": None, "autoUpdateInterval": 60_000, "allowTags": [], "denyTags": [],
    "proofdict": None, "dicts": None, "disableProofdictTesterCache": False,
}
FIXABLE = True
FIX_ONCE = True  # an expected spelling may hold another entry's pattern: fixes would chain
_SKIPPED = ("Link", "Image", "BlockQuote", "Emphasis")


def _settings(opts: dict) -> list[dict]:
    """Each option set to check with: the ``dicts`` entries, else the options themselves."""
    if isinstance(opts.get("dicts"), list):
        return [{**DEFAULTS, **d} for d in opts["dicts"] if isinstance(d, dict)]
    return [opts]


def check_options(opts: dict) -> list[str]:
    """Fetch the dictionaries of ``dictURL`` when the config loads: one that cannot be had is
    said once for the run (textlint says nothing and checks nothing), not in every post."""
    said = []
    for setting in _settings(opts):
        url = setting.get("dictURL")
        if url and setting.get("proofdict") is None:
            address = dictionary_url(url)
            if not address.startswith(("http://", "https://", "file:")):
                raise ValueError(f"dictURL: {url!r} is no web address")
            _, why = fetch(address, _max_age(setting))
            if why:
                said.append(why)
    return said


def _max_age(setting: dict) -> float:
    interval = setting.get("autoUpdateInterval")
    return max(0.0, float(interval if isinstance(interval, (int, float)) else DEFAULTS["autoUpdateInterval"]) / 1000)


_LOCAL: dict = {}  # (files, their modification times) -> entries


def _dictionary(setting: dict, ctx):
    """The entries ``setting`` names (None when there are none to be had), as the original
    chooses: the inline ``proofdict``, else ``dictURL``'s, else ``dictGlob``'s."""
    if setting.get("proofdict") is not None:
        return setting["proofdict"]
    if setting.get("dictURL"):
        return fetch(dictionary_url(setting["dictURL"]), _max_age(setting))[0]
    patterns = setting.get("dictGlob")
    if not patterns:
        return None
    files = tuple(glob_files(patterns, base_dir(ctx)))
    key = (files, tuple(os.stat(f).st_mtime_ns for f in files if os.path.exists(f)))
    if key not in _LOCAL:
        if len(_LOCAL) > 16:
            _LOCAL.clear()
        _LOCAL[key] = load_files(list(files))
    return _LOCAL[key]


_TESTERS: dict = {}  # (id of the dictionary, allow tags, deny tags) -> (dictionary, tester)


def _tester(dictionary: list, setting: dict) -> Tester:
    allow, deny = tuple(setting.get("allowTags") or ()), tuple(setting.get("denyTags") or ())
    key = (id(dictionary), allow, deny)
    held = _TESTERS.get(key)
    if held is None or held[0] is not dictionary:
        if len(_TESTERS) > 16:
            _TESTERS.clear()
        held = _TESTERS[key] = (dictionary, Tester(dictionary, allow, deny))
    return held[1]


def check(node, opts, ctx):
    texts = None
    for setting in _settings(opts):
        if not (setting.get("dictURL") or setting.get("dictGlob") or setting.get("proofdict") is not None):
            yield from report_once(ctx, ID, "proofdict: no dictionary is set: give dictURL, dictGlob or proofdict")
            continue
        try:
            dictionary = _dictionary(setting, ctx)
        except ProofdictError as exc:
            yield from report_once(ctx, ID, f"proofdict: {exc}")
            continue
        if not dictionary:
            continue  # (as in textlint: nothing to check with)
        tester = _tester(dictionary, setting)
        if texts is None:  # textlint's text nodes: [text][ref] is checked, a bare URL is a link
            texts = [span for s in node.find("Str") if not inside(s, ctx.text, *_SKIPPED) for span in text_spans(s, ctx)]
        rules = tester.candidates("\n\n".join(ctx.text[base:end] for base, end in texts))
        for base, end in texts:
            for found in tester.match(ctx.text[base:end], rules):
                if found.actual == found.expected:
                    continue
                # (at the match's first character, as textlint reports an index; the fix takes it all)
                yield ctx.report(base + found.start, base + found.start + 1,
                                 _message(found, rule_url(setting.get("dictURL"), found.entry)),
                                 fix=ctx.fix(base + found.start, base + found.end, found.expected))


def _message(found, url: str | None) -> str:
    """「Webkit」は「WebKit」と書きます, with the entry's description and page."""
    message = f"「{found.actual}」は「{found.expected}」と書きます"
    description = found.entry.get("description")
    if description:
        message += f"（{description}）"
    if url:
        message += f" 参照: {url}"
    return message

"""数値に続く単位には SI 単位を使う（textlint-rule-use-si-units 1.0.2 互換）。

A number, one half-width space and a unit (``10 m``, ``273 K``, ``9.8 m/s^2``) is read
as textlint-rule-use-si-units reads it: the unit must be a run of SI base and derived units
(m, kg, s, A, K, mol, cd; rad, Hz, N, Pa, J, W, C, V, Ω, …), the non-SI units accepted beside
them (min, h, d, °, L, t, eV, dB, …), SI prefixes (k, M, μ, da, …), digits and the joining
marks ``^ / · ･ ・ ( )``, and name at least one unit.  ``10 inch``, ``5 ft`` or ``3 lb`` is
reported, at the unit.  A number and a unit with no space between (``10m``), and units in
Japanese (``10 メートル``), are not read, as in the original.  Text in links, images, block
quotes and emphasis (``*…*``) is not read.

The unit is split as the original's parser splits it: from the left, at each place the first
kind of piece that fits (units of several letters, then joining words such as ``per``, then
units of one letter, then prefixes), never going back: ``10 km`` is k + m, ``5 ppm`` is
p + p + m and passes, ``100 Mbps`` fails at b (the original reports it too).

Options:

- ``allowedUnits`` (list of patterns, default none): more units to accept, as regular
  expressions (``["inch", "ft"]``);
- ``restrictNonSIUnits`` (default false): accept SI units only (``5 min`` is then reported).

    OK:  長さは 10 m、時間は 5 min です。
    NG:  長さは 10 inch です。
"""

from __future__ import annotations

import re

from postlint.rules._textlint import inside, text_spans
from postlint.rules._textlint_ja import SKIP_ANCESTORS

ID = "use-si-units"
NODES = ("Str",)
OPTIONS = {"allowedUnits": [str], "restrictNonSIUnits": bool}
DEFAULTS: dict = {"allowedUnits": [], "restrictNonSIUnits": False}
FIXABLE = False

# a number, one space, then what may be a unit (the original's target; Ω twice: U+03A9, U+2126).
# A match starts where a run of digits does: where the original's would too (one starting inside
# a run needs that run's end before the space, as one from its start does), and a long run of
# digits with no space after it is tried once, not once for each of its digits.
_NUMBER_AND_UNIT = re.compile("(?<![0-9])[0-9]+? ([a-zA-Z\u03a9\u2126\u2127%\u2030\u2031\u2103\u2109\u210a\u212b"
                              "\u03bc\u00b0\u2032\u2033^\\-/\u00b7\uff65\u30fb()]+)")

_SI_MANY = re.compile("mol|cd")
_SI_DERIVED_MANY = re.compile("rad|sr|Hz|N|Pa|Wb|lm|lx|Bq|Gy|Sv|kat")
_NON_SI_MANY = re.compile("min|au|ha|Da|eV|Np|dB")
_JOINING_WORDS = re.compile("and|or|nor|but|by|for|from|on|out|per|to")
_SI_ONE = "-msAKg"
_SI_DERIVED_ONE = "JWCVF\u03a9STH\u2103"
_NON_SI_ONE = "hd\u00b0\u2032\u2033lLtB"
_PREFIX_ONE = "YZEPTGMkhcdm\u03bcnpfazy"
_JOINING = "^/\u00b7\uff65\u30fb()"


class _UnitParser:
    """The original's parser: pieces tried in order at each place (ordered choice, no
    going back), the whole text to be pieces, one of them a unit."""

    def __init__(self, allowed: tuple[str, ...], restrict: bool):
        self.many = [_SI_MANY, _SI_DERIVED_MANY] + ([] if restrict else [_NON_SI_MANY])
        if allowed:
            self.many.append(re.compile("|".join(allowed)))
        self.one = _SI_ONE + _SI_DERIVED_ONE + ("" if restrict else _NON_SI_ONE)

    def unit_at(self, text: str, pos: int) -> int:
        """The length of the unit (or joining word) at ``pos``, 0 when none."""
        for pattern in (*self.many, _JOINING_WORDS):
            m = pattern.match(text, pos)
            if m and m.end() > pos:
                return m.end() - pos
        return 1 if pos < len(text) and text[pos] in self.one else 0

    def reads(self, text: str) -> bool:
        """Whether ``text`` is SI units, prefixes, digits and joining marks naming a unit.

        >>> p = _UnitParser((), False)
        >>> [p.reads(u) for u in ("m", "km", "m/s^2", "kWh", "min", "ppm", "inch", "k", "Mbps")]
        [True, True, True, True, True, True, False, False, False]
        """
        pos, has_unit = 0, False
        while pos < len(text):
            size = self.unit_at(text, pos)
            if size:
                # a piece counts as a unit when it is one whole (a joining word is one too)
                has_unit = has_unit or self.unit_at(text[pos:pos + size], 0) == size
            elif text.startswith("da", pos):
                size = 2
            elif text[pos] in _PREFIX_ONE or text[pos] in _JOINING or text[pos].isdigit() and text[pos].isascii():
                size = 1
            else:
                return False
            pos += size
        return has_unit


_PARSERS: dict = {}


def _parser(opts) -> _UnitParser:
    key = (tuple(opts["allowedUnits"]), bool(opts["restrictNonSIUnits"]))
    if key not in _PARSERS:
        _PARSERS[key] = _UnitParser(*key)
    return _PARSERS[key]


def check_options(opts) -> None:
    """An allowed unit is a regular expression: one that does not compile is a config error."""
    for unit in opts["allowedUnits"]:
        try:
            re.compile(unit)
        except re.error as exc:
            raise ValueError(f"allowedUnits: {unit!r} is not a regular expression: {exc}") from None


def check(node, opts, ctx):
    text = ctx.text
    if " " not in text[node.start:node.end] or inside(node, text, *SKIP_ANCESTORS):
        return
    parser = _parser(opts)
    for base, end in text_spans(node, ctx):  # (a bare URL is a link in textlint's tree)
        for m in _NUMBER_AND_UNIT.finditer(text, base, end):
            unit = m.group(1)
            if len(unit) == 1 and unit in _JOINING or parser.reads(unit):
                continue
            yield ctx.report(m.start(1), m.start(1) + 1,
                             f"「{unit}」は SI 単位として読めない文字を含みます。SI 単位"
                             "（m、kg、s、K、Hz、Pa など）とその接頭語で書いてください。")

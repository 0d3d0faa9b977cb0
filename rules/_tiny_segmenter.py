"""TinySegmenter: Taku Kudo's compact Japanese word segmenter, as the npm package
tiny-segmenter 0.2.0 (TinySegmenter 0.2) segments, for @textlint-ja/no-synonyms.

:func:`segment` splits a text where the model's score for a word boundary is positive;
:func:`segment_all` gives the same words for many texts at once, faster (numpy).  The
score at each place sums weights of the three characters on each side, of their character
types (M 漢数字, H 漢字, I ひらがな, K カタカナ, A ローマ字, N 数字, O other) and of the last
three decisions, as TinySegmenter 0.2 does; the text is padded with its B1-B3 and E1-E3
markers and the weights are looked up by joining those strings, so the marker lookups fall
where the JavaScript's do.  The text is taken as JavaScript's ``split("")`` takes it, one
UTF-16 code unit a character: pass a character beyond U+FFFF as its two surrogates
(:func:`utf16_units`).

PyPI's ``tinysegmenter`` 0.4 is no substitute: its character classes differ (its K and A
take in more characters) and one of its weights lost its key (UW6's ``","`` became
``",u"``), so it splits some texts elsewhere.

The weights below are TinySegmenter 0.2's model, data under TinySegmenter's licence:

    Copyright (c) 2008, Taku Kudo
    All rights reserved.

    Redistribution and use in source and binary forms, with or without modification, are
    permitted provided that the following conditions are met:
        * Redistributions of source code must retain the above copyright notice, this list
          of conditions and the following disclaimer.
        * Redistributions in binary form must reproduce the above copyright notice, this
          list of conditions and the following disclaimer in the documentation and/or other
          materials provided with the distribution.
        * Neither the name of the <organization> nor the names of its contributors may be
          used to endorse or promote products derived from this software without specific
          prior written permission.

    THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY
    EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
    MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL
    <COPYRIGHT HOLDER> BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
    CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
    SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON
    ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
    NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF
    ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.

>>> segment("私の名前は中野です")
['私', 'の', '名前', 'は', '中野', 'です']
>>> segment("")
[]
"""

from __future__ import annotations

import functools
import re
from itertools import repeat
from operator import add

_TYPES = (("M", "[一二三四五六七八九十百千万億兆]"), ("H", "[一-龠々〆ヵヶ]"), ("I", "[ぁ-ん]"),
          ("K", "[ァ-ヴーｱ-ﾝﾞｰ]"), ("A", "[a-zA-Zａ-ｚＡ-Ｚ]"), ("N", "[0-9０-９]"))
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_units(text: str) -> str:
    """``text`` with each character beyond U+FFFF as its two surrogates (JavaScript's units).

    >>> len(utf16_units("a😀"))
    3
    """
    if not _ASTRAL.search(text):
        return text
    return _ASTRAL.sub(_pair, text)


def _pair(m: re.Match) -> str:
    code = ord(m.group()) - 0x10000
    return chr(0xD800 + (code >> 10)) + chr(0xDC00 + (code & 0x3FF))


def _type_ranges() -> list[tuple[str, int, int]]:
    """(type, first code, last code) of the classes, the first class last (it wins)."""
    return [(name, ord(low), ord(high or low)) for name, pattern in reversed(_TYPES)
            for low, high in re.findall(r"(.)(?:-(.))?", pattern[1:-1])]


@functools.lru_cache(maxsize=1)
def _type_table() -> dict[int, str]:
    """code -> type, for :func:`segment` (built on first use: 21,000 codes)."""
    return {code: name for name, low, high in _type_ranges() for code in range(low, high + 1)}
_PAD_HEAD = ("B3", "B2", "B1")
_PAD_TAIL = ("E1", "E2", "E3")
_STATES: dict[str, dict[str, int]] = {}  # last three decisions -> types around the place -> weight


def _state_weight(states: str, types: str) -> int:
    """The weights of the last three decisions ``states`` (U unknown, B boundary, O none)
    and of the character types around the place: ``types`` c1..c6, the place between c3
    and c4."""
    p1, p2, p3 = states
    c1, c2, c3, c4, c5, c6 = types
    g = _get
    return (g(UP1, p1) + g(UP2, p2) + g(UP3, p3) + g(BP1, p1 + p2) + g(BP2, p2 + p3)
            + g(UC1, c1) + g(UC2, c2) + g(UC3, c3) + g(UC4, c4) + g(UC5, c5) + g(UC6, c6)
            + g(BC1, c2 + c3) + g(BC2, c3 + c4) + g(BC3, c4 + c5)
            + g(TC1, c1 + c2 + c3) + g(TC2, c2 + c3 + c4) + g(TC3, c3 + c4 + c5) + g(TC4, c4 + c5 + c6)
            + g(UQ1, p1 + c1) + g(UQ2, p2 + c2) + g(UQ3, p3 + c3)
            + g(BQ1, p2 + c2 + c3) + g(BQ2, p2 + c3 + c4) + g(BQ3, p3 + c2 + c3) + g(BQ4, p3 + c3 + c4)
            + g(TQ1, p2 + c1 + c2 + c3) + g(TQ2, p2 + c2 + c3 + c4)
            + g(TQ3, p3 + c1 + c2 + c3) + g(TQ4, p3 + c2 + c3 + c4))


def _get(table: dict, key: str) -> int:
    return table.get(key, 0)


def segment(units: str) -> list[str]:
    """The words TinySegmenter 0.2 splits ``units`` (UTF-16 code units, see
    :func:`utf16_units`) into; they join back to ``units``."""
    if not units:
        return []
    seg = [*_PAD_HEAD, *units, *_PAD_TAIL]
    type_of = _type_table().get
    kinds = "OOO" + "".join([type_of(ord(ch), "O") for ch in units]) + "OOO"
    n = len(units)
    # the weights of the characters around each place between two of them (places 1..n-1;
    # place k is before units[k], its characters w1..w6 are seg[k .. k+5]), summed at C speed
    w1, w2, w3, w4, w5, w6 = (seg[k:k + n - 1] for k in range(1, 7))
    zeros = repeat(0)
    parts = [map(UW1.get, w1, zeros), map(UW2.get, w2, zeros), map(UW3.get, w3, zeros),
             map(UW4.get, w4, zeros), map(UW5.get, w5, zeros), map(UW6.get, w6, zeros),
             map(BW1.get, map(add, w2, w3), zeros), map(BW2.get, map(add, w3, w4), zeros),
             map(BW3.get, map(add, w4, w5), zeros),
             map(TW1.get, map(add, map(add, w1, w2), w3), zeros),
             map(TW2.get, map(add, map(add, w2, w3), w4), zeros),
             map(TW3.get, map(add, map(add, w3, w4), w5), zeros),
             map(TW4.get, map(add, map(add, w4, w5), w6), zeros)]
    text_weights = map(sum, zip(*parts))
    windows = [kinds[k:k + 6] for k in range(1, n)]
    words = []
    start = 0
    states = "UUU"
    cache = _STATES
    for place, (weight, window) in enumerate(zip(text_weights, windows), 1):
        known = cache.get(states)
        if known is None:
            known = cache[states] = {}
        extra = known.get(window)
        if extra is None:
            extra = known[window] = _state_weight(states, window)
        if BIAS + weight + extra > 0:
            words.append(units[start:place])
            start = place
            states = states[1:] + "B"
        else:
            states = states[1:] + "O"
    words.append(units[start:])
    return words


class _Arrays:
    """The model as numpy arrays, for :func:`segment_all`: a weight of one, two or three
    characters looked up by their code (a marker B3..E3 is a code past U+FFFF), and the
    weights of character types and decisions summed over every combination at once."""

    def __init__(self) -> None:
        import numpy as np

        self.np = np
        size = self.size = 0x10000 + len(_MARKERS)
        self.unigrams = []
        for table in (UW1, UW2, UW3, UW4, UW5, UW6):
            dense = np.zeros(size, np.int32)
            for key, weight in table.items():
                code = _codes(key, 1)
                if code is not None:
                    dense[code[0]] = weight
            self.unigrams.append(dense)
        # BW1-3 and TW1-4: (their first character's place among w1..w6, their width, the
        # codes some key starts with, the keys as numbers in order, their weights)
        self.ngrams = []
        for table, first, width in ((BW1, 1, 2), (BW2, 2, 2), (BW3, 3, 2), (TW1, 0, 3), (TW2, 1, 3),
                                    (TW3, 2, 3), (TW4, 3, 3)):
            split = sorted((codes, weight) for key, weight in table.items()
                           if (codes := _codes(key, width)) is not None)
            leading = np.zeros(size, bool)  # the codes some key starts with: most places have none
            leading[[codes[0] for codes, _ in split]] = True
            self.ngrams.append((first, width, leading, np.array([_number(codes, size) for codes, _ in split], np.int64),
                                np.array([w for _, w in split], np.int32)))
        kinds = np.zeros(size, np.int8)
        for name, low, high in _type_ranges():
            kinds[low:high + 1] = _KINDS.index(name)
        self.kinds = kinds
        # c1..c6 -> the weights of the types; (p1, p2, p3, c1..c4) -> those of the decisions
        c = _KINDS
        types = [(UC1, (0,)), (UC2, (1,)), (UC3, (2,)), (UC4, (3,)), (UC5, (4,)), (UC6, (5,)),
                 (BC1, (1, 2)), (BC2, (2, 3)), (BC3, (3, 4)),
                 (TC1, (0, 1, 2)), (TC2, (1, 2, 3)), (TC3, (2, 3, 4)), (TC4, (3, 4, 5))]
        self.type_weights = sum(_spread(np, table, axes, [c] * 6) for table, axes in types).ravel()
        p = _DECISIONS
        decisions = [(UP1, (0,)), (UP2, (1,)), (UP3, (2,)), (BP1, (0, 1)), (BP2, (1, 2)),
                     (UQ1, (0, 3)), (UQ2, (1, 4)), (UQ3, (2, 5)),
                     (BQ1, (1, 4, 5)), (BQ2, (1, 5, 6)), (BQ3, (2, 4, 5)), (BQ4, (2, 5, 6)),
                     (TQ1, (1, 3, 4, 5)), (TQ2, (1, 4, 5, 6)), (TQ3, (2, 3, 4, 5)), (TQ4, (2, 4, 5, 6))]
        spread = sum(_spread(np, table, axes, [p] * 3 + [c] * 4) for table, axes in decisions)
        self.decision_weights = spread.reshape(27, 7 ** 4)  # state p1*9 + p2*3 + p3, then c1..c4
        self.powers = (1 << np.arange(27)).astype(np.int64)
        self.known_states = [a * 9 + b * 3 + d for a in (1, 2) for b in (1, 2) for d in (1, 2)]


_MARKERS = {"B3": 0x10000, "B2": 0x10001, "B1": 0x10002, "E1": 0x10003, "E2": 0x10004, "E3": 0x10005}
_KINDS = "OMHIKAN"  # the type codes of _Arrays
_DECISIONS = "UOB"  # unknown (before the text), no boundary, boundary


def _codes(key: str, width: int) -> tuple[int, ...] | None:
    """The ``width`` character codes a weight's key joins (a marker is two letters), or
    None for a key no ``width`` characters join (UW's ``ｸﾞ``, ``ｿﾞ``…: never looked up)."""
    found = list(_splits(key, width))
    if len(found) > 1:
        raise ValueError(f"weight key {key!r} splits into {width} characters more than one way")
    return found[0] if found else None


def _splits(key: str, width: int):
    if width == 0:
        if not key:
            yield ()
        return
    if key:
        yield from ((ord(key[0]), *rest) for rest in _splits(key[1:], width - 1))
    if key[:2] in _MARKERS:
        yield from ((_MARKERS[key[:2]], *rest) for rest in _splits(key[2:], width - 1))


def _number(codes: tuple[int, ...], size: int) -> int:
    number = 0
    for code in codes:
        number = number * size + code
    return number


def _spread(np, table: dict, axes: tuple[int, ...], alphabets: list[str]):
    """``table`` (keys: one letter per axis) as an array over all ``alphabets``' axes,
    of length 1 along the axes it does not use."""
    shape = [1] * len(alphabets)
    for axis in axes:
        shape[axis] = len(alphabets[axis])
    dense = np.zeros(shape, np.int32)
    for key, weight in table.items():
        where = [0] * len(alphabets)
        for axis, letter in zip(axes, key):
            where[axis] = alphabets[axis].index(letter)
        dense[tuple(where)] = weight
    return dense


_arrays: _Arrays | None = None


_BATCH = 100_000  # UTF-16 units segmented together (the arrays take about 150 bytes a unit)
# Units segmented by segment() before numpy is worth importing (0.07 s, the time segment()
# takes for about 35,000 units): a run on one post of usual length never imports it.
_plain_units = 50_000


def segment_all(texts: list[str]) -> tuple[list[str], list[int], list[int]]:
    """The words of all ``texts`` (``segment(utf16_units(text))`` of each, one after the
    other), with the number of the text each is in and its offset there in UTF-16 units.

    Computed for many texts at once (a document's): the weights of every place with numpy,
    and one decision at a time only where it depends on the previous ones (about one place
    in five).  Five times as fast as :func:`segment` on the corpus's text.  Texts are taken
    :data:`_BATCH` units at a time, and a longer text alone through :func:`segment`, so that
    memory stays bounded; so are the first :data:`_plain_units` units of a process."""
    global _plain_units
    found: tuple[list[str], list[int], list[int]] = ([], [], [])
    if _arrays is None and _plain_units > 0:
        for number, text in enumerate(texts):
            _plain_units -= _add_words(found, number, utf16_units(text))
        return found
    batch: list[str] = []
    first = size = 0
    for number, text in enumerate([*texts, None]):
        units = utf16_units(text) if text is not None else ""
        if batch and (text is None or size + len(units) > _BATCH):
            words, numbers, offsets = _segment_batch(batch)
            found[0].extend(words)
            found[1].extend(first + n for n in numbers)
            found[2].extend(offsets)
            batch, size = [], 0
        if text is None:
            break
        if len(units) > _BATCH:
            _add_words(found, number, units)
            continue
        if not batch:
            first = number
        batch.append(units)
        size += len(units)
    return found


def _add_words(found: tuple[list, list, list], number: int, units: str) -> int:
    """Add the words of one text to :func:`segment_all`'s lists; its length."""
    words, numbers, offsets = found
    at = 0
    for word in segment(units):
        words.append(word)
        numbers.append(number)
        offsets.append(at)
        at += len(word)
    return at


def _segment_batch(units: list[str]) -> tuple[list[str], list[int], list[int]]:
    """:func:`segment_all` of texts given as UTF-16 units, all at once."""
    global _arrays
    if _arrays is None:
        _arrays = _Arrays()
    a = _arrays
    np = a.np
    lengths = np.array([len(u) for u in units], np.int64)
    total = int(lengths.sum())
    if total == 0:
        return [], [], []
    count = len(units)
    # the texts one after the other, each between its markers B3 B2 B1 ... E1 E2 E3
    codes = np.frombuffer("".join(units).encode("utf-16-le", "surrogatepass"), np.uint16).astype(np.int64)
    firsts = np.concatenate(([0], np.cumsum(lengths)[:-1]))  # each text's first unit, in codes
    bases = firsts + 6 * np.arange(count)  # each text's B3, in the padded sequence
    owner = np.repeat(np.arange(count), lengths)
    index = np.arange(total) + 3 + 6 * owner  # each unit's place in the padded sequence
    padded = np.empty(total + 6 * count, np.int64)
    padded[index] = codes
    for offset, marker in enumerate(("B3", "B2", "B1")):
        padded[bases + offset] = _MARKERS[marker]
    for offset, marker in enumerate(("E1", "E2", "E3")):
        padded[bases + 3 + lengths + offset] = _MARKERS[marker]
    # the places to decide: before every unit but a text's first (w4 is that unit)
    within = np.arange(total) - firsts[owner]  # a unit's index in its text
    place = index[within > 0]
    w = [padded[place + k] for k in range(-3, 3)]  # w1..w6
    score = a.unigrams[0][w[0]]
    for k in range(1, 6):
        score = score + a.unigrams[k][w[k]]
    size = a.size
    for first, width, leading, keys, weights in a.ngrams:
        at = np.flatnonzero(leading[w[first]])
        joined = w[first][at]
        for k in range(first + 1, first + width):
            joined = joined * size + w[k][at]
        found = np.minimum(np.searchsorted(keys, joined), len(keys) - 1)
        score[at] += np.where(keys[found] == joined, weights[found], 0)
    kinds = a.kinds[padded]
    c = [kinds[place + k].astype(np.int64) for k in range(-3, 3)]
    four = ((c[0] * 7 + c[1]) * 7 + c[2]) * 7 + c[3]
    score = score + a.type_weights[(four * 7 + c[4]) * 7 + c[5]] + BIAS
    by_state = score[:, None] + a.decision_weights[:, four].T  # (places, 27 states)
    positive = by_state > 0
    masks = (positive.astype(np.int64) @ a.powers).tolist()
    known = positive[:, a.known_states]
    always = known.all(axis=1)
    settled = always | ~known.any(axis=1)
    nth = within[within > 0]  # the unit the place is before (1 = the second of its text)
    decided = (always.astype(np.int8) + 1).tolist()  # 2 boundary, 1 none (where settled)
    for i in np.flatnonzero(~settled | (nth <= 3)).tolist():
        j = nth[i]
        if j >= 4:
            state = decided[i - 3] * 9 + decided[i - 2] * 3 + decided[i - 1]
        elif j == 3:
            state = decided[i - 2] * 3 + decided[i - 1]
        elif j == 2:
            state = decided[i - 1]
        else:
            state = 0
        decided[i] = 1 + ((masks[i] >> state) & 1)
    # word starts, in units of the joined text: each text's start and every boundary
    starting = within == 0
    starting[within > 0] = np.asarray(decided, np.int8) == 2
    starts = np.flatnonzero(starting)
    joined = "".join(units)
    bounds = starts.tolist()
    words = [joined[s:e] for s, e in zip(bounds, [*bounds[1:], total])]
    return words, owner[starts].tolist(), (starts - firsts[owner[starts]]).tolist()


# -- TinySegmenter 0.2's model (Copyright (c) 2008, Taku Kudo; licence above) ----------------
BIAS = -332
BC1 = {
    "HH": 6, "II": 2461, "KH": 406, "OH": -1378
}
BC2 = {
    "AA": -3267, "AI": 2744, "AN": -878, "HH": -4070, "HM": -1711, "HN": 4012, "HO": 3761, "IA": 1327,
    "IH": -1184, "II": -1332, "IK": 1721, "IO": 5492, "KI": 3831, "KK": -8741, "MH": -3132, "MK": 3334,
    "OO": -2920
}
BC3 = {
    "HH": 996, "HI": 626, "HK": -721, "HN": -1307, "HO": -836, "IH": -301, "KK": 2762, "MK": 1079, "MM":
    4034, "OA": -1652, "OH": 266
}
BP1 = {
    "BB": 295, "OB": 304, "OO": -125, "UB": 352
}
BP2 = {
    "BO": 60, "OO": -1762
}
BQ1 = {
    "BHH": 1150, "BHM": 1521, "BII": -1158, "BIM": 886, "BMH": 1208, "BNH": 449, "BOH": -91, "BOO":
    -2597, "OHI": 451, "OIH": -296, "OKA": 1851, "OKH": -1020, "OKK": 904, "OOO": 2965
}
BQ2 = {
    "BHH": 118, "BHI": -1159, "BHM": 466, "BIH": -919, "BKK": -1720, "BKO": 864, "OHH": -1139, "OHM":
    -181, "OIH": 153, "UHI": -1146
}
BQ3 = {
    "BHH": -792, "BHI": 2664, "BII": -299, "BKI": 419, "BMH": 937, "BMM": 8335, "BNN": 998, "BOH": 775,
    "OHH": 2174, "OHM": 439, "OII": 280, "OKH": 1798, "OKI": -793, "OKO": -2242, "OMH": -2402, "OOO":
    11699
}
BQ4 = {
    "BHH": -3895, "BIH": 3761, "BII": -4654, "BIK": 1348, "BKK": -1806, "BMI": -3385, "BOO": -12396,
    "OAH": 926, "OHH": 266, "OHK": -2036, "ONN": -973
}
BW1 = {
    ",と": 660, ",同": 727, "B1あ": 1404, "B1同": 542, "、と": 660, "、同": 727, "」と": 1682, "あっ": 1505, "いう":
    1743, "いっ": -2055, "いる": 672, "うし": -4817, "うん": 665, "から": 3472, "がら": 600, "こう": -790, "こと": 2083,
    "こん": -1262, "さら": -4143, "さん": 4573, "した": 2641, "して": 1104, "すで": -3399, "そこ": 1977, "それ": -871,
    "たち": 1122, "ため": 601, "った": 3463, "つい": -802, "てい": 805, "てき": 1249, "でき": 1127, "です": 3445, "では":
    844, "とい": -4915, "とみ": 1922, "どこ": 3887, "ない": 5713, "なっ": 3015, "など": 7379, "なん": -1113, "にし":
    2468, "には": 1498, "にも": 1671, "に対": -912, "の一": -501, "の中": 741, "ませ": 2448, "まで": 1711, "まま": 2600,
    "まる": -2155, "やむ": -1947, "よっ": -2565, "れた": 2369, "れで": -913, "をし": 1860, "を見": 731, "亡く": -1886,
    "京都": 2558, "取り": -2784, "大き": -2604, "大阪": 1497, "平方": -2314, "引き": -1336, "日本": -195, "本当": -2423,
    "毎日": -2113, "目指": -724, "Ｂ１あ": 1404, "Ｂ１同": 542, "｣と": 1682
}
BW2 = {
    "11": -669, "..": -11822, "――": -5730, "−−": -13175, "いう": -1609, "うか": 2490, "かし": -1350, "かも":
    -602, "から": -7194, "かれ": 4612, "がい": 853, "がら": -3198, "きた": 1941, "くな": -1597, "こと": -8392, "この":
    -4193, "させ": 4533, "され": 13168, "さん": -3977, "しい": -1819, "しか": -545, "した": 5078, "して": 972, "しな":
    939, "その": -3744, "たい": -1253, "たた": -662, "ただ": -3857, "たち": -786, "たと": 1224, "たは": -939, "った":
    4589, "って": 1647, "っと": -2094, "てい": 6144, "てき": 3640, "てく": 2551, "ては": -3110, "ても": -3065, "でい":
    2666, "でき": -1528, "でし": -3828, "です": -4761, "でも": -4203, "とい": 1890, "とこ": -1746, "とと": -2279,
    "との": 720, "とみ": 5168, "とも": -3941, "ない": -2488, "なが": -1313, "など": -6509, "なの": 2614, "なん": 3099,
    "にお": -1615, "にし": 2748, "にな": 2454, "によ": -7236, "に対": -14943, "に従": -4688, "に関": -11388, "のか":
    2093, "ので": -7059, "のに": -6041, "のの": -6125, "はい": 1073, "はが": -1033, "はず": -2532, "ばれ": 1813, "まし":
    -1316, "まで": -6621, "まれ": 5409, "めて": -3153, "もい": 2230, "もの": -10713, "らか": -944, "らし": -1611,
    "らに": -1897, "りし": 651, "りま": 1620, "れた": 4270, "れて": 849, "れば": 4114, "ろう": 6067, "われ": 7901, "を通":
    -11877, "んだ": 728, "んな": -4115, "一人": 602, "一方": -1375, "一日": 970, "一部": -1051, "上が": -4479, "会社":
    -1116, "出て": 2163, "分の": -7758, "同党": 970, "同日": -913, "大阪": -2471, "委員": -1250, "少な": -1050, "年度":
    -8669, "年間": -1626, "府県": -2363, "手権": -1982, "新聞": -4066, "日新": -722, "日本": -7068, "日米": 3372,
    "曜日": -601, "朝鮮": -2355, "本人": -2697, "東京": -1543, "然と": -1384, "社会": -1276, "立て": -990, "第に":
    -1612, "米国": -4268, "１１": -669
}
BW3 = {
    "あた": -2194, "あり": 719, "ある": 3846, "い.": -1185, "い。": -1185, "いい": 5308, "いえ": 2079, "いく": 3029,
    "いた": 2056, "いっ": 1883, "いる": 5600, "いわ": 1527, "うち": 1117, "うと": 4798, "えと": 1454, "か.": 2857,
    "か。": 2857, "かけ": -743, "かっ": -4098, "かに": -669, "から": 6520, "かり": -2670, "が,": 1816, "が、": 1816,
    "がき": -4855, "がけ": -1127, "がっ": -913, "がら": -4977, "がり": -2064, "きた": 1645, "けど": 1374, "こと": 7397,
    "この": 1542, "ころ": -2757, "さい": -714, "さを": 976, "し,": 1557, "し、": 1557, "しい": -3714, "した": 3562,
    "して": 1449, "しな": 2608, "しま": 1200, "す.": -1310, "す。": -1310, "する": 6521, "ず,": 3426, "ず、": 3426,
    "ずに": 841, "そう": 428, "た.": 8875, "た。": 8875, "たい": -594, "たの": 812, "たり": -1183, "たる": -853, "だ.":
    4098, "だ。": 4098, "だっ": 1004, "った": -4748, "って": 300, "てい": 6240, "てお": 855, "ても": 302, "です": 1437,
    "でに": -1482, "では": 2295, "とう": -1387, "とし": 2266, "との": 541, "とも": -3543, "どう": 4664, "ない": 1796,
    "なく": -903, "など": 2135, "に,": -1021, "に、": -1021, "にし": 1771, "にな": 1906, "には": 2644, "の,": -724,
    "の、": -724, "の子": -1000, "は,": 1337, "は、": 1337, "べき": 2181, "まし": 1113, "ます": 6943, "まっ": -1549,
    "まで": 6154, "まれ": -793, "らし": 1479, "られ": 6820, "るる": 3818, "れ,": 854, "れ、": 854, "れた": 1850, "れて":
    1375, "れば": -3246, "れる": 1091, "われ": -605, "んだ": 606, "んで": 798, "カ月": 990, "会議": 860, "入り": 1232,
    "大会": 2217, "始め": 1681, "市": 965, "新聞": -5055, "日,": 974, "日、": 974, "社会": 2024, "ｶ月": 990
}
TC1 = {
    "AAA": 1093, "HHH": 1029, "HHM": 580, "HII": 998, "HOH": -390, "HOM": -331, "IHI": 1169, "IOH":
    -142, "IOI": -1015, "IOM": 467, "MMH": 187, "OOI": -1832
}
TC2 = {
    "HHO": 2088, "HII": -1023, "HMM": -1154, "IHI": -1965, "KKH": 703, "OII": -2649
}
TC3 = {
    "AAA": -294, "HHH": 346, "HHI": -341, "HII": -1088, "HIK": 731, "HOH": -1486, "IHH": 128, "IHI":
    -3041, "IHO": -1935, "IIH": -825, "IIM": -1035, "IOI": -542, "KHH": -1216, "KKA": 491, "KKH": -1217,
    "KOK": -1009, "MHH": -2694, "MHM": -457, "MHO": 123, "MMH": -471, "NNH": -1689, "NNO": 662, "OHO":
    -3393
}
TC4 = {
    "HHH": -203, "HHI": 1344, "HHK": 365, "HHM": -122, "HHN": 182, "HHO": 669, "HIH": 804, "HII": 679,
    "HOH": 446, "IHH": 695, "IHO": -2324, "IIH": 321, "III": 1497, "IIO": 656, "IOO": 54, "KAK": 4845,
    "KKA": 3386, "KKK": 3065, "MHH": -405, "MHI": 201, "MMH": -241, "MMM": 661, "MOM": 841
}
TQ1 = {
    "BHHH": -227, "BHHI": 316, "BHIH": -132, "BIHH": 60, "BIII": 1595, "BNHH": -744, "BOHH": 225,
    "BOOO": -908, "OAKK": 482, "OHHH": 281, "OHIH": 249, "OIHI": 200, "OIIH": -68
}
TQ2 = {
    "BIHH": -1401, "BIII": -1033, "BKAK": -543, "BOOO": -5591
}
TQ3 = {
    "BHHH": 478, "BHHM": -1073, "BHIH": 222, "BHII": -504, "BIIH": -116, "BIII": -105, "BMHI": -863,
    "BMHM": -464, "BOMH": 620, "OHHH": 346, "OHHI": 1729, "OHII": 997, "OHMH": 481, "OIHH": 623, "OIIH":
    1344, "OKAK": 2792, "OKHH": 587, "OKKA": 679, "OOHH": 110, "OOII": -685
}
TQ4 = {
    "BHHH": -721, "BHHM": -3604, "BHII": -966, "BIIH": -607, "BIII": -2181, "OAAA": -2763, "OAKK": 180,
    "OHHH": -294, "OHHI": 2446, "OHHO": 480, "OHIH": -1573, "OIHH": 1935, "OIHI": -493, "OIIH": 626,
    "OIII": -4007, "OKAK": -8156
}
TW1 = {
    "につい": -4681, "東京都": 2026
}
TW2 = {
    "ある程": -2049, "いった": -1256, "ころが": -2434, "しょう": 3873, "その後": -4430, "だって": -1049, "ていた": 1833,
    "として": -4657, "ともに": -4517, "もので": 1882, "一気に": -792, "初めて": -1512, "同時に": -8097, "大きな": -1255,
    "対して": -2721, "社会党": -3216
}
TW3 = {
    "いただ": -1734, "してい": 1314, "として": -4314, "につい": -5483, "にとっ": -5989, "に当た": -6247, "ので,": -727,
    "ので、": -727, "のもの": -600, "れから": -3752, "十二月": -2287
}
TW4 = {
    "いう.": 8576, "いう。": 8576, "からな": -2348, "してい": 2958, "たが,": 1516, "たが、": 1516, "ている": 1538, "という":
    1349, "ました": 5543, "ません": 1097, "ようと": -4258, "よると": 5865
}
UC1 = {
    "A": 484, "K": 93, "M": 645, "O": -505
}
UC2 = {
    "A": 819, "H": 1059, "I": 409, "M": 3987, "N": 5775, "O": 646
}
UC3 = {
    "A": -1370, "I": 2311
}
UC4 = {
    "A": -2643, "H": 1809, "I": -1032, "K": -3450, "M": 3565, "N": 3876, "O": 6646
}
UC5 = {
    "H": 313, "I": -1238, "K": -799, "M": 539, "O": -831
}
UC6 = {
    "H": -506, "I": -253, "K": 87, "M": 247, "O": -387
}
UP1 = {
    "O": -214
}
UP2 = {
    "B": 69, "O": 935
}
UP3 = {
    "B": 189
}
UQ1 = {
    "BH": 21, "BI": -12, "BK": -99, "BN": 142, "BO": -56, "OH": -95, "OI": 477, "OK": 410, "OO": -2422
}
UQ2 = {
    "BH": 216, "BI": 113, "OK": 1759
}
UQ3 = {
    "BA": -479, "BH": 42, "BI": 1913, "BK": -7198, "BM": 3160, "BN": 6427, "BO": 14761, "OI": -827,
    "ON": -3212
}
UW1 = {
    ",": 156, "、": 156, "「": -463, "あ": -941, "う": -127, "が": -553, "き": 121, "こ": 505, "で": -201, "と":
    -547, "ど": -123, "に": -789, "の": -185, "は": -847, "も": -466, "や": -470, "よ": 182, "ら": -292, "り":
    208, "れ": 169, "を": -446, "ん": -137, "・": -135, "主": -402, "京": -268, "区": -912, "午": 871, "国":
    -460, "大": 561, "委": 729, "市": -411, "日": -141, "理": 361, "生": -408, "県": -386, "都": -718, "｢":
    -463, "･": -135
}
UW2 = {
    ",": -829, "、": -829, "〇": 892, "「": -645, "」": 3145, "あ": -538, "い": 505, "う": 134, "お": -502, "か":
    1454, "が": -856, "く": -412, "こ": 1141, "さ": 878, "ざ": 540, "し": 1529, "す": -675, "せ": 300, "そ":
    -1011, "た": 188, "だ": 1837, "つ": -949, "て": -291, "で": -268, "と": -981, "ど": 1273, "な": 1063, "に":
    -1764, "の": 130, "は": -409, "ひ": -1273, "べ": 1261, "ま": 600, "も": -1263, "や": -402, "よ": 1639, "り":
    -579, "る": -694, "れ": 571, "を": -2516, "ん": 2095, "ア": -587, "カ": 306, "キ": 568, "ッ": 831, "三":
    -758, "不": -2150, "世": -302, "中": -968, "主": -861, "事": 492, "人": -123, "会": 978, "保": 362, "入":
    548, "初": -3025, "副": -1566, "北": -3414, "区": -422, "大": -1769, "天": -865, "太": -483, "子": -1519,
    "学": 760, "実": 1023, "小": -2009, "市": -813, "年": -1060, "強": 1067, "手": -1519, "揺": -1033, "政":
    1522, "文": -1355, "新": -1682, "日": -1815, "明": -1462, "最": -630, "朝": -1843, "本": -1650, "東": -931,
    "果": -665, "次": -2378, "民": -180, "気": -1740, "理": 752, "発": 529, "目": -1584, "相": -242, "県": -1165,
    "立": -763, "第": 810, "米": 509, "自": -1353, "行": 838, "西": -744, "見": -3874, "調": 1010, "議": 1198,
    "込": 3041, "開": 1758, "間": -1257, "｢": -645, "｣": 3145, "ｯ": 831, "ｱ": -587, "ｶ": 306, "ｷ": 568
}
UW3 = {
    "1": -800, ",": 4889, "−": -1723, "、": 4889, "々": -2311, "〇": 5827, "」": 2670, "〓": -3573, "あ":
    -2696, "い": 1006, "う": 2342, "え": 1983, "お": -4864, "か": -1163, "が": 3271, "く": 1004, "け": 388, "げ":
    401, "こ": -3552, "ご": -3116, "さ": -1058, "し": -395, "す": 584, "せ": 3685, "そ": -5228, "た": 842, "ち":
    -521, "っ": -1444, "つ": -1081, "て": 6167, "で": 2318, "と": 1691, "ど": -899, "な": -2788, "に": 2745,
    "の": 4056, "は": 4555, "ひ": -2171, "ふ": -1798, "へ": 1199, "ほ": -5516, "ま": -4384, "み": -120, "め":
    1205, "も": 2323, "や": -788, "よ": -202, "ら": 727, "り": 649, "る": 5905, "れ": 2773, "わ": -1207, "を":
    6620, "ん": -518, "ア": 551, "グ": 1319, "ス": 874, "ッ": -1350, "ト": 521, "ム": 1109, "ル": 1591, "ロ":
    2201, "ン": 278, "・": -3794, "一": -1619, "下": -1759, "世": -2087, "両": 3815, "中": 653, "主": -758, "予":
    -1193, "二": 974, "人": 2742, "今": 792, "他": 1889, "以": -1368, "低": 811, "何": 4265, "作": -361, "保":
    -2439, "元": 4858, "党": 3593, "全": 1574, "公": -3030, "六": 755, "共": -1880, "円": 5807, "再": 3095, "分":
    457, "初": 2475, "別": 1129, "前": 2286, "副": 4437, "力": 365, "動": -949, "務": -1872, "化": 1327, "北":
    -1038, "区": 4646, "千": -2309, "午": -783, "協": -1006, "口": 483, "右": 1233, "各": 3588, "合": -241, "同":
    3906, "和": -837, "員": 4513, "国": 642, "型": 1389, "場": 1219, "外": -241, "妻": 2016, "学": -1356, "安":
    -423, "実": -1008, "家": 1078, "小": -513, "少": -3102, "州": 1155, "市": 3197, "平": -1804, "年": 2416,
    "広": -1030, "府": 1605, "度": 1452, "建": -2352, "当": -3885, "得": 1905, "思": -1291, "性": 1822, "戸":
    -488, "指": -3973, "政": -2013, "教": -1479, "数": 3222, "文": -1489, "新": 1764, "日": 2099, "旧": 5792,
    "昨": -661, "時": -1248, "曜": -951, "最": -937, "月": 4125, "期": 360, "李": 3094, "村": 364, "東": -805,
    "核": 5156, "森": 2438, "業": 484, "氏": 2613, "民": -1694, "決": -1073, "法": 1868, "海": -495, "無": 979,
    "物": 461, "特": -3850, "生": -273, "用": 914, "町": 1215, "的": 7313, "直": -1835, "省": 792, "県": 6293,
    "知": -1528, "私": 4231, "税": 401, "立": -960, "第": 1201, "米": 7767, "系": 3066, "約": 3663, "級": 1384,
    "統": -4229, "総": 1163, "線": 1255, "者": 6457, "能": 725, "自": -2869, "英": 785, "見": 1044, "調": -562,
    "財": -733, "費": 1777, "車": 1835, "軍": 1375, "込": -1504, "通": -1136, "選": -681, "郎": 1026, "郡": 4404,
    "部": 1200, "金": 2163, "長": 421, "開": -1432, "間": 1302, "関": -1282, "雨": 2009, "電": -1045, "非": 2066,
    "駅": 1620, "１": -800, "｣": 2670, "･": -3794, "ｯ": -1350, "ｱ": 551, "ｸﾞ": 1319, "ｽ": 874, "ﾄ": 521,
    "ﾑ": 1109, "ﾙ": 1591, "ﾛ": 2201, "ﾝ": 278
}
UW4 = {
    ",": 3930, ".": 3508, "―": -4841, "、": 3930, "。": 3508, "〇": 4999, "「": 1895, "」": 3798, "〓": -5156,
    "あ": 4752, "い": -3435, "う": -640, "え": -2514, "お": 2405, "か": 530, "が": 6006, "き": -4482, "ぎ":
    -3821, "く": -3788, "け": -4376, "げ": -4734, "こ": 2255, "ご": 1979, "さ": 2864, "し": -843, "じ": -2506,
    "す": -731, "ず": 1251, "せ": 181, "そ": 4091, "た": 5034, "だ": 5408, "ち": -3654, "っ": -5882, "つ": -1659,
    "て": 3994, "で": 7410, "と": 4547, "な": 5433, "に": 6499, "ぬ": 1853, "ね": 1413, "の": 7396, "は": 8578,
    "ば": 1940, "ひ": 4249, "び": -4134, "ふ": 1345, "へ": 6665, "べ": -744, "ほ": 1464, "ま": 1051, "み": -2082,
    "む": -882, "め": -5046, "も": 4169, "ゃ": -2666, "や": 2795, "ょ": -1544, "よ": 3351, "ら": -2922, "り":
    -9726, "る": -14896, "れ": -2613, "ろ": -4570, "わ": -1783, "を": 13150, "ん": -2352, "カ": 2145, "コ":
    1789, "セ": 1287, "ッ": -724, "ト": -403, "メ": -1635, "ラ": -881, "リ": -541, "ル": -856, "ン": -3637, "・":
    -4371, "ー": -11870, "一": -2069, "中": 2210, "予": 782, "事": -190, "井": -1768, "人": 1036, "以": 544,
    "会": 950, "体": -1286, "作": 530, "側": 4292, "先": 601, "党": -2006, "共": -1212, "内": 584, "円": 788,
    "初": 1347, "前": 1623, "副": 3879, "力": -302, "動": -740, "務": -2715, "化": 776, "区": 4517, "協": 1013,
    "参": 1555, "合": -1834, "和": -681, "員": -910, "器": -851, "回": 1500, "国": -619, "園": -1200, "地": 866,
    "場": -1410, "塁": -2094, "士": -1413, "多": 1067, "大": 571, "子": -4802, "学": -1397, "定": -1057, "寺":
    -809, "小": 1910, "屋": -1328, "山": -1500, "島": -2056, "川": -2667, "市": 2771, "年": 374, "庁": -4556,
    "後": 456, "性": 553, "感": 916, "所": -1566, "支": 856, "改": 787, "政": 2182, "教": 704, "文": 522, "方":
    -856, "日": 1798, "時": 1829, "最": 845, "月": -9066, "木": -485, "来": -442, "校": -360, "業": -1043, "氏":
    5388, "民": -2716, "気": -910, "沢": -939, "済": -543, "物": -735, "率": 672, "球": -1267, "生": -1286, "産":
    -1101, "田": -2900, "町": 1826, "的": 2586, "目": 922, "省": -3485, "県": 2997, "空": -867, "立": -2112,
    "第": 788, "米": 2937, "系": 786, "約": 2171, "経": 1146, "統": -1169, "総": 940, "線": -994, "署": 749, "者":
    2145, "能": -730, "般": -852, "行": -792, "規": 792, "警": -1184, "議": -244, "谷": -1000, "賞": 730, "車":
    -1481, "軍": 1158, "輪": -1433, "込": -3370, "近": 929, "道": -1291, "選": 2596, "郎": -4866, "都": 1192,
    "野": -1100, "銀": -2213, "長": 357, "間": -2344, "院": -2297, "際": -2604, "電": -878, "領": -1659, "題":
    -792, "館": -1984, "首": 1749, "高": 2120, "｢": 1895, "｣": 3798, "･": -4371, "ｯ": -724, "ｰ": -11870,
    "ｶ": 2145, "ｺ": 1789, "ｾ": 1287, "ﾄ": -403, "ﾒ": -1635, "ﾗ": -881, "ﾘ": -541, "ﾙ": -856, "ﾝ": -3637
}
UW5 = {
    "1": -514, ",": 465, ".": -299, "E2": -32768, "]": -2762, "、": 465, "。": -299, "「": 363, "あ": 1655,
    "い": 331, "う": -503, "え": 1199, "お": 527, "か": 647, "が": -421, "き": 1624, "ぎ": 1971, "く": 312, "げ":
    -983, "さ": -1537, "し": -1371, "す": -852, "だ": -1186, "ち": 1093, "っ": 52, "つ": 921, "て": -18, "で":
    -850, "と": -127, "ど": 1682, "な": -787, "に": -1224, "の": -635, "は": -578, "べ": 1001, "み": 502, "め":
    865, "ゃ": 3350, "ょ": 854, "り": -208, "る": 429, "れ": 504, "わ": 419, "を": -1264, "ん": 327, "イ": 241,
    "ル": 451, "ン": -343, "中": -871, "京": 722, "会": -1153, "党": -654, "務": 3519, "区": -901, "告": 848,
    "員": 2104, "大": -1296, "学": -548, "定": 1785, "嵐": -1304, "市": -2991, "席": 921, "年": 1763, "思": 872,
    "所": -814, "挙": 1618, "新": -1682, "日": 218, "月": -4353, "査": 932, "格": 1356, "機": -1508, "氏": -1347,
    "田": 240, "町": -3912, "的": -3149, "相": 1319, "省": -1052, "県": -4003, "研": -997, "社": -278, "空":
    -813, "統": 1955, "者": -2233, "表": 663, "語": -1073, "議": 1219, "選": -1018, "郎": -368, "長": 786, "間":
    1191, "題": 2368, "館": -689, "１": -514, "Ｅ２": -32768, "｢": 363, "ｲ": 241, "ﾙ": 451, "ﾝ": -343
}
UW6 = {
    "1": -270, ",": 227, ".": 808, "E1": 306, "、": 227, "。": 808, "あ": -307, "う": 189, "か": 241, "が":
    -73, "く": -121, "こ": -200, "じ": 1782, "す": 383, "た": -428, "っ": 573, "て": -1014, "で": 101, "と":
    -105, "な": -253, "に": -149, "の": -417, "は": -236, "も": -206, "り": 187, "る": -135, "を": 195, "ル":
    -673, "ン": -496, "一": -277, "中": 201, "件": -800, "会": 624, "前": 302, "区": 1792, "員": -1212, "委":
    798, "学": -960, "市": 887, "広": -695, "後": 535, "業": -697, "相": 753, "社": -507, "福": 974, "空": -822,
    "者": 1811, "連": 463, "郎": 1082, "１": -270, "Ｅ１": 306, "ﾙ": -673, "ﾝ": -496
}

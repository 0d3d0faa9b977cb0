"""postlint.charclass: cheap classes match exactly the code points they stand for."""

import re

import pytest

from postlint.charclass import MAX_CODE, char_class, complement, normalized

# Every code point once (lone surrogates included: a Python string may hold them).
EVERY_CHAR = "".join(map(chr, range(MAX_CODE + 1)))


def members(cls: str) -> str:
    """The code points ``cls`` matches, in order."""
    return "".join(re.findall(cls, EVERY_CHAR))


def expected(ranges) -> str:
    return "".join(chr(c) for a, b in ranges for c in range(a, b + 1))


SETS = [
    [(0x4E00, 0x9FFF)],  # a large BMP range: written as it is
    [(0, 0x2FFF), (0x3100, MAX_CODE)],  # nearly everything: written as a complement
    [(0x3000, 0x30FF), (0x20000, 0x2FFFF), (0x41, 0x5A), (0x5D, 0x5E), (0x2D, 0x2D), (0x5C, 0x5C)],  # escapes
    [(0, 0x10), (0xD800, 0xDFFF), (0xFFFF, 0x10000)],  # surrogates, the BMP's edge
    [(5, 9), (1, 6), (20, 20), (10, 12)],  # overlapping, adjacent, unsorted
]


@pytest.mark.parametrize("ranges", SETS)
def test_char_class_matches_exactly_its_set(ranges):
    inside = normalized(ranges)
    assert members(char_class(ranges)) == expected(inside)
    assert members(char_class(ranges, negate=True)) == expected(complement(inside))


def test_complement_and_normalized():
    assert normalized([(5, 9), (1, 6), (10, 12), (20, 20)]) == [(1, 12), (20, 20)]
    assert complement([(0, 4), (10, MAX_CODE)]) == [(5, 9)]
    assert complement([(3, 4)]) == [(0, 2), (5, MAX_CODE)]


def test_char_class_needs_a_proper_subset():
    with pytest.raises(ValueError):
        char_class([])
    with pytest.raises(ValueError):
        char_class([(0, MAX_CODE)])

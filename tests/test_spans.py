"""Spans answers as the list of ranges it was made from would."""

import random

from postlint.spans import Spans


def test_spans_hold_what_any_of_their_ranges_holds():
    rnd = random.Random(7)
    for _ in range(300):
        ranges = [(a, a + rnd.randint(-2, 12)) for a in (rnd.randint(0, 60) for _ in range(rnd.randint(0, 12)))]
        spans = Spans(ranges)
        for pos in range(-2, 80):
            assert (pos in spans) == any(a <= pos < b for a, b in ranges), (ranges, pos)
        assert bool(spans) == any(b > a for a, b in ranges)


def test_a_generator_of_ranges_is_read_once():
    spans = Spans((n, n + 1) for n in (5, 1, 3))
    assert [pos in spans for pos in range(7)] == [False, True, False, True, False, True, False]

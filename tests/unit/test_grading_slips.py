"""Grading quality on generated typing slips of real answers from several decks (issue 14): the
numbers `python -m benchmarks.bench_slips` prints, held to their targets."""

from __future__ import annotations

from benchmarks.bench_slips import MAX_OTHERS_ACCEPTED, MIN_ACCEPTED, MIN_SLIPS, measure, slips


def test_slips_of_real_answers_are_accepted_and_other_answers_are_not() -> None:
    tally = measure()
    assert tally.slips >= MIN_SLIPS
    assert tally.accepted / tally.slips >= MIN_ACCEPTED
    assert tally.others_accepted / tally.pairs <= MAX_OTHERS_ACCEPTED


def test_slips_never_touch_a_words_first_letter() -> None:
    import random

    for _, slipped in slips("Hungarian Uprising", random.Random(1)):
        assert [w[0] for w in slipped.split()] == ["H", "U"]

"""What a made-up wrong number is rounded to (`_numbers._step`), and that the per-deck memo of a
line's choosable spans hands each caller its own list: both were made cheaper for
`benchmarks.bench_questions` and must say what they said before."""

from __future__ import annotations

from fractions import Fraction

import pytest

from bot.questions import _numbers
from bot.questions._choice import choosable_spans
from bot.questions._context import DeckContext
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck


@pytest.mark.parametrize(
    ("written", "step"),
    [
        ("27,000", Fraction(1000)),  # thousands: 27 of them
        ("25%", Fraction(5)),  # fives: 5 of them
        ("230", Fraction(10)),  # tens (20s and 50s do not divide it)
        ("120", Fraction(20)),  # the largest size that still goes four times
        ("0.93", Fraction(1, 100)),  # never finer than written, nothing coarser divides it
        ("1.5", Fraction(1, 10)),  # 0.5 divides it but only three times
        ("3", Fraction(1)),  # too small for any coarser step
    ],
)
def test_step_is_the_largest_round_size_going_four_times(written: str, step: Fraction) -> None:
    number = _numbers.parse_number(written)
    assert number is not None
    assert _numbers._step(number) == step


def test_choosable_spans_are_the_same_each_time_and_each_callers_own() -> None:
    notes = (
        "Rivers\n"
        "- The Nile is the longest river in Africa at 6,650 km.\n"
        "- The Amazon carries the most water of any river.\n"
    )
    deck = parse_deck(dump_deck(import_text(notes, source_name="n.txt", format="outline")), "t")
    ctx = DeckContext(deck, seed=0)
    ref = ctx.facts[0]
    first = choosable_spans(ctx, ref)
    assert first, "the line offers something to choose"
    first.clear()  # a caller's list is its own
    again = choosable_spans(ctx, ref)
    assert again and [s.text for s in again] == [s.text for s in choosable_spans(ctx, ref)]

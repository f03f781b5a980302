"""A value answered in another multiple of its unit (round 17: "400 kV" for "400 000 V" was
refused as "400 is not 400,000"). A teacher accepts the same value in kV for V, in g for kg, in
cm for mm: the SI prefixes of the units the grader reads; never another unit or another value."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("400 000 V", "400 kV"),  # physics: the National Grid
        ("5 kW", "5000 W"),
        ("1.5 kg", "1500 g"),  # chemistry: a mass
        ("250 mm", "25 cm"),  # geography: rainfall
        ("2 km", "2000 m"),
        ("3 kJ", "3000 J"),
    ],
)
def test_the_same_value_in_another_multiple_of_the_unit_is_right(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert expected in result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("400 000 V", "400 V"),  # the number without its multiple
        ("12 V", "12 kV"),
        ("5 kW", "5000 kW"),
        ("2 km", "2000 miles"),  # another unit
        ("1.5 kg", "1500 mg"),
    ],
)
def test_another_value_or_unit_stays_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_the_deck_grader_converts_too() -> None:
    deck = Grader(["step-up transformer", "National Grid", "400 000 V"])
    assert deck.grade("400 000 V", "400 kV").correct
    assert not deck.grade("400 000 V", "400 mV").correct

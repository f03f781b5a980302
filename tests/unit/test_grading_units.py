"""A number typed in another unit than the notes' is wrong, whatever the number (round-12 blind
review: "61 miles" was accepted for 61 km, "1.8 km per year" for 1.8 m per year with the reason
"that's 1.8 million"); the same unit spelt another way, or no unit at all, is still right."""

from __future__ import annotations

import pytest

from bot._units import unit_of
from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("61 km", "61 miles"),
        ("1.8 m per year", "1.8 km per year"),
        ("0.1 nm", "0.1 m"),
        ("5 years", "5 months"),
        ("250 ml", "250 litres"),
        ("3 hours", "3 minutes"),
        ("2 kg", "2 g"),
    ],
)
def test_the_same_number_in_another_unit_is_wrong_and_the_reason_says_so(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert "unit" in result.reason and expected in result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("61 km", "61 kilometres"),
        ("61 km", "61"),
        ("1.8 m per year", "1.8 metres per year"),
        ("2 kg", "2 kilos"),
        ("45 °C", "45 celsius"),
        ("£1.3m", "1.3 million"),
        ("30,000 troops", "30,000"),
    ],
)
def test_the_same_unit_spelt_another_way_or_left_out_is_right(expected: str, given: str) -> None:
    assert grade(expected, given).correct


def test_a_metre_answer_is_not_called_millions_when_it_is_accepted() -> None:
    result = grade("1.8 m per year", "1.8 metres per year")
    assert "million" not in result.reason
    assert "1.8 m per year" in result.reason


def test_money_in_millions_is_no_length() -> None:
    assert unit_of("£1.3m") is None
    assert unit_of("1.3 m") == "m"


def test_the_quiz_grader_of_a_deck_refuses_the_wrong_unit_too() -> None:
    # grade() with the deck's other answers goes through the same grader a quiz uses
    others = ("Holderness coast", "1.8 m per year", "Mappleton")
    assert not grade("1.8 m per year", "1.8 km per year", others=others).correct
    assert grade("1.8 m per year", "1.8 metres a year", others=others).correct

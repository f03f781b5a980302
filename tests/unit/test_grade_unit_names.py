"""A unit asked by name and answered by its short name or its symbol (round 17: "amps" and "A"
for amperes, "T" for tesla were refused, since the unit table left out units whose symbol is a
word). A teacher accepts any unit's usual short name or symbol for its name."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("amperes", "amps"),  # electricity
        ("amperes", "A"),
        ("moles", "mol"),  # chemistry
        ("pascals", "Pa"),  # pressure
        ("becquerels", "Bq"),  # radioactivity
        ("coulombs", "C"),  # charge
        ("seconds", "s"),
        ("tesla", "T"),
    ],
)
def test_a_unit_named_by_its_short_name_or_symbol_is_right(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert expected in result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("amperes", "a"),  # a word, not the symbol as written
        ("seconds", "S"),  # siemens' symbol, not the second's
        ("Tesla", "T"),  # capitalised and singular: may be the person, Nikola Tesla
        ("A", "amps"),  # the name for a symbol key: the question may ask for the symbol
        ("pascals", "N"),  # another unit's symbol
        ("amperes", "V"),
    ],
)
def test_another_unit_a_word_or_a_person_stays_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_the_deck_grader_accepts_the_symbol_too() -> None:
    deck = Grader(["amperes", "volts", "ohms", "Ohm's law", "current"])
    assert deck.grade("amperes", "amps").correct
    assert deck.grade("amperes", "A").correct
    assert not deck.grade("amperes", "V").correct

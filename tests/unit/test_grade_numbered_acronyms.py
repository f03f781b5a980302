"""An acronym with a number answered with the words it stands for (round 17: "High Speed 2"
for "HS2" was refused; an acronym of letters alone was already accepted spelt out)."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("HS2", "High Speed 2"),  # geography: a railway
        ("HS2", "high speed two"),
        ("G20", "Group of 20"),  # economics: a forum of states
        ("G7", "Group of Seven"),
    ],
)
def test_a_numbered_acronym_spelt_out_is_right(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert expected in result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("G7", "Group of 8"),  # another number
        ("HS2", "Speed 2"),  # a word short
        ("M6", "Motorway 6"),  # letters that are not the words' initials
        ("G7", "Germany 7"),  # one word is never taken for one letter
    ],
)
def test_another_number_or_other_words_stay_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_the_deck_grader_accepts_it_too() -> None:
    deck = Grader(["HS2", "Crossrail", "M6", "Heathrow"])
    assert deck.grade("HS2", "High Speed 2").correct

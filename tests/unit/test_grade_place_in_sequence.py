"""A numbered stage answered by its number alone (round 17: "2" for "stage 2" of the
demographic transition model was refused). A teacher's rule for any subject: asked which stage
or step, the number says which; a name with a number is no stage ("11" is no "Apollo 11")."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Stage 3", "3"),  # geography: a model's stages
        ("Stage 3", "three"),
        ("Step 4", "4"),  # chemistry: a method's steps
        ("Phase 1", "one"),  # biology: a trial's phases
    ],
)
def test_a_numbered_stage_by_its_number_alone_is_right(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert expected in result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Stage 3", "4"),
        ("Apollo 11", "11"),  # a name with a number
        ("Henry VIII", "8"),
        ("World War 2", "2"),
        ("Article 231", "231"),  # an article is no stage of a sequence
    ],
)
def test_another_number_or_a_names_number_stays_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_the_deck_grader_accepts_the_stage_number_too() -> None:
    deck = Grader(["Stage 1", "Stage 2", "Stage 3", "birth rate", "death rate"])
    assert deck.grade("Stage 2", "2").correct
    assert not deck.grade("Stage 2", "3").correct

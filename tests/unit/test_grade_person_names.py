"""A person named by the surname alone, by initials, or without the middle name (round 19:
"Brunel" and "I K Brunel" for "Isambard Kingdom Brunel", "John MacAdam" for "John Loudon
McAdam" were refused). A teacher's rule for any subject: the surname says who while no other
name of the notes ends in it; the first name and the surname say who without the middle one."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade

# Physics: two people named Hertz, and one Planck.
PHYSICS = Grader(["Gustav Ludwig Hertz", "Heinrich Rudolf Hertz", "Max Karl Planck", "quantum"])


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Isambard Kingdom Brunel", "Brunel"),  # a middle name that is a word of English
        ("Isambard Kingdom Brunel", "I K Brunel"),
        ("Isambard Kingdom Brunel", "I. K. Brunel"),
        ("Wolfgang Amadeus Mozart", "W A Mozart"),
        ("John Loudon McAdam", "John McAdam"),  # the middle name left out
        ("Isambard Kingdom Brunel", "Isambard Brunel"),
        ("John Loudon McAdam", "J McAdam"),
    ],
)
def test_a_three_word_name_by_its_surname_initials_or_without_its_middle_name(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — in full, “{expected}”."


def test_a_slip_in_the_surname_with_the_middle_name_left_out_is_a_spelling() -> None:
    result = grade("John Loudon McAdam", "John MacAdam")
    assert result.correct
    assert result.reason == "Accepted — the spelling is “John Loudon McAdam”."


def test_a_surname_two_people_of_the_notes_share_says_neither() -> None:
    result = PHYSICS.grade("Gustav Ludwig Hertz", "Hertz")
    assert not result.correct
    assert result.reason == (
        "Not accepted — “Hertz” could also be “Heinrich Rudolf Hertz”; "
        "the answer is “Gustav Ludwig Hertz”."
    )
    assert PHYSICS.grade("Gustav Ludwig Hertz", "Gustav Hertz").correct
    assert PHYSICS.grade("Max Karl Planck", "Planck").correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Gustav Ludwig Hertz", "Heinrich Hertz"),  # another first name: another person
        ("Isambard Kingdom Brunel", "Kingdom"),  # the middle name alone
        ("Wolfgang Amadeus Mozart", "Amadeus"),
        ("John Loudon McAdam", "John Loudon"),  # the surname left out
        ("Santiago de Compostela", "Compostela"),  # a place: its short middle word links
        ("Papua New Guinea", "Guinea"),  # a country's words
    ],
)
def test_what_says_no_one_or_someone_else_stays_wrong(expected: str, given: str) -> None:
    result = PHYSICS.grade(expected, given) if "Hertz" in expected else grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — the answer is “{expected}”."


def test_without_the_middle_name_a_namesake_of_the_notes_could_be_meant() -> None:
    presidents = Grader(["George Herbert Walker Bush", "George W. Bush", "Bill Clinton"])
    result = presidents.grade("George Herbert Walker Bush", "George Bush")
    assert not result.correct
    assert result.reason == "Not quite — the answer is “George Herbert Walker Bush”."
    adams = Grader(["John Quincy Adams", "John Adams", "Thomas Jefferson"])
    assert not adams.grade("John Quincy Adams", "John Adams").correct
    assert (
        Grader(["John Quincy Adams", "Samuel Adams"])
        .grade("John Quincy Adams", "John Adams")
        .correct
    )

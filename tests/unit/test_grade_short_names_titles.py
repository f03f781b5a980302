"""A person named with the short form of the first name ("Sam Adams" for Samuel Adams) or with a
title or rank in its place ("Captain Preston" for Thomas Preston): round 20 found both refused.
A teacher's rule for any subject: the surname says who, and "Ben" is what Benjamin went by; but
not when another name of the notes has that surname and a first name the short form stands for
too, nor a title other than the one the notes give."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade

# Music and physics, in no deck of the reviews.
COMPOSERS = ["Wolfgang Amadeus Mozart", "Edward Elgar", "Benjamin Britten", "Frederick Delius"]


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Edward Elgar", "Ted Elgar"),
        ("Benjamin Britten", "Ben Britten"),
        ("Frederick Delius", "Fred Delius"),
        ("Frederick Delius", "Freddie Delius"),
        ("William Henry Perkin", "Will Perkin"),  # the middle name left out too
        ("Robert Hooke", "Bob Hooke"),
        ("Bob Geldof", "Robert Geldof"),  # the full name for the short one the notes use
        ("Alexander Fleming", "Alex Flemming"),  # with a slip in the surname
    ],
)
def test_a_short_first_name_is_the_same_person(expected: str, given: str) -> None:
    result = Grader(COMPOSERS).grade(expected, given)
    assert result.correct, result
    assert expected in result.reason  # "Accepted — in full, “Edward Elgar”."


def test_a_short_first_name_that_two_people_of_the_notes_may_go_by_is_refused() -> None:
    result = grade("Alexander Hamilton", "Alex Hamilton", others=["Alexandra Hamilton"])
    assert not result.correct
    assert result.reason == "Not quite — the answer is “Alexander Hamilton”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Edward Elgar", "Tom Elgar"),  # another first name: another person
        ("Samuel Pepys", "Sam Peeps Johnson"),
        ("Benjamin Britten", "Ben Brittany"),
    ],
)
def test_another_first_name_or_surname_is_still_refused(expected: str, given: str) -> None:
    result = Grader(COMPOSERS).grade(expected, given)
    assert not result.correct, result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Horatio Nelson", "Admiral Nelson"),
        ("Horatio Nelson", "Lord Nelson"),
        ("Florence Nightingale", "Miss Nightingale"),
        ("James Cook", "Captain Cook"),
        ("Isaac Newton", "Sir Isaac Newton"),  # a title before the whole name, as before
        ("Henry Jekyll", "Dr Jekyll"),
        ("Arthur Wellesley", "Lieutenant Wellesley"),
    ],
)
def test_a_title_or_rank_in_place_of_the_first_name(expected: str, given: str) -> None:
    result = grade(expected, given, others=["Nelson's Column", "Ernest Rutherford"])
    assert result.correct, result
    assert expected in result.reason


def test_a_title_for_a_surname_two_people_of_the_notes_share_is_refused() -> None:
    others = ["William Herschel", "Caroline Herschel"]
    result = grade("William Herschel", "Miss Herschel", others=others)
    assert not result.correct
    assert (
        result.reason == "Not accepted — “Herschel” could also be “Caroline Herschel”; "
        "the answer is “William Herschel”."
    )


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("President Kennedy", "General Kennedy"),  # the notes' own title, changed
        ("Table Tennis", "Mr Tennis"),  # no person: "Tennis" alone is no answer either
        ("Isaac Newton", "Sir Isaac"),
    ],
)
def test_a_title_is_no_way_round_a_wrong_answer(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_the_student_reads_the_name_in_full() -> None:
    assert Grader(COMPOSERS).grade("Edward Elgar", "Ted Elgar").reason == (
        "Accepted — in full, “Edward Elgar”."
    )
    assert grade("James Cook", "Captain Cook").reason == "Accepted — in full, “James Cook”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Norman Borlaug", "Borlaug"),  # agriculture: a given name beyond the common ones
        ("Ambrose Bierce", "Bierce"),
    ],
)
def test_a_surname_stands_for_a_name_the_nicknames_data_knows(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — in full, “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"), [("Norman Conquest", "Conquest"), ("Rose Revolution", "Revolution")]
)
def test_a_given_name_before_a_word_is_no_person(expected: str, given: str) -> None:
    assert not grade(expected, given).correct

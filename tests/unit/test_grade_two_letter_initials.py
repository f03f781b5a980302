"""A two-word term answered by its two initials (round 17: "BR" for "birth rate", "AC" and
"a.c." for "alternating current", "p.d." for "potential difference" were refused; three
letters or more were already initials). A teacher accepts a subject's usual two-letter short
form of a term, typed in capitals or with stops; not two letters for a name ("CW" for "Cold
War" says too little), nor letters that shorten another term of the deck too."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("interest rate", "IR"),  # economics
        ("direct current", "DC"),  # physics
        ("direct current", "d.c."),
        ("potential difference", "p.d."),
        ("blood pressure", "BP"),  # biology
        ("Blood pressure", "B.P."),  # a key-term list capitalises its first word only
    ],
)
def test_a_terms_two_initials_in_capitals_or_with_stops_are_right(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert result.correct
    assert expected in result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Cold War", "CW"),  # a name: two letters say too little
        ("Cold War", "C.W."),
        ("Tennis Court", "TC"),
        ("interest rate", "ir"),  # lower case and no stops: no abbreviation written
        ("interest rate", "RI"),
        ("rate of interest", "RI"),  # "of" gives no term's initial here
        ("Geiger-Muller tube", "GT"),  # a hyphenated word gives a letter for each part: GM
    ],
)
def test_a_names_initials_or_letters_not_written_as_initials_stay_wrong(
    expected: str, given: str
) -> None:
    assert not grade(expected, given).correct


def test_initials_that_shorten_another_term_of_the_deck_are_wrong() -> None:
    deck = Grader(["interest rate", "infrared", "inflation rate", "GDP"])
    assert not deck.grade("interest rate", "IR").correct  # inflation rate is IR too
    assert deck.grade("interest rate", "interest rates").correct


def test_the_notes_acronym_in_the_other_number_is_no_rival() -> None:
    # the notes write "low-income countries (LICs)": the deck holds both numbers and the acronym
    deck = Grader(["low-income countries", "LIC", "LICs", "high-income countries", "HIC"])
    assert deck.grade("low-income country", "LIC").correct
    assert deck.grade("high-income country", "HIC").correct
    assert not deck.grade("low-income country", "HIC").correct

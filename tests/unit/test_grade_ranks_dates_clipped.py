"""Three forms a teacher accepts that the grader refused (round 22): a rank before the surname
of a key that gives the full name ("Commodore Nelson" for "Horatio Nelson"), a whole date in
figures day first, as British notes write it ("4/7/1776" for "4 July 1776"), and the short
form a key gives its one-word term in brackets ("Carb" for "Carboniferous (Carb)")."""

from __future__ import annotations

import pytest

from bot.grading import grade


@pytest.mark.parametrize("given", ["Commodore Nelson", "Brigadier Nelson"])
def test_a_rank_and_the_surname_name_the_person(given: str) -> None:
    result = grade("Horatio Nelson", given)
    assert result.correct
    assert result.reason == "Accepted — in full, “Horatio Nelson”."


def test_a_rank_and_a_surname_two_people_of_the_deck_bear_is_refused() -> None:
    result = grade("Horatio Nelson", "Commodore Nelson", others=["Horatio Nelson", "Emma Nelson"])
    assert not result.correct
    assert "could also be “Emma Nelson”" in result.reason


@pytest.mark.parametrize("given", ["4/7/1776", "04/07/1776", "4.7.1776", "04-07-1776"])
def test_a_whole_date_in_figures_day_first(given: str) -> None:
    result = grade("4 July 1776", given)
    assert result.correct
    assert result.reason == "Correct — that's 4 July 1776."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("4 July 1776", "7/4/1776"),  # month first: another day for a British reader
        ("4 July 1776", "4/7/76"),  # which century is not said
        ("July 4, 1776", "4/7/1776"),  # a key written month first: the order is not told
    ],
)
def test_a_date_in_figures_in_another_order_or_without_the_century_is_refused(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — the answer is “{expected}”."


@pytest.mark.parametrize("given", ["Carb", "carb."])
def test_the_short_form_the_key_gives_in_brackets(given: str) -> None:
    result = grade("Carboniferous (Carb.)", given)
    assert result.correct
    assert result.reason == "Accepted — also known as “Carboniferous (Carb.)”."


def test_a_shorter_cut_than_the_key_gives_is_refused() -> None:
    result = grade("Carboniferous (Carb.)", "Ca")
    assert not result.correct

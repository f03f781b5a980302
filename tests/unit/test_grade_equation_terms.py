"""Grading an equation or a difference by its terms, not only its signs (round 17: a swapped
fraction or difference has the same signs as the key, and "F = B x I x L" has other letters
than "F = BIL" though it is the same product).

A teacher's rule for any subject: a product's factors and a sum's terms may come in any order,
what is divided by what and what is taken from what may not."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Profit = Revenue - Costs", "Profit = Costs - Revenue"),  # economics
        ("Net migration = Immigration − Emigration", "Net migration = Emigration − Immigration"),
        ("Output - Input", "Input - Output"),  # an expression with no "="
        ("Pressure = Force / Area", "Pressure = Area / Force"),
        ("density = mass / volume", "volume / mass"),  # the right side alone
        ("a = (v - u) / t", "a = (u - v) / t"),
    ],
)
def test_terms_moved_across_a_dividing_or_subtracting_sign_are_wrong(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert expected in result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("F = ma", "F = am"),  # mechanics: a product in any order
        ("F = ma", "ma = F"),
        ("Q = mcΔT", "Q = m x c x ΔT"),  # specific heat, written with signs
        ("W = Fd", "W = F × d"),
        ("P = VI", "P = I * V"),
        ("v = u + at", "v = at + u"),  # a sum in any order
        ("Work done = force x distance", "work done = distance x force"),
    ],
)
def test_a_product_or_sum_in_another_order_is_right(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.reason == "Correct."


def test_the_deck_grader_reads_the_terms_too() -> None:
    deck = Grader(["Profit = Revenue - Costs", "GDP", "inflation"])
    assert not deck.grade("Profit = Revenue - Costs", "Profit = Costs - Revenue").correct
    assert deck.grade("Profit = Revenue - Costs", "profit = revenue − costs").correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Rome-Berlin Axis", "Rome Berlin Axis"),  # a hyphen in a name is no minus
        ("Vagabondage / vagrancy", "vagrancy"),  # a bare "/" joins two names
        ("Austria-Hungary", "Austria Hungary"),
    ],
)
def test_names_with_hyphens_or_slashes_are_graded_as_before(expected: str, given: str) -> None:
    assert grade(expected, given).correct

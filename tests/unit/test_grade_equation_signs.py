"""Grading an equation: its signs are part of the answer (round-17 probe: "F = B/IL" was
marked an exact match for "F = BIL", because grading compares letters and digits only)."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("F = BIL", "F = B/IL"),
        ("V = IR", "V = I/R"),
        ("speed = distance / time", "speed = distance x time"),
        ("a = (v - u) / t", "a = (v + u) / t"),
    ],
)
def test_an_equation_with_other_signs_is_wrong(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert "check the signs" in result.reason
    assert expected in result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("F = BIL", "F=BIL"),
        ("F = BIL", "f = bil"),
        ("speed = distance / time", "speed = distance ÷ time"),
        ("speed = distance / time", "speed = distnce / time"),
        ("a = (v-u)/t", "a = (v − u) / t"),
        ("GPE = mgh", "GPE = m g h"),
    ],
)
def test_an_equation_written_another_way_is_right(expected: str, given: str) -> None:
    assert grade(expected, given).correct


def test_the_deck_grader_checks_the_signs_too() -> None:
    deck = Grader(["F = BIL", "V = IR", "Fleming's left-hand rule", "tesla"])
    assert not deck.grade("F = BIL", "F = BI/L").correct
    assert deck.grade("F = BIL", "F = B I L").correct


def test_a_hyphenated_name_is_no_equation() -> None:
    assert grade("Nazi-Soviet Pact", "Nazi Soviet Pact").correct
    assert grade("Tutsi-led RPF", "Tutsi led RPF").correct

"""Two terms one prefix apart are two answers, not a slip: a blind review found
grade('exothermic', 'endothermic') accepted as a typo (two edits in eleven letters fit the budget),
both ways, and even with 'Endothermic reaction' among the deck's other answers."""

from __future__ import annotations

import pytest

from bot.grading import Verdict, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("endothermic", "exothermic"),
        ("exothermic", "endothermic"),
        ("Endothermic reaction", "exothermic reaction"),
        ("hypotonic", "hypertonic"),
        ("intracellular", "intercellular"),
        ("microevolution", "macroevolution"),
        ("abduction", "adduction"),
        ("ectoparasite", "endoparasite"),
    ],
)
def test_the_counterpart_term_is_wrong(expected: str, given: str) -> None:
    result = grade(expected, given, others=["Endothermic reaction"])
    assert not result.correct
    assert result.verdict is Verdict.WRONG


@pytest.mark.parametrize(
    ("expected", "given"),
    [("endothermic", "endothermc"), ("exothermic", "exotermic"), ("hypotonic", "hypotonci")],
)
def test_a_slip_in_such_a_term_is_still_a_slip(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct and result.verdict is Verdict.TYPO

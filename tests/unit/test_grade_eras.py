"""A year in the other era is another year (blind round 26): "280 AD" was accepted for
"c. 280 BC" and "2nd century BC" for "2nd century AD", the era ignored. The same figure with no
era, or the era written another way ("BCE", "B.C."), is still the answer."""

from __future__ import annotations

import pytest

from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("c. 280 BC", "280 AD"),
        ("c. 280 BC", "280 CE"),
        ("AD 43", "43 BC"),
        ("2nd century AD", "2nd century BC"),
        ("55 BCE", "55 A.D."),
    ],
)
def test_the_same_figure_in_the_other_era_is_wrong(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason.startswith("Not quite — ")
    assert f"the answer is “{expected}”" in result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("c. 280 BC", "280 BC"),
        ("c. 280 BC", "280 B.C."),
        ("c. 280 BC", "280"),
        ("55 BC", "55 BCE"),
        ("1066", "1066 AD"),
        ("2nd century AD", "2nd century"),
    ],
)
def test_the_same_era_or_none_named_is_accepted(expected: str, given: str) -> None:
    assert grade(expected, given).correct

"""An answer written with its acronym in brackets ("New Economic Policy (NEP)", as quiz keys taken
from the notes often are) accepts either side alone, as a teacher does (round-13 blind review: both
"NEP" and "New Economic Policy" were refused against the bot's own key)."""

from __future__ import annotations

import pytest

from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("New Economic Policy (NEP)", "NEP"),
        ("New Economic Policy (NEP)", "new economic policy"),
        ("Genetically modified (GM)", "GM"),
        ("cystic fibrosis (CF)", "cystic fibrosis"),
        ("Intergovernmental Panel on Climate Change (IPCC)", "IPCC"),
        ("NEP (New Economic Policy)", "New Economic Polcy"),
    ],
)
def test_either_side_of_a_bracketed_acronym_is_accepted(expected: str, given: str) -> None:
    assert grade(expected, given).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("New Economic Policy (NEP)", "NEB"),
        ("New Economic Policy (NEP)", "War Communism"),
        ("Kingston (Jamaica)", "Jamaica"),  # a bracket that is no acronym is not an answer
    ],
)
def test_other_answers_stay_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct

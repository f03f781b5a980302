"""A key that gives the thing's other name itself: "sodium hydroxide (also called caustic
soda)", "stanza (or verse)", "dyke/dike". Either name answers it (round 20: the notes' own
other names were refused); a bare bracket may only describe ("conglomerate (rounded)"), and a
slash may divide ("distance / time"), so neither is read so."""

from __future__ import annotations

import pytest

from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("sodium hydroxide (also called caustic soda)", "caustic soda"),
        ("sodium hydroxide (also called caustic soda)", "sodium hydroxide"),
        ("Nephron (also known as the renal tubule)", "renal tubule"),
        ("xylem (aka water-conducting tissue)", "water conducting tissue"),
        ("stanza (or verse)", "verse"),
        ("sulphur / sulfur", "sulfur"),  # one word spelt two ways
        ("syphon/siphon", "siphon"),
    ],
)
def test_either_name_the_key_gives_is_accepted(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — also known as “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("ethanoic acid (aka acetic acid)", "methanoic acid"),  # another acid
        ("stanza (or verse)", "poem"),
        ("conglomerate (rounded)", "rounded"),  # a bracket that describes
        ("Hornfels (hard, splintery)", "hard"),
        ("distance / time", "time"),  # a slash that divides
        ("Peking / Beijing", "Peking duck"),
    ],
)
def test_a_description_or_another_thing_is_still_refused(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct, result
    assert result.reason.startswith("Not quite")

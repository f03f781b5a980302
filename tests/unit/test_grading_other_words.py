"""Round 16's false accepts, generalised: an answer one letter from the expected word that is
another real word ("microscopy" for "microscope"), another anion of one element ("phosphite"
for "phosphate"), or a two-word term cut to a first word that names a thing of its own
("nutrient" for "nutrient cycle") is a different answer. Also the spellings a teacher accepts:
the British form ("haemoglobin"), a Latin plural ("bacteria"), digits for a number word in a
name ("3 Gorges Dam"). Answer lists of biology, physics and geography, not the review's decks."""

from __future__ import annotations

import pytest

from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("microscope", "microscopy"),  # physics: the instrument, not the technique
        ("electron microscope", "electron microscopy"),
        ("phosphate group", "phosphite group"),  # biology: another anion
        ("nitrite", "nitrate"),  # biology (nitrogen cycle)
        ("nutrient cycle", "nutrient"),  # biology: "nutrients" are things of their own
        ("sediment load", "sediment"),  # geography
        ("longshore drift", "longshore draft"),  # geography: another word in the phrase
    ],
)
def test_another_real_word_is_refused(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct, result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("microscope", "microscpe"),  # a slip of the hand
        ("longshore drift", "longshore drfit"),
        ("ventricle", "ventrical"),  # spelt as it sounds: not a word of its own
        ("thermal energy", "thermal"),  # a describing word says which term alone
        ("hemoglobin", "haemoglobin"),  # British spelling
        ("sulfur dioxide", "sulphur dioxide"),
        ("Three Gorges Dam", "3 Gorges Dam"),  # geography: digits for the number word
    ],
)
def test_slips_and_spellings_still_count(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result


def test_a_latin_plural_is_accepted_and_named_for_what_it_is() -> None:
    """ "bacteria" for "bacterium" is the thing in the plural, and the reason says the notes
    have the singular (not "the plural", which the shorter word looks like)."""
    result = grade("bacterium", "bacteria")
    assert result.correct
    assert result.reason == "Accepted — the notes write it in the singular: “bacterium”."

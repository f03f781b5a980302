"""A word before a name written short or in full — "St" / "Saint", "Ste" / "Sainte", "Mt" /
"Mount", "Ft" / "Fort" — is the same word of the name, whichever the notes use (session 20's
probes: "Fort Saint Elmo", "Order of Saint John" refused), in a quiz as in `grade()`. A slip
or another name stays what it was."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade

# Places and orders of no review deck.
ENTITIES = ("Fort Ticonderoga", "St Kitts", "Saint Nevis", "Order of St Lazarus", "Mount Kenya")


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Fort Ticonderoga", "Ft Ticonderoga"),
        ("St Kitts", "Saint Kitts"),
        ("St Kitts", "Saint. Kitts"),
        ("Saint Nevis", "St Nevis"),
        ("Order of St Lazarus", "Order of Saint Lazarus"),
        ("Mount Kenya", "Mt Kenya"),
        ("Ste-Anne-de-Beaupré", "Sainte Anne de Beaupre"),
        ("Fort St Lazarus", "Ft Saint Lazarus"),  # both words the other way
    ],
)
def test_a_word_written_short_or_in_full_is_the_same_word(expected: str, given: str) -> None:
    for grader in (Grader(()), Grader(ENTITIES)):
        result = grader.grade(expected, given)
        assert result.correct, result
        assert result.reason.startswith("Accepted"), result.reason
    assert grade(expected, given, others=ENTITIES) == Grader(ENTITIES).grade(expected, given)


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("St Kitts", "Saint Nevis"),  # another place
        ("Saint Nevis", "St Kitts"),
        ("Fort Ticonderoga", "Mount Ticonderoga"),  # another word, not its short form
        ("fort", "ft"),  # no name after it: a word, not a name's
    ],
)
def test_another_name_or_word_is_still_refused(expected: str, given: str) -> None:
    assert not grade(expected, given, others=ENTITIES).correct

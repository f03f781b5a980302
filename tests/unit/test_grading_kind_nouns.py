"""An answer with or without the noun saying what kind of thing it names (issue 14, round-16
grading probes): a teacher takes the word that says which thing when it still says which alone —
a rare proper name before "Massacre" or "Declaration", a symbol before "value" or "score", a
substance with the form it is used in after it, a name after "Battle of" — and an oxidation
state written in digits. The word that says which is never dropped, and a name English knows as
a word, a country, or a deck's other entity holding the name keeps the answer wrong."""

from __future__ import annotations

import pytest

from bot.grading import Grader, Verdict, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Peterloo Massacre", "Peterloo"),  # a place name no dictionary holds, before its event
        ("Balfour Declaration", "balfour"),
        ("Schlieffen Plan", "Schlieffen"),
        ("pH level", "pH"),  # a symbol before the noun for its value
        ("IQ score", "IQ"),
        ("U value", "U"),
        ("zinc", "zinc granules"),  # the form a substance is used in
        ("magnesium", "magnesium ribbon"),
        ("sodium chloride", "sodium chloride solution"),
        ("Hastings", "the Battle of Hastings"),  # the kind of event, then "of" and the name
        ("Leningrad", "Siege of Leningrad"),
        ("iron(II)", "iron 2"),  # an oxidation state in digits
        ("lead(IV)", "lead 4"),
    ],
)
def test_the_word_that_says_which_is_accepted(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.verdict is Verdict.ALIAS
    assert expected in result.reason


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("Berlin Wall", "Berlin", ()),  # a city English knows: no wall
        ("Marshall Plan", "Marshall", ()),  # a word of English
        ("Young Plan", "Young", ()),
        ("Table Tennis", "Tennis", ()),  # the head noun kept is another sport
        ("solvent front", "solvent", ()),  # the kind's noun dropped from a term
        ("DNA polymerase", "DNA", ()),  # a symbol names a thing of its own before a noun
        ("carbon", "carbon dioxide", ()),  # a second word that is no form: another substance
        ("sodium", "sodium chloride", ()),
        ("Britain", "Britain Wall", ()),
        ("iron(II)", "iron 3", ()),  # another oxidation state
        ("copper(II)", "copper", ()),
        # The deck names another thing by the same word: the bare name no longer says which.
        ("Balfour Declaration", "Balfour", ("Balfour Report", "Sykes-Picot Agreement")),
        ("Peterloo Massacre", "Peterloo", ("Peterloo", "Manchester")),
    ],
)
def test_a_word_that_does_not_say_which_stays_wrong(
    expected: str, given: str, others: tuple[str, ...]
) -> None:
    result = grade(expected, given, others=others)
    assert not result.correct, result


def test_the_quiz_grader_agrees() -> None:
    entities = ("Peterloo Massacre", "Balfour Declaration", "magnesium", "Hastings", "iron(II)")
    grader = Grader(entities)
    for expected, given in (
        ("Peterloo Massacre", "Peterloo"),
        ("magnesium", "magnesium ribbon"),
        ("Hastings", "Battle of Hastings"),
        ("iron(II)", "iron 2"),
    ):
        assert grader.grade(expected, given) == grade(expected, given, others=entities)
        assert grader.grade(expected, given).correct

"""A person's surname alone is right when it names the person: the first name is a given name
of some language, though not one of the common English lists (round 25: "Eiffel" for "Gustave
Eiffel", "Balboa" for "Vasco Núñez de Balboa" were refused, as the dictionary knows both
surnames as words or names of things). It stays wrong when two people of the deck share the
surname, and a thing named with a given name and a word of English ("Norman Conquest") is no
person."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Jesse Williams", "Williams"),  # cheese making: the first US cheese factory, 1851
        ("Fergus Crook", "Crook"),  # a surname that is a word of English
        ("Hamish Hood", "Hood"),
        ("Émile Duclaux", "Duclaux"),  # cheese making: the microbiologist
        ("Gervase Markham", "Markham"),  # falconry: a 17th-century writer on hawks
        ("Tom Cade", "Cade"),  # falconry: a surname rare as a word of English
    ],
)
def test_a_surname_alone_names_the_person(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result.reason
    assert result.reason == f"Accepted — in full, “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Norman Conquest", "Conquest"),  # a given name's word, then a word of English
        ("Rose Garden", "Garden"),
        ("Peregrine Falcon", "Falcon"),  # falconry: "Peregrine" is a given name too
        ("Tom Thumb", "Thumb"),  # a word of English common enough to be a thing's
        ("Monte Carlo", "Carlo"),  # a place opening with a word places open with
        ("Santiago de Compostela", "Compostela"),
        ("Red Leicester", "Leicester"),  # cheese making: a cheese, not a person
    ],
)
def test_a_thing_named_with_a_given_name_is_no_person(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — the answer is “{expected}”."


# Horology, in Markdown: two makers share a surname, a place shares another's.
CLOCKS = """# Marine chronometers

- **Ferdinand Berthoud** built marine clocks for the French navy from 1770.
- His nephew **Louis Berthoud** made smaller chronometers in Paris.
- **Hamish Hood** repaired chronometers at the Hood workshop in Greenwich.
- **Fergus Crook** invented a detent escapement in 1790.
- Ships checked their chronometers against the time ball at Crook Point.
"""


@pytest.fixture(scope="module")
def clocks() -> Grader:
    deck = parse_deck(dump_deck(import_text(CLOCKS, format="markdown", source_name="chrono.md")))
    return Grader(QuestionGenerator(deck).entities())


def test_a_surname_two_people_of_the_deck_share_names_neither(clocks: Grader) -> None:
    result = clocks.grade("Ferdinand Berthoud", "Berthoud")
    assert not result.correct
    assert result.reason == (
        "Not accepted — “Berthoud” could also be “Louis Berthoud”; "
        "the answer is “Ferdinand Berthoud”."
    )
    assert clocks.grade("Ferdinand Berthoud", "Ferdinand Berthoud").correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Fergus Crook", "Crook"),  # the deck's only person of that name
        ("Hamish Hood", "Hood"),
    ],
)
def test_a_surname_only_one_person_of_the_deck_bears_is_right(
    clocks: Grader, expected: str, given: str
) -> None:
    result = clocks.grade(expected, given)
    assert result.correct, result.reason


def test_a_double_barrelled_surname_names_the_person() -> None:
    # falconry: the director of a birds of prey centre
    result = grade("Jemima Parry-Jones", "Parry-Jones")
    assert result.correct
    assert result.reason == "Accepted — in full, “Jemima Parry-Jones”."

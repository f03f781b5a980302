"""Right answers a teacher accepts, typed otherwise than the key (session 28 grading review):
inside a short sentence ("it was Versailles"), a number after "up to", a speed's unit in words,
a dated name with its year elsewhere ("the Factory Act of 1833"), the noun for the answer's
kind after it ("mako shark"), and the other names notes give mid-line ("under the open field
system (also called the strip system)"), in a bracket opening with "or" ("the reeve (or
bailiff)") or after "short for", a peer's own name ("Lord Palmerston (Henry Temple)") and a
nickname ("it was nicknamed …"). Wrong answers in the same shapes stay refused. Each deck is
graded as a quiz on it grades: `grade(…, others=QuestionGenerator(deck).entities())`."""

from __future__ import annotations

import pytest

from bot.grading import grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# Sharks and the medieval manor, in no deck of the reviews.
SHARKS = """Sharks
  Great white shark: the largest predatory fish; up to 6 m long
  Tiger shark: eats almost anything, even number plates
  Hammerhead shark: its wide head spreads its electroreceptors
  Basking shark: a filter feeder, the second largest fish
  Mako: the fastest shark, up to 70 km/h in short bursts
Gases
  Sulphur dioxide: from burning coal, causes acid rain
  Nitrogen dioxide: from car engines
"""

MANOR = """The medieval manor
- Farming was done under the open field system (also called the strip system).
- The reeve (or bailiff) ran the manor for the lord and kept its accounts.
- Peasants were fined (or flogged) for poaching in the lord's woods.
- Pram (short for perambulator) - a Victorian baby carriage.
- The nucleus of a village was its church (also called the parish church).
- The Statute of Labourers 1351 tried to hold wages at their level before the Black Death.
- The Peasants' Revolt 1381 began in Essex and Kent.
"""


def _entities(notes: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(notes, format="outline", source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def sharks() -> tuple[str, ...]:
    return _entities(SHARKS, "sharks.txt")


@pytest.fixture(scope="module")
def manor() -> tuple[str, ...]:
    return _entities(MANOR, "manor.txt")


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Treaty of Versailles", "it was Versailles"),
        ("Treaty of Versailles", "it was the Treaty of Versailles"),
        ("mitosis", "I think it's mitosis"),
        ("Charles Darwin", "the answer is Darwin"),
    ],
)
def test_an_answer_said_in_a_sentence_is_accepted(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.given == given


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Treaty of Versailles", "it was not Versailles"),
        ("Treaty of Versailles", "I think it's Versailles or Brest-Litovsk"),
        ("mitosis", "it's meiosis"),
    ],
)
def test_a_wrong_answer_in_a_sentence_stays_refused(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — the answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("up to 97%", "97 percent"),
        ("up to 4,000", "4000"),
        ("at least 4,000", "4,000"),
        ("up to 70 km/h", "70 kilometres per hour"),
        ("70 mph", "70 miles an hour"),
        ("10 m/s", "10 metres per second"),
    ],
)
def test_a_number_after_up_to_and_a_speed_in_words_are_accepted(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("up to 97%", "79%"),
        ("up to 70 km/h", "70 miles per hour"),
        ("10 m/s", "10 miles per second"),
    ],
)
def test_another_number_or_speed_stays_refused(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Statute of Labourers 1351", "the Statute of Labourers of 1351"),
        ("Statute of Labourers 1351", "the 1351 Statute of Labourers"),
        ("Peasants' Revolt 1381", "1381 Peasants' Revolt"),
    ],
)
def test_a_dated_name_with_its_year_elsewhere_is_accepted(
    manor: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=manor)
    assert result.correct, result
    assert result.reason == f"Accepted — the notes say “{expected}”."


def test_a_dated_name_of_another_year_stays_refused(manor: tuple[str, ...]) -> None:
    assert not grade(
        "Statute of Labourers 1351", "Statute of Labourers of 1349", others=manor
    ).correct
    assert not grade("Peasants' Revolt 1381", "1831 Peasants' Revolt", others=manor).correct


def test_the_noun_for_the_kind_after_the_answer_is_accepted(sharks: tuple[str, ...]) -> None:
    result = grade("Mako", "mako shark", others=sharks)
    assert result.correct, result
    assert result.reason == "Accepted — the notes say “Mako”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Mako", "tiger shark"),  # another shark of the notes
        ("Mako", "mako sharks fish"),
        ("carbon", "carbon dioxide"),  # an everyday word: the noun makes another thing
    ],
)
def test_a_kind_noun_never_makes_another_thing_right(
    sharks: tuple[str, ...], expected: str, given: str
) -> None:
    assert not grade(expected, given, others=sharks).correct


def test_a_kind_noun_the_deck_does_not_sort_by_is_not_taken() -> None:
    # no deck: nothing says "shark" is a kind, so the noun may make another thing
    assert not grade("Mako", "mako shark").correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("open field system", "strip system"),
        ("strip system", "the open field system"),
        ("reeve", "bailiff"),
        ("bailiff", "the reeve"),
        ("Pram", "perambulator"),
    ],
)
def test_other_names_the_notes_give_are_accepted(
    manor: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=manor)
    assert result.correct, result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("fined", "flogged"),  # "Peasants were fined (or flogged)": a clause, no name
        ("nucleus", "parish church"),  # "nucleus … church (also called …)": no shared noun
        ("village", "parish church"),
        ("reeve", "lord"),
    ],
)
def test_words_that_are_no_other_name_stay_refused(
    manor: tuple[str, ...], expected: str, given: str
) -> None:
    assert not grade(expected, given, others=manor).correct


# Victorian politics and trade, in no deck of the reviews.
VICTORIANS = """Victorian Britain
- Lord Palmerston (Henry Temple) was Prime Minister during the Crimean War.
- Lord Nelson (Trafalgar) is remembered on a column in London.
- Birmingham made so many small metal goods that it was nicknamed "the workshop of the world".
- Cadbury moved its factory to Bournville; it was nicknamed "the factory in a garden".
"""


@pytest.fixture(scope="module")
def victorians() -> tuple[str, ...]:
    return _entities(VICTORIANS, "victorians.txt")


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Lord Palmerston", "Henry Temple"),
        ("Henry Temple", "Lord Palmerston"),
        ("Birmingham", "the workshop of the world"),
    ],
)
def test_a_peers_own_name_and_a_nickname_the_notes_give_are_accepted(
    victorians: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=victorians)
    assert result.correct, result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Lord Nelson", "Trafalgar"),  # a place in the bracket, no name of his
        ("Cadbury", "the factory in a garden"),  # another name before the pronoun: not sure whose
    ],
)
def test_a_bracket_or_a_nickname_of_uncertain_owner_is_no_other_name(
    victorians: tuple[str, ...], expected: str, given: str
) -> None:
    assert not grade(expected, given, others=victorians).correct


# Iron Age Scotland, in no deck of the reviews: a heading in the plural of a word English lacks.
BROCHS = """Brochs
  Most were built between 400 BC and AD 100; a broch may rise to 13 m.
  Souterrain: an underground passage for storing food
Other sites
  Crannog: a round house built on an artificial island in a loch
"""


def test_a_plural_the_deck_names_elsewhere_is_the_same_answer() -> None:
    entities = _entities(BROCHS, "brochs.txt")
    assert "Brochs" in entities
    result = grade("broch", "brochs", others=entities)
    assert result.correct, result
    assert not grade("broch", "crannogs", others=entities).correct

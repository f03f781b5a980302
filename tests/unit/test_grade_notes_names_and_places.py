"""Names the notes themselves give one person, place or event, accepted as the teacher does
(round 21 and session 19's probes found them refused: docs/quiz-review/21-findings.md,
s19-grading-probes.tsv), checked on decks of no review, with what the student reads. The quiz's
grader and `grade(…, others=generator.entities())` agree.

- A flashcard "term = definition" gives the term's other name as a definition line does
  ("… (also called X)"), and a definition saying what the term was born, formerly, or also
  spelt ("born Octavius", "also spelled Kaikhosru") gives its other name too; a king's
  spelling keeps his number.
- The place a battle is named after, which a table of battles lists alone, is that battle.
- A "Lord X" the notes also call "Earl of X" is one man.
- A man named "First of Place" goes by his first name alone, when no one else of the notes
  bears it.
- A regnal number in digits answers for the Roman one with the title before it left out.
- A ruler's name and number say who without the country or epithet after them, unless another
  ruler of the deck bears both.
"""

from __future__ import annotations

import pytest

from bot.grading import grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# Roman emperors and Persian kings as flashcards; the English Civil War as an outline.
CARDS = """#separator:tab
#html:false
Augustus\tfirst Roman emperor; born Octavius; ruled 27 BC – AD 14
Caligula\temperor AD 37–41; born Gaius
Kaikhosrow II\tking of the Persians; also spelled Kaikhosru
Kaikhosrow III\this grandson, who lost the throne
Praetorian Guard\tthe emperor's bodyguard (also called the praetorians or the guard)
"""
OUTLINE = """Battles
  Battle of Naseby: 1645, the New Model Army beat the king
  Battle of Marston Moor: 1644, Parliament took the north
  Battles table: Naseby (1645), Marston Moor (1644), Edgehill (1642)
People
  Lord Fairfax: commander of the New Model Army; also named Earl of Fairfax in some notes
  Rupert of the Rhine: the king's cavalry commander
  Prince Rupert: Rupert of the Rhine's title
  Oliver Cromwell: Lord Protector from 1653
  Henrietta of France: the queen
  Henrietta Ireton: Cromwell's relative
  Pope Innocent X: the pope of the war years
"""


def _entities(text: str, form: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(text, format=form, source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def cards() -> tuple[str, ...]:
    return _entities(CARDS, "tsv", "emperors.tsv")


@pytest.fixture(scope="module")
def outline() -> tuple[str, ...]:
    return _entities(OUTLINE, "outline", "civil_war.txt")


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Augustus", "Octavius"),
        ("Caligula", "Gaius"),
        ("Kaikhosrow II", "Kaikhosru II"),
        ("Praetorian Guard", "praetorians"),
    ],
)
def test_another_name_a_card_gives_is_accepted(
    cards: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=cards)
    assert result.correct, result
    assert expected in result.reason


def test_a_kings_other_spelling_keeps_his_number(cards: tuple[str, ...]) -> None:
    assert not grade("Kaikhosrow II", "Kaikhosru", others=cards).correct
    assert not grade("Kaikhosrow III", "Kaikhosru II", others=cards).correct


def test_the_place_a_battle_is_named_after_is_the_battle(outline: tuple[str, ...]) -> None:
    result = grade("Battle of Naseby", "Naseby", others=outline)
    assert result.correct, result
    assert result.reason == "Accepted — the notes say “Battle of Naseby”."
    assert not grade("Battle of Naseby", "Edgehill", others=outline).correct


def test_a_lord_by_his_rank_is_no_other_man(outline: tuple[str, ...]) -> None:
    result = grade("Lord Fairfax", "Earl of Fairfax", others=outline)
    assert result.correct, result


def test_a_man_goes_by_his_first_name_when_no_one_else_bears_it(
    outline: tuple[str, ...],
) -> None:
    result = grade("Rupert of the Rhine", "Rupert", others=outline)
    assert result.correct, result
    assert result.reason == "Accepted — in full, “Rupert of the Rhine”."
    shared = grade("Henrietta of France", "Henrietta", others=outline)
    assert not shared.correct  # Henrietta Ireton too
    assert not grade("Rupert of the Rhine", "Rupert").correct  # a bare grade() knows no others


@pytest.mark.parametrize(("given"), ["Innocent 10", "Innocent the Tenth", "Pope Innocent 10"])
def test_a_regnal_number_in_digits_without_the_title(given: str) -> None:
    result = grade("Pope Innocent X", given)
    assert result.correct, result
    assert result.reason == "Accepted — the notes say “Pope Innocent X”."
    assert not grade("Pope Innocent X", "Innocent 11").correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Charles II of Spain", "Charles II"), ("Ivan IV Vasilyevich", "Ivan IV")],
)
def test_a_rulers_name_and_number_say_who(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — in full, “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Charles II of Spain", "Charles III"), ("Ivan IV Vasilyevich", "Ivan V")],
)
def test_another_number_is_another_ruler(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_a_name_and_number_two_rulers_of_the_deck_bear_say_no_one() -> None:
    deck = ["Charles II of Spain", "Charles II of England"]
    result = grade("Charles II of Spain", "Charles II", others=deck)
    assert not result.correct
    assert result.reason == "Not quite — the answer is “Charles II of Spain”."

"""Short forms of a person's name a teacher accepts (round 23's misses, here on decks of other
subjects), and one reason said right:

- a name after a title of the languages English notes quote it in ("Raja", "Maharaja",
  "Nawab", "Guru"): the name alone, or its end, is the person's ("Wajid Ali Shah");
- the first names the notes call a person by alone ("Palghat Mani's accompaniment": "Palghat
  Mani" for Palghat Mani Iyer), when no other name of the deck opens with them;
- a surname that ends the name of a place or an institution named after the person ("Fort
  Vancouver") is still his: the place is no rival;
- a first name that is also a slip of the surname ("Marino" for Marino Marini) is accepted as
  the short form it is, not as a misspelling;
- a name of three whose middle one is a given name is a person's, though the first is a word
  of the dictionary (round 23's "Chevreul" for Michel Eugène Chevreul).
"""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# Carnatic music and the history of cartography, in no deck of the reviews nor of the probes.
MUSIC = """# Carnatic music
## Composers
- **Purandara Dasa** is called the father of Carnatic music
- **Palghat Mani Iyer** played the mridangam for sixty years
  - Palghat Mani's accompaniment was said to lift any singer
- the Trinity: **Tyagaraja**, **Muthuswami Dikshitar** and **Syama Sastri**
## Patrons
- **Maharaja Krishnaraja Wadiyar** kept musicians at the Mysore court
- **Nawab Wajid Ali Shah** brought thumri to Lucknow
"""
MAPS = """# The history of cartography
- **George Vancouver** charted the north-west coast of America (1791-95)
- **Fort Vancouver** was a fur-trading post named after him
- **Gerardus Mercator** published his projection in 1569
"""


def _entities(notes: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(notes, format="markdown", source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def music() -> tuple[str, ...]:
    return _entities(MUSIC, "carnatic.md")


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Maharaja Krishnaraja Wadiyar", "Krishnaraja Wadiyar"),
        ("Maharaja Krishnaraja Wadiyar", "Wadiyar"),
        ("Nawab Wajid Ali Shah", "Wajid Ali Shah"),
        ("Palghat Mani Iyer", "Palghat Mani"),
    ],
)
def test_a_short_form_of_a_name_is_accepted(
    music: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=music)
    assert result.correct, result
    assert result.reason == f"Accepted — in full, “{expected}”."
    assert Grader(music).grade(expected, given) == result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Palghat Mani Iyer", "Mani Palghat"),
        ("Muthuswami Dikshitar", "Muthuswami Sastri"),
        ("Nawab Wajid Ali Shah", "Nawab"),  # a title, not his name
    ],
)
def test_a_name_that_says_no_one_is_refused(
    music: tuple[str, ...], expected: str, given: str
) -> None:
    assert not grade(expected, given, others=music).correct


def test_a_first_names_the_notes_never_use_alone_is_refused() -> None:
    assert not grade("Palghat Mani Iyer", "Palghat Mani").correct


def test_a_place_named_after_a_person_is_no_rival_of_his_surname() -> None:
    maps = _entities(MAPS, "maps.md")
    result = grade("George Vancouver", "Vancouver", others=maps)
    assert result.correct, result
    assert result.reason == "Accepted — in full, “George Vancouver”."


def test_a_first_name_near_the_surname_is_a_short_form_not_a_slip() -> None:
    result = grade("Marino Marini", "Marino")
    assert result.correct, result
    assert result.reason == "Accepted — in full, “Marino Marini”."


def test_a_surname_names_a_person_whose_middle_name_is_a_given_name() -> None:
    # A made-up Cornish beekeeper: a first name that is a word ("Amber", as "Michel" of Michel
    # Eugène Chevreul is in the dictionary), a given name after it, a surname that is none.
    result = grade("Amber Louise Trethewey", "Trethewey")
    assert result.correct, result
    assert result.reason == "Accepted — in full, “Amber Louise Trethewey”."
    assert not grade("Bee Louise Hive", "Hive").correct  # a surname that is a word says nothing

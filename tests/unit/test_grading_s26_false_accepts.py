"""Session 26 review: false accepts of the round-28 grading rules, refused again, with the
accepts those rules were made for kept. Decks of the session's subjects (the Hudson's Bay
Company's furs and game, the Tour de France, the Mexican Revolution) in two note styles:

- a leading qualifier goes only before a hyphenated trait the name keeps ("white-fronted
  goose" for "greater white-fronted goose"); never to leave a wider thing ("blood cell",
  "white shark", "retriever") and never an inner word ("team trial", "greatest divisor");
- "-ves" is the plural of the few nouns English makes so, never a verb's form ("believes");
- a Latin plural English does not know is read only for a term English does not know either:
  never for an everyday word or a name ("alba" for album, "Bruti" for Brutus);
- a month written short is capitalised or stopped: "mar", "aug" in lower case are no months;
- a surname alone after a given name that is an everyday word ("Rose Garden") names no person.
"""

from __future__ import annotations

import pytest

from bot.grading import grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

GAME = """# Country food at the posts
- **greater white-fronted goose**: shot on the spring flight at York Factory
- **common muskrat**: eaten in Lent by the voyageurs
- **pemmican**: dried bison meat pounded with fat
- **team time trial**: the Company's brigades raced the Nor'Westers to the lakes
"""

TRAIL = """Species | Season | Use
lesser black-backed gull | summer | eggs gathered on the islands
Arctic char | winter | netted under the ice
bison | all year | pemmican and robes
"""

REVOLUTION = """# The Mexican Revolution (1910-1920)
- **Pancho Villa** led the Division of the North in Chihuahua
- **Emiliano Zapata** issued the Plan of Ayala in 1911
- **Rose Garden**: where Wilson's envoys met Carranza's agents (an invented example)
"""


def _entities(notes: str, fmt: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(notes, format=fmt, source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def game() -> tuple[str, ...]:
    return _entities(GAME, "markdown", "game.md")


@pytest.fixture(scope="module")
def trail() -> tuple[str, ...]:
    return _entities(TRAIL, "csv", "trail.csv")


@pytest.fixture(scope="module")
def revolution() -> tuple[str, ...]:
    return _entities(REVOLUTION, "markdown", "revolution.md")


def test_a_qualifier_before_a_hyphenated_trait_may_go(
    game: tuple[str, ...], trail: tuple[str, ...]
) -> None:
    result = grade("greater white-fronted goose", "white-fronted goose", others=game)
    assert result.correct, result
    assert result.reason == "Accepted — in full, “greater white-fronted goose”."
    assert grade("lesser black-backed gull", "black-backed gull", others=trail).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("white blood cell", "blood cell"),
        ("great white shark", "white shark"),
        ("white rhinoceros", "rhinoceros"),
        ("golden retriever", "retriever"),
        ("pygmy hippopotamus", "hippopotamus"),
        ("little ice age", "ice age"),
        ("common muskrat", "muskrat"),
        ("greater white-fronted goose", "goose"),
        ("greatest common divisor", "greatest divisor"),
        ("random access memory", "random memory"),
        ("high blood pressure", "high pressure"),
        ("federal reserve system", "federal system"),
        ("team time trial", "team trial"),
    ],
)
def test_a_qualifier_or_inner_word_the_name_needs_stays(
    game: tuple[str, ...], trail: tuple[str, ...], expected: str, given: str
) -> None:
    for others in (game, trail):
        result = grade(expected, given, others=others)
        assert not result.correct, result
        assert result.reason == f"Not quite — the answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("wolf", "wolves"),
        ("midwife", "midwives"),
        ("shelf", "shelves"),
        ("Country wives", "country wife"),
    ],
)
def test_a_ves_plural_of_a_ves_noun_is_the_other_number(expected: str, given: str) -> None:
    assert grade(expected, given).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("belief", "believes"),
        ("relief", "relieves"),
        ("grief", "grieves"),
        ("serf", "serves"),
        ("safe", "saves"),
        ("strife", "strives"),
        ("reef", "reeves"),
    ],
)
def test_a_verb_in_ves_is_no_plural(game: tuple[str, ...], expected: str, given: str) -> None:
    assert not grade(expected, given).correct
    assert not grade(expected, given, others=game).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Venus", "Venera"),
        ("marathon", "Maratha"),
        ("Lebanon", "Lebana"),
        ("Brutus", "Bruti"),
        ("calcium", "calcia"),
        ("album", "alba"),
        ("census", "censi"),
    ],
)
def test_no_latin_plural_for_a_name_or_an_everyday_word(
    revolution: tuple[str, ...], expected: str, given: str
) -> None:
    assert not grade(expected, given).correct
    assert not grade(expected, given, others=revolution).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [("patagium", "patagia"), ("tragus", "tragi"), ("criterion", "criteria"), ("larvae", "larva")],
)
def test_a_latin_plural_of_a_term_stays(expected: str, given: str) -> None:
    assert grade(expected, given).correct


@pytest.mark.parametrize(
    ("expected", "given"), [("March", "mar"), ("August", "aug"), ("December", "dec")]
)
def test_a_lower_case_word_is_no_month(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct, result
    assert result.reason == f"Not quite — the answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("February", "Feb"),
        ("September", "Sept"),
        ("March", "Mar."),
        ("March", "mar."),
        ("August", "Aug"),
    ],
)
def test_a_month_written_short_as_a_date_writes_it(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — the notes say “{expected}”."


def test_an_everyday_word_before_a_noun_is_no_given_name(revolution: tuple[str, ...]) -> None:
    assert not grade("Rose Garden", "Garden", others=revolution).correct
    for expected, given in (("Pancho Villa", "Villa"), ("Howard Carter", "Carter")):
        result = grade(expected, given, others=revolution)  # given names, if words too
        assert result.correct, result


def test_a_rare_given_name_still_vouches_for_a_person() -> None:
    others = ("photosynthesis", "Treaty of Versailles", "Battle of Hastings", "Nile", "osmosis")
    result = grade("Jared Diamond", "Diamond", others=others)
    assert result.correct, result
    assert result.reason == "Accepted — in full, “Jared Diamond”."

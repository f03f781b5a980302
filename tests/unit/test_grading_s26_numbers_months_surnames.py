"""Round 28's false rejects, fixed as classes (session 26), shown on decks of other subjects:

- a Latin or Greek plural, or "-ves", for the notes' singular and the other way ("patagia" for
  patagium, "tragi", "criteria", "larvae", "country wife" for "Country wives"), said as the other
  number; never a plural English knows as another word's ("data" for "date");
- a month written short ("Feb", "Sept.") for the month; another month's short form stays wrong;
- a surname that is a word of English ("Diamond" for Jared Diamond) after a given name, where the
  deck names no one else, and nothing else, with it; refused where another entity holds the word
  ("Douglas" beside Thomas Douglas and James Douglas), for a kind of place ("Bay" for James
  Bay), for a title after a name, and after a first word no list of names vouches for;
- a pass or mountain without its French word ("Tourmalet"); a binomial with its genus cut to the
  initial; a qualifier or an inner word stays (`test_grading_s26_false_accepts`: "muskrat" for
  "common muskrat", "team trial" were false accepts of a first version).
"""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# The Mexican Revolution and the Hudson's Bay Company, in two note styles.
REVOLUTION = """# The Mexican Revolution (1910-1920)
## Leaders
- **Francisco Madero** called for revolt in the Plan of San Luis Potosí (Nov 1910)
- **Pancho Villa** led the Division of the North in Chihuahua
- **Emiliano Zapata** issued the Plan of Ayala in Nov 1911: land for the villages
- **Victoriano Huerta** seized power in the Ten Tragic Days (Feb 1913)
- **Venustiano Carranza** led the Constitutionalists; the Constitution was signed in Feb 1917
- **Álvaro Obregón** lost an arm at the battle of Celaya (1915)
## Land
- **Ejido**: land held in common by a village
- **Hacienda**: a great estate
"""

COMPANY = """The Hudson's Bay Company
Cuthbert Grant led the Métis at Seven Oaks in 1816.
Samuel Black explored the Finlay River in 1824.
Made Beaver: the Company's unit of account, one prime pelt.
James Douglas was chief factor at Fort Victoria.
Thomas Douglas, Earl of Selkirk, founded the Red River Colony.
James Bay lies at the south of Hudson Bay.
Country wives: the Indigenous wives of fur traders.
"""


def _entities(notes: str, fmt: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(notes, format=fmt, source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def revolution() -> tuple[str, ...]:
    return _entities(REVOLUTION, "markdown", "revolution.md")


@pytest.fixture(scope="module")
def company() -> tuple[str, ...]:
    return _entities(COMPANY, "outline", "company.txt")


@pytest.mark.parametrize(
    ("expected", "given", "number"),
    [
        ("patagium", "patagia", "singular"),
        ("tragus", "tragi", "singular"),
        ("criterion", "criteria", "singular"),
        ("larvae", "larva", "plural"),
        ("fungi", "fungus", "plural"),
        ("Country wives", "country wife", "plural"),
    ],
)
def test_a_classical_plural_is_the_other_number(expected: str, given: str, number: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — the notes write it in the {number}: “{expected}”."


@pytest.mark.parametrize(("expected", "given"), [("date", "data"), ("bus", "bi")])
def test_a_plural_of_another_word_is_no_plural(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [("February", "Feb"), ("September", "Sept"), ("September", "sept."), ("November", "Nov")],
)
def test_a_month_written_short_is_the_month(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — the notes say “{expected}”."


@pytest.mark.parametrize(("expected", "given"), [("February", "Mar"), ("June", "Jul")])
def test_another_month_written_short_is_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_a_month_short_in_the_notes_own_date(revolution: tuple[str, ...]) -> None:
    assert grade("Feb 1913", "February 1913", others=revolution).correct
    assert not grade("Feb 1913", "Feb 1917", others=revolution).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Pancho Villa", "Villa"), ("Emiliano Zapata", "Zapata"), ("Samuel Black", "Black")],
)
def test_a_surname_no_other_entity_holds_stands_for_the_person(
    revolution: tuple[str, ...], company: tuple[str, ...], expected: str, given: str
) -> None:
    entities = company if expected == "Samuel Black" else revolution
    result = grade(expected, given, others=entities)
    assert result.correct, result
    assert result.reason == f"Accepted — in full, “{expected}”."
    assert Grader(entities).grade(expected, given) == result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("James Douglas", "Douglas"),  # Thomas Douglas too
        ("James Bay", "Bay"),  # a kind of place, not a surname
        ("Cuthbert Grant", "James Douglas"),
        ("Made Beaver", "beaver"),  # "Made" is a name in some list, but an everyday word
        ("Cuthbert Grant", "Grant"),  # a first name no list of names holds: no proof of a person
    ],
)
def test_a_shared_surname_or_a_place_word_is_refused(
    company: tuple[str, ...], expected: str, given: str
) -> None:
    assert not grade(expected, given, others=company).correct


def test_without_the_notes_an_everyday_surname_is_refused() -> None:
    assert not grade("Jared Diamond", "Diamond").correct


# Fur-trade animals and Tour de France stages and climbs: qualifiers and feature words.
FURS = """# Furs of the Hudson's Bay Company
- **common muskrat**: the "musquash" of the traders
- **red fox** and **Arctic fox** pelts were sold in London
- **grey wolf** skins came from the plains
- the beaver of the trade was Castor canadensis; Europe's own, Castor fiber, was hunted out
- **team time trial**: the riders of a team together against the clock
- **individual time trial**: each rider alone
- The riders climb the **Col du Tourmalet** and the **Col du Galibier**, and **Mont Ventoux**
"""


@pytest.fixture(scope="module")
def furs() -> tuple[str, ...]:
    return _entities(FURS, "markdown", "furs.md")


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Col du Tourmalet", "Tourmalet"),  # a pass without the word for it
        ("Mont Ventoux", "Ventoux"),
        ("Castor canadensis", "C. canadensis"),  # a binomial's genus cut to its initial
        ("Castor canadensis", "C canadensis"),
    ],
)
def test_a_qualifier_or_feature_word_the_deck_does_not_need_may_go(
    furs: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=furs)
    assert result.correct, result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("red fox", "fox"),  # Arctic fox too, and an everyday word
        ("common muskrat", "muskrat"),  # no evidence the notes' muskrat is the only one
        ("team time trial", "team trial"),  # an inner word says which term
        ("grey wolf", "wolf"),  # an everyday word says no species
        ("team time trial", "time trial"),  # the individual time trial too
        ("individual time trial", "time trial"),
        ("Col du Tourmalet", "Galibier"),
        ("Castor canadensis", "C. fiber"),  # the other species
        ("Castor canadensis", "K. canadensis"),
    ],
)
def test_a_qualifier_that_tells_two_apart_stays(
    furs: tuple[str, ...], expected: str, given: str
) -> None:
    assert not grade(expected, given, others=furs).correct


def test_without_the_notes_no_qualifier_goes() -> None:
    assert not grade("common muskrat", "muskrat").correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [("fur trade", "trading furs"), ("land reform", "reforming the land")],
)
def test_the_act_done_to_the_noun_says_the_term(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — the notes say “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [("land reform", "reforming the army"), ("fur trade", "trading"), ("fur trade", "fur")],
)
def test_another_act_or_noun_is_no_rephrasing(expected: str, given: str) -> None:
    assert not grade(expected, given).correct

"""Short forms of a thing's name a teacher accepts (round 23's "Auvers" for Auvers-sur-Oise,
"The Great Wave" for The Great Wave off Kanagawa; round 21's "Constitutional Reform Act" for
its Act of 2005), here on decks of other subjects:

- a name without the year after it ("Destructive Insects and Pests Act"), unless another
  entity of the deck bears the name with another year (the Act of 1907 beside that of 1877);
- a town without the river or region joined on by hyphens ("Mareuil" for Mareuil-sur-Ay),
  unless another town of the deck opens with the same name (Bar-sur-Aube, Bar-sur-Seine);
- the first words of a title before a link word ("Great Trigonometrical Survey" for the
  Great Trigonometrical Survey of India) where the notes write them alone, and no other entity
  opens with them; one word ("Survey") says too little;
- an ordinal in digits for the notes' word or the other way ("2nd Council of Nicaea"; round
  23's "3rd Battle of Panipat");
- a people's name no dictionary holds, in the other number where the notes write both
  ("Paulician" for the Paulicians; round 23's "Maratha" for Marathas);
- an address without its house's number ("avenue de Champagne"; round 23's "boulevard des
  Capucines"), unless another house of the deck is on the same street;
- a title or a road's noun written short or in full ("Doctor Livingstone", "Great North Rd";
  round 23's "Doctor Gachet", "Grand Trunk Rd");
- a title without another language's article, two words or more left ("Romanée-Conti";
  round 23's "Dejeuner sur l'herbe"); one word left may be a place's name ("Havre").
"""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# Viticulture and the history of cartography, in no deck of the reviews nor of the probes.
NOTES = """# Vines, maps and the law
## Champagne
- **Mareuil-sur-Ay** is a grand cru village of the Vallée de la Marne
- **Bar-sur-Aube** and **Bar-sur-Seine** lie in the Côte des Bar
## Phylloxera
- the **Destructive Insects and Pests Act 1877** let Britain ban imported vines
- the **Destructive Insects and Pests Act 1907** widened it to other pests
## Surveys
- the **Great Trigonometrical Survey of India** began in 1802
  - the Great Trigonometrical Survey measured the height of Everest
"""


@pytest.fixture(scope="module")
def entities() -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(NOTES, format="markdown", source_name="vines.md")))
    return QuestionGenerator(deck).entities()


@pytest.mark.parametrize(
    ("expected", "given", "bare"),  # a bare grade knows no deck, so no rival either
    [
        ("Mareuil-sur-Ay", "Mareuil", True),
        ("Great Trigonometrical Survey of India", "Great Trigonometrical Survey", True),
    ],
)
def test_a_short_form_of_a_name_is_accepted(
    entities: tuple[str, ...], expected: str, given: str, bare: bool
) -> None:
    result = grade(expected, given, others=entities)
    assert result.correct, result
    assert result.reason == f"Accepted — in full, “{expected}”."
    assert Grader(entities).grade(expected, given) == result
    assert grade(expected, given).correct is bare


ACTS = ("Destructive Insects and Pests Act 1877", "Destructive Insects and Pests Act 1907")


def test_a_name_without_its_year_is_accepted_alone() -> None:
    result = grade(ACTS[0], "Destructive Insects and Pests Act", others=ACTS[:1])
    assert result.correct, result
    assert result.reason == f"Accepted — in full, “{ACTS[0]}”."
    assert grade("Education Act 1944", "Education Act").correct


def test_a_name_borne_with_another_year_is_refused() -> None:
    assert not grade(ACTS[0], "Destructive Insects and Pests Act", others=ACTS).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Bar-sur-Aube", "Bar"),
        ("Great Trigonometrical Survey of India", "Survey"),
        ("Great Trigonometrical Survey of India", "India"),
        ("Mareuil-sur-Ay", "Ay"),
    ],
)
def test_a_short_form_that_says_no_one_is_refused(
    entities: tuple[str, ...], expected: str, given: str
) -> None:
    assert not grade(expected, given, others=entities).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Second Council of Nicaea", "2nd Council of Nicaea"),
        ("7th Ecumenical Council", "Seventh Ecumenical Council"),
        ("Twelfth Night", "12th Night"),
    ],
)
def test_an_ordinal_in_digits_or_in_words_is_the_same(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — the notes say “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Second Council of Nicaea", "3rd Council of Nicaea"), ("7th Ecumenical Council", "Sixth")],
)
def test_another_ordinal_is_refused(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


# A people the notes name in both numbers ("the Paulicians", "a Paulician revolt"), a name no
# dictionary holds: the singular is the notes' own other form, no rival.
SECTS = ("Paulicians", "Paulician", "Isaurians", "Leo III")


@pytest.mark.parametrize(
    ("expected", "given", "number"),
    [("Paulicians", "Paulician", "plural"), ("Paulician", "Paulicians", "singular")],
)
def test_a_people_in_the_other_number_is_accepted(expected: str, given: str, number: str) -> None:
    for result in (grade(expected, given, others=SECTS), grade(expected, given)):
        assert result.correct, result
        assert result.reason == f"Accepted — the notes write it in the {number}: “{expected}”."


def test_another_people_is_refused() -> None:
    assert not grade("Paulicians", "Isaurian", others=SECTS).correct


# Champagne houses' addresses in Épernay (viticulture).
HOUSES = ("20 avenue de Champagne", "Épernay", "Reims")


def test_an_address_without_its_house_number_is_accepted() -> None:
    result = grade("20 avenue de Champagne", "avenue de Champagne", others=HOUSES)
    assert result.correct, result
    assert result.reason == "Accepted — in full, “20 avenue de Champagne”."


@pytest.mark.parametrize(
    ("given", "others"),
    [
        ("avenue de Champagne", (*HOUSES, "9 avenue de Champagne")),  # another house on it
        ("21 avenue de Champagne", HOUSES),
        ("20", HOUSES),
    ],
)
def test_an_address_that_says_no_one_house_is_refused(given: str, others: tuple[str, ...]) -> None:
    assert not grade("20 avenue de Champagne", given, others=others).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Dr Livingstone", "Doctor Livingstone"),
        ("Captain James Cook", "Capt James Cook"),
        ("Great North Road", "Great North Rd"),  # Ogilby's Britannia, the first road atlas
    ],
)
def test_a_title_or_a_roads_noun_written_short_or_in_full_is_the_same(
    expected: str, given: str
) -> None:
    assert grade(expected, given).correct


def test_another_road_is_refused() -> None:
    assert not grade("Great North Road", "Great West Rd").correct


@pytest.mark.parametrize(
    ("expected", "given", "right"),
    [
        ("La Romanée-Conti", "Romanée-Conti", True),  # the vineyard, as English speakers say it
        ("La Romanée-Conti", "Romanée", False),
        ("Le Havre", "Havre", False),  # one word left: a place keeps its article
    ],
)
def test_a_title_without_another_languages_article(expected: str, given: str, right: bool) -> None:
    assert grade(expected, given).correct is right

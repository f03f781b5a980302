"""A bracket glossing ordinary words gives their other name: a scientific name ("the blind cave
fish (Astyanax mexicanus)"), initials in any case ("nautical miles (nm)"), a technical word
("troglobites (troglobionts)") or a fuller form of the word ("character (light
characteristic)") — accepted by the quiz and by `grade(…, others=deck entities)` (issue 14,
round-24 blind review: "sporocarp" for "fruiting body (sporocarp)", "Bd" for "Batrachochytrium
dendrobatidis (Bd)", "Armillaria ostoyae" for "honey fungus (Armillaria ostoyae)" refused). A
bracket that explains, gives an example or says what a thing does is no other name. The decks
are written for these tests: a Markdown handout on caves and outline notes on perfumery."""

from __future__ import annotations

import pytest

from bot.grading import grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

CAVES = """# Caves – revision

## Formations
- Dripstone formations (speleothems) grow where water drips
- A stalactite hangs from the roof; a flowstone (sheet deposit) coats the walls
- Cave pearls form in shallow pools
- The blind cave fish (Astyanax mexicanus) has lost its eyes
- Depth is given in metres below the entrance (mbe)
- A sump (siphon in French caves) is a flooded passage

## Life
- Animals living only in caves are troglobites (troglobionts)
- Cave crickets (camel crickets) live near the entrance
"""

PERFUMERY = """Perfumery
  Top notes (head notes) are smelt first and fade within minutes
  The fixative (stabiliser) slows evaporation
  Vetiver (Chrysopogon zizanioides) roots give an earthy note
  Light passes through glass bottles (refraction) and fades the perfume
  Eau de toilette holds 5-15% perfume oil
"""


def _entities(text: str, fmt: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(text, format=fmt, source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def decks() -> dict[str, tuple[str, ...]]:
    return {
        "caves": _entities(CAVES, "markdown", "caves.md"),
        "perfumery": _entities(PERFUMERY, "outline", "perfumery.txt"),
    }


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        ("caves", "Dripstone formations", "speleothems"),  # a technical word
        ("caves", "speleothems", "Dripstone formations"),
        ("caves", "blind cave fish", "Astyanax mexicanus"),  # a scientific name
        ("caves", "troglobites", "troglobionts"),
        ("caves", "metres below the entrance", "mbe"),  # lower-case initials
        ("caves", "sump", "siphon"),  # the other name, where it is used said after it
        ("perfumery", "fixative", "stabiliser"),
        ("perfumery", "Vetiver", "Chrysopogon zizanioides"),
    ],
)
def test_a_brackets_other_name_is_accepted(
    decks: dict[str, tuple[str, ...]], deck: str, expected: str, given: str
) -> None:
    assert grade(expected, given, others=decks[deck]).correct


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        ("caves", "flowstone", "sheet deposit"),  # what it is, not another name
        ("caves", "troglobites", "speleothems"),  # another thing's other name
        ("caves", "Dripstone formations", "troglobionts"),
        ("perfumery", "glass bottles", "refraction"),  # what light does in them
        ("perfumery", "fixative", "Chrysopogon zizanioides"),
    ],
)
def test_a_bracket_that_is_no_other_name_stays_wrong(
    decks: dict[str, tuple[str, ...]], deck: str, expected: str, given: str
) -> None:
    assert not grade(expected, given, others=decks[deck]).correct

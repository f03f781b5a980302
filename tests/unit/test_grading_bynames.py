"""A ruler's byname in quotes after his name is another name of him: 'Valdemar IV "Atterdag"'
is answered by "Valdemar Atterdag" (issue 14, round-24 blind review, A073 refused). Accepted
by `grade(…, others=deck entities)` as by the quiz; another ruler's byname stays wrong, and a
quoted name after a thing ('Operation "Sea Lion"') names no one. The decks are written for these
tests: the Portuguese voyages of discovery (Markdown) and the Scottish wars of independence
(outline)."""

from __future__ import annotations

import pytest

from bot.grading import grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

VOYAGES = """# Portuguese voyages of discovery

## Patrons
- Prince Henry "the Navigator" founded a school of navigation at Sagres
- John II "the Perfect Prince" turned down Columbus in 1484
- Manuel I "the Fortunate" sent Vasco da Gama to India in 1497

## Ships
- The caravel had lateen sails and could sail close to the wind
- Operation "Sea Lion" is not part of this course
"""

SCOTLAND = """Wars of Scottish Independence
  Edward I "Longshanks" of England claimed overlordship of Scotland
  William Wallace won at Stirling Bridge in 1297
  Robert I "the Bruce" was crowned in 1306
  Bannockburn 1314: Robert defeated Edward II
"""


def _entities(text: str, fmt: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(text, format=fmt, source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def decks() -> dict[str, tuple[str, ...]]:
    return {
        "voyages": _entities(VOYAGES, "markdown", "voyages.md"),
        "scotland": _entities(SCOTLAND, "outline", "scotland.txt"),
    }


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        ("voyages", "Manuel I", "Manuel the Fortunate"),
        ("voyages", "John II", "John the Perfect Prince"),
        ("voyages", "Prince Henry", "Henry the Navigator"),  # a title is no first name
        ("scotland", "Robert I", "Robert the Bruce"),
        ("scotland", "Edward I", "Edward Longshanks"),
    ],
)
def test_a_rulers_byname_is_accepted(
    decks: dict[str, tuple[str, ...]], deck: str, expected: str, given: str
) -> None:
    assert grade(expected, given, others=decks[deck]).correct


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        ("voyages", "John II", "Manuel the Fortunate"),  # another king's byname
        ("scotland", "Edward II", "Edward Longshanks"),  # his father's
        ("voyages", "caravel", "Operation Sea Lion"),
    ],
)
def test_another_rulers_byname_stays_wrong(
    decks: dict[str, tuple[str, ...]], deck: str, expected: str, given: str
) -> None:
    assert not grade(expected, given, others=decks[deck]).correct


def test_a_quoted_name_after_a_thing_is_no_byname(decks: dict[str, tuple[str, ...]]) -> None:
    assert not any("also called" in entity and "Operation" in entity for entity in decks["voyages"])

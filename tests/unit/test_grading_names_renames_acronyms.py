"""Other names the notes give a key in three shapes the deck's grader missed (blind rounds 28
and 29: "EFEO" for "École française d'Extrême-Orient", "Lingapura" for "Koh Ker (ancient
Lingapura)", "Mahendraparvata" for "Phnom Kulen was then called Mahendraparvata"):

- initials in brackets after a name opening with an accented capital, its lower-case nouns,
  hyphens and elisions counted ("Établissement maritime d'Ismaïlia-Suez (EMIS)"), as names
  opening with a plain capital already were ("Istituto Nazionale di Geofisica e Vulcanologia
  (INGV)");
- a place's name of another time in brackets ("Port Said (formerly …)", "(ancient …)");
- "was then called" before another name;
- a name's meaning in quotes after a dash ("Campi Flegrei – “burning fields”"), the quote
  ending its clause;
- a "Names:" line, each item another name of the others, its language's bracket dropped.

A bracket naming a maker or a place stays refused. The decks are written for these tests:
Markdown notes on the volcanoes of Italy and outline notes on the Suez Canal and tea clippers.
"""

from __future__ import annotations

import pytest

from bot.grading import grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

VOLCANOES = """# Volcanoes of Italy

## Monitoring
- Vesuvius is watched by the Istituto Nazionale di Geofisica e Vulcanologia (INGV) in Naples.
- The Osservatorio Vesuviano was founded in 1841.

## Sicily
- Names: Etna (Italian), Mongibello (Sicilian), Aetna (Latin)
- Etna erupts from summit craters and flank fissures.
- The Ente Parco dell'Etna-Sud (EPES) guards the upper slopes.
- Stromboli (ancient Strongyle) erupts every few minutes.
- Catania was rebuilt after the 1693 earthquake.

## Campi Flegrei
- Campi Flegrei – “burning fields”
- Pozzuoli was then called Puteoli, a Roman port.
- Bradyseism lifts and sinks the coast at Pozzuoli.
"""

SUEZ = """Suez Canal and tea clippers
  Names: Suez Canal (English), Qanat as-Suways (Arabic), Canal de Suez (French)
  The Compagnie universelle du canal maritime de Suez (CUCMS) dug the canal from 1859
  The northern entrance was then called Port Said, after the khedive Said Pasha
  Ships rested at Ismailia on Lake Timsah at the half-way point
  The Cutty Sark (Scott & Linton) was launched at Dumbarton in 1869
  The Établissement maritime d'Ismaïlia-Suez (EMIS) ran the pilots
  Cutty Sark – “short shirt”, from the witch's garment in a Burns poem
  The Ariel raced – "neck and neck" with the Taeping in 1866
  Tea clippers lost the China trade once steamers used the canal
"""


def _entities(text: str, fmt: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(text, format=fmt, source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def decks() -> dict[str, tuple[str, ...]]:
    return {
        "volcanoes": _entities(VOLCANOES, "markdown", "volcanoes.md"),
        "suez": _entities(SUEZ, "outline", "suez.txt"),
    }


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        ("volcanoes", "Istituto Nazionale di Geofisica e Vulcanologia", "INGV"),
        ("volcanoes", "INGV", "Istituto Nazionale di Geofisica e Vulcanologia"),
        ("volcanoes", "Stromboli", "Strongyle"),
        ("volcanoes", "Strongyle", "Stromboli"),
        ("volcanoes", "Pozzuoli", "Puteoli"),
        ("volcanoes", "Campi Flegrei", "burning fields"),
        ("suez", "Cutty Sark", "short shirt"),
        ("volcanoes", "Etna", "Mongibello"),
        ("volcanoes", "Mongibello", "Aetna"),
        ("suez", "Suez Canal", "Canal de Suez"),
        ("suez", "Suez Canal", "Qanat as-Suways"),
        ("suez", "Compagnie universelle du canal maritime de Suez", "CUCMS"),
        ("volcanoes", "Ente Parco dell'Etna-Sud", "EPES"),
        ("suez", "Établissement maritime d'Ismaïlia-Suez", "EMIS"),
        ("suez", "EMIS", "Établissement maritime d'Ismaïlia-Suez"),
    ],
)
def test_the_notes_other_name_is_accepted(
    decks: dict[str, tuple[str, ...]], deck: str, expected: str, given: str
) -> None:
    result = grade(expected, given, others=decks[deck])
    assert result.correct, result.reason


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        ("suez", "Cutty Sark", "Scott & Linton"),  # its builders, not another name
        ("suez", "Lake Timsah", "Port Said"),  # another place of the deck
        ("suez", "Lake Timsah", "Ismailia"),
        ("volcanoes", "Etna", "Stromboli"),
        ("suez", "Ariel", "neck and neck"),  # the quote goes on: no name
        ("volcanoes", "INGV", "Osservatorio Vesuviano"),
        ("volcanoes", "Etna", "Sicilian"),  # the bracket says the language, not a name
    ],
)
def test_another_thing_of_the_deck_is_still_refused(
    decks: dict[str, tuple[str, ...]], deck: str, expected: str, given: str
) -> None:
    assert not grade(expected, given, others=decks[deck]).correct

"""A line of the notes with lines indented under it is asked about as a line of its own (session
20, issue 14): the importer keeps "Hooke published Micrographia in 1665 …" as the group of its
sub-bullets, so no question asked what it says, and a small handout fell short of a quiz of 60.
Labels over lists ("Reasons the society grew:", "Instruments of the period", "What Newton added")
are still no lines to ask. Notes written for these tests (early science, the Hanseatic League)."""

from __future__ import annotations

from bot.questions import QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

SCIENCE = """# The Royal Society and early science

## Founding
- The Royal Society received its royal charter from Charles II in 1662
  - motto "Nullius in verba" = take nobody's word for it
  - met at Gresham College in London
- Reasons the society grew:
  - cheap printing spread its journal
  - wealthy patrons paid for experiments
- Robert Hooke became curator of experiments and showed one each week
  - paid a salary, unlike the fellows

## Discoveries
- Hooke published Micrographia in 1665 with drawings of cells in cork
  - the word "cell" came from the monks' rooms it reminded him of
  - drawn through a compound microscope
- Instruments of the period
  - the air pump built for Robert Boyle
  - the reflecting telescope
- What Newton added
  - laws of motion in the Principia, 1687
  - a theory of colour from prisms
"""

HANSA = """HANSEATIC LEAGUE

TRADE
  - Lubeck led the league of trading towns from its founding in 1356
      - its law was copied by over 100 towns
      - the Diet met there
  - Kontors were trading posts abroad
      - the Steelyard in London, closed by Elizabeth I in 1598
      - Bryggen in Bergen

DECLINE
  - The Dutch and English took the Baltic trade in the 1500s
  - The last Diet met in 1669
"""


def _deck(text: str, name: str, fmt: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t")


def _sources(deck: Deck) -> set[str]:
    return {q.source_fact for q in questioning.every_question(deck, range(3), *QuestionKind)}


def test_a_line_with_lines_under_it_is_asked_about() -> None:
    sources = _sources(_deck(SCIENCE, "science.md", "markdown"))

    assert "Hooke published Micrographia in 1665 with drawings of cells in cork" in sources


def test_its_blank_is_on_what_it_says() -> None:
    deck = _deck(SCIENCE, "science.md", "markdown")
    asked = [
        q
        for q in questioning.every_question(deck, range(3), QuestionKind.CLOZE, QuestionKind.CHOICE)
        if q.source_fact.startswith("Hooke published Micrographia")
    ]

    assert asked
    assert {q.answers[0] for q in asked} & {"Micrographia", "1665", "cork"}


def test_an_outline_line_with_lines_under_it_is_asked_about() -> None:
    sources = _sources(_deck(HANSA, "hansa.txt", "outline"))

    assert "Lubeck led the league of trading towns from its founding in 1356" in sources


def test_labels_over_lists_are_not_asked_as_lines() -> None:
    sources = _sources(_deck(SCIENCE, "science.md", "markdown"))

    assert not {"Reasons the society grew", "Instruments of the period", "What Newton added"} & {
        source.rstrip(":") for source in sources
    }
    assert not any(
        source.startswith("Kontors were") for source in _sources(_deck(HANSA, "h.txt", "outline"))
    )


def test_a_head_line_is_asked_once_in_a_quiz() -> None:
    deck = _deck(SCIENCE, "science.md", "markdown")
    for seed in range(3):
        batch = QuestionGenerator(deck, seed=seed).generate(60)
        lines = [q.source_fact for q in batch if q.source_fact.startswith("Hooke published")]
        assert len(lines) <= 1

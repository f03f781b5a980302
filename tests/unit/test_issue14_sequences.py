"""Put-in-order questions from sequences the notes give (issue 14, round-12 blind review: a dated
history "learn in order", cave → arch → stack → stump and five dune stages gave no ordering item).
Tested on notes written here, in other subjects and formats (history in Markdown, biology and
physics outlines), never on the reviewed decks."""

from __future__ import annotations

import re
from pathlib import Path

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.model import Deck
from knowledge.text import fold
from tests.unit import questioning

PRINTING = """# The printing revolution

## Books before print
- Monks copied books by hand in monasteries.
- A single Bible could take a scribe three years to copy.

## Development of printing (learn in order)
1. 1040: Bi Sheng made movable type from baked clay in China.
2. 1377: the Jikji was printed in Korea with movable metal type.
3. 1450: Johannes Gutenberg built a printing press with metal type in Mainz.
4. 1476: William Caxton set up the first printing press in England.
5. 1814: The Times was printed on a steam-powered press.
- Remember: each step made books cheaper and quicker to produce.
"""

MITOSIS = """CELL BIOLOGY NOTES

1. CELL DIVISION
  - Body cells divide by mitosis to grow and repair tissue.
  - Each daughter cell is genetically identical to the parent cell.

2. THE CELL CYCLE SEQUENCE
  - The cell grows and copies its DNA and organelles.
  - The chromosomes line up across the middle of the cell.
  - Spindle fibres pull the chromatids to opposite ends of the cell.
  - The cytoplasm and cell membrane divide to form two cells.
"""

STARS = """## Life cycle of a star like the Sun
- **Nebula**: a cloud of dust and gas pulled together by gravity.
- **Protostar**: the gas heats up as it is squashed by gravity.
- **Main sequence star**: fusion of hydrogen releases energy; the star is stable for billions of years.
- **Red giant**: the star swells as the hydrogen in its core runs out.
- **White dwarf**: the hot, dense core left behind.
"""

UNORDERED = """## History of the railways
- 1830: the Liverpool and Manchester Railway opened.
- 1825: the Stockton and Darlington Railway opened.
- 1863: the first underground line opened in London.
- Railways let fresh food reach city markets.

## Steam engines
- Water is heated to make steam.
- The steam pushes a piston.
- The piston turns the wheels.
"""


def _deck(tmp_path: Path, name: str, text: str) -> Deck:
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    return questioning.imported_notes(notes)


def _orderings(deck: Deck) -> list[Question]:
    """The orderings of a sequence the notes give (not of dates found across the deck)."""
    asked = questioning.every_question(deck, range(4), QuestionKind.CHRONOLOGY)
    return [q for q in asked if ": Put these in order" in q.prompt]


def _in_notes_order(deck: Deck, q: Question) -> bool:
    lines = [fold(f.text) for t in deck.topics for f in t.facts]
    places = [next(i for i, line in enumerate(lines) if fold(a) in line) for a in q.answers]
    return places == sorted(places)


def test_a_dated_sequence_learnt_in_order_is_asked_earliest_first(tmp_path: Path) -> None:
    deck = _deck(tmp_path, "printing.md", PRINTING)
    asked = _orderings(deck)
    assert asked, "the dated 'learn in order' list gives an ordering question"
    for q in asked:
        assert q.prompt == "Development of printing: Put these in order, earliest first."
        assert 3 <= len(q.options) <= 4
        assert sorted(q.options) == sorted(q.answers)
        assert [q.options[i] for i in q.correct] == list(q.answers)
        assert _in_notes_order(deck, q)
        for option in q.options:
            assert not re.search(r"\d", option), option  # the dates would give the order away
            assert "Remember" not in option and "cheaper" not in option


def test_an_ordering_shows_a_step_s_first_clause_without_its_brackets(tmp_path: Path) -> None:
    deck = _deck(tmp_path, "printing.md", PRINTING)
    options = {o for q in _orderings(deck) for o in q.options}
    assert "Bi Sheng made movable type from baked clay in China" in options or (
        "Johannes Gutenberg built a printing press with metal type in Mainz" in options
    )
    # A step whose wording says where it falls ("the first …") would give it away: not shown.
    assert not any("first" in o.lower() for o in options)


def test_a_process_sequence_section_is_asked_first_to_last(tmp_path: Path) -> None:
    deck = _deck(tmp_path, "cells.txt", MITOSIS)
    asked = _orderings(deck)
    assert asked
    for q in asked:
        assert q.prompt.endswith("Put these in order, first to last.")
        assert "Cell cycle sequence" in q.prompt or "CELL CYCLE SEQUENCE" in q.prompt.upper()
        assert _in_notes_order(deck, q)
        assert not any("mitosis" in o for o in q.options)  # the section above is no step


def test_named_stages_are_shown_by_name(tmp_path: Path) -> None:
    deck = _deck(tmp_path, "stars.md", STARS)
    asked = _orderings(deck)
    assert asked
    names = {"Nebula", "Protostar", "Main sequence star", "Red giant", "White dwarf"}
    for q in asked:
        assert set(q.options) <= names
        assert _in_notes_order(deck, q)


def test_no_ordering_when_the_notes_do_not_give_one(tmp_path: Path) -> None:
    deck = _deck(tmp_path, "rail.md", UNORDERED)
    # "History of …" whose dates do not rise, and a section that never says it is in order.
    assert _orderings(deck) == []


def test_quiz_sample_kinds_chronology_gives_the_sequence(tmp_path: Path) -> None:
    deck = _deck(tmp_path, "cells.txt", MITOSIS)
    asked = QuestionGenerator(deck, seed=1).generate(5, kinds=[QuestionKind.CHRONOLOGY])
    assert [q.answers for q in asked] and all(len(q.answers) >= 3 for q in asked)

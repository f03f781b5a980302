"""Headings and handout furniture as a student sees them (issue 14, round-12 blind review: stems
reading "Structure OF THE ATOM", options "DEVELOPMENT OF THE MODEL OF THE ATOM (learn in order)",
a trimmed heading starting "the Holderness coast …" in lower case, and an exam tip "Draw annotated
diagrams …" asked true or false). Tested on biology and history notes written for these tests, not
on the review's decks."""

from __future__ import annotations

from bot.questions import Question, QuestionGenerator
from knowledge.headings import short_title
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

BIOLOGY = """GCSE Biology - Cells and Transport
Revision handout (Year 10)

1. CELL STRUCTURE
  Nucleus: contains the genetic material that controls the activities of the cell.
  Mitochondria: the site of aerobic respiration, which releases energy.
  Ribosomes: the site of protein synthesis.
  - Plant cells also have a cell wall made of cellulose, which strengthens the cell.
  - Chloroplasts absorb light for photosynthesis.

2. STAGES OF MITOSIS IN THE CELL CYCLE (learn in order)
  1. The DNA is copied and the number of organelles increases.
  2. The chromosomes line up at the equator of the cell.
  3. The chromatids are pulled to opposite poles by spindle fibres.
  4. The cytoplasm and cell membrane divide to form two identical daughter cells.

3. DIFFUSION AND OSMOSIS
  Diffusion: the net movement of particles from a higher to a lower concentration.
  Osmosis: the diffusion of water across a partially permeable membrane.
  - Oxygen diffuses into the blood in the alveoli of the lungs.
  - Active transport uses energy from respiration to move ions against a concentration gradient.

EXAM TIPS
  Draw labelled diagrams of cells in pencil - they gain easy marks.
  Use the word "net" when you define diffusion.
"""

HISTORY = """# The Industrial Revolution

## Case study: the Manchester cotton mills (Lancashire, 1780-1850)

- Richard Arkwright opened a water-powered mill at Cromford in 1771.
- By 1830 Manchester had over 100 cotton mills.
- Children as young as six worked up to 14 hours a day.

## Reforms

- The Factory Act of 1833 banned children under nine from working in textile mills.
- The Ten Hours Act of 1847 limited the working day of women and children.
"""


def _deck(text: str, name: str, fmt: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t.yaml")


def _asked(deck: Deck, seeds: range = range(4)) -> list[Question]:
    found: dict[tuple[str, str, tuple[str, ...]], Question] = {}
    for seed in seeds:
        for q in QuestionGenerator(deck, seed=seed).all_candidates():
            found.setdefault((q.id, q.prompt, q.options), q)
    return list(found.values())


def _shown(questions: list[Question]) -> str:
    return "\n".join(" | ".join((q.prompt, *q.options, *q.answers)) for q in questions)


def test_shouted_headings_read_in_sentence_case_whatever_brackets_follow_one() -> None:
    deck = _deck(BIOLOGY, "cells.txt", "outline")
    titles = [topic.title for topic in deck.topics]
    assert "Cell structure" in titles
    assert "Stages of mitosis in the cell cycle" in titles
    shown = _shown(_asked(deck))
    assert "OF THE" not in shown and "IN THE" not in shown
    assert "Cell STRUCTURE" not in shown


def test_a_study_instruction_in_a_headings_bracket_is_no_part_of_its_title() -> None:
    deck = _deck(BIOLOGY, "cells.txt", "outline")
    assert not any("learn in order" in topic.title for topic in deck.topics)
    assert "learn in order" not in _shown(_asked(deck))


def test_a_trimmed_case_study_heading_starts_with_a_capital() -> None:
    deck = _deck(HISTORY, "industry.md", "markdown")
    (case,) = [t for t in deck.topics if "Manchester" in t.title]
    assert short_title(case.title) == "The Manchester cotton mills"
    stems = [q.prompt for q in _asked(deck) if q.topic_id == case.id]
    assert stems
    assert not any(stem.startswith("the Manchester") for stem in stems)


def test_an_exam_tip_put_as_an_instruction_is_not_quizzed() -> None:
    shown = _shown(_asked(_deck(BIOLOGY, "cells.txt", "outline")))
    assert "diagrams" not in shown
    assert "pencil" not in shown
    assert "the word" not in shown

"""Blanks on the notes' furniture (issue 14, round-13 blind review class 3,
docs/quiz-review/13-findings.md): the lead-in label as the answer ("_____: effects on populations
…" → "Concerns about GM crops"), an abbreviation in brackets ("before implantation (_____)" →
IVF), a number naming a thing or a part of the course ("Order No. _____" → 1, "Unit _____" → 2
from the handout's subtitle). Checked on the reviewed decks and on notes written for these tests
in other subjects (tests/data/dev13).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import Question
from bot.questions._handout import is_handout_line
from knowledge.model import Deck
from tests.unit import questioning

ROOT = Path(__file__).parents[2]
REVIEW = ROOT / "docs" / "quiz-review"
DEV = ROOT / "tests" / "data" / "dev13"
SEEDS = range(4)
BLANK = "_____"


def deck_of(path: Path) -> Deck:
    return questioning.imported_notes(path)


@pytest.fixture(scope="module")
def biology() -> Deck:
    return deck_of(REVIEW / "13-deckA.notes.txt")


@pytest.fixture(scope="module")
def russia() -> Deck:
    return deck_of(REVIEW / "13-deckB.notes.md")


def every(deck: Deck) -> list[Question]:
    return questioning.every_question(deck, SEEDS)


def answers(deck: Deck) -> set[str]:
    return {q.answers[0] for q in every(deck) if q.answers}


def test_a_lists_lead_in_label_is_no_answer(biology: Deck) -> None:
    """A31: "_____: effects on populations of wild flowers …" → Concerns about GM crops, and the
    same label asked as a key term ("Which term means: effects on populations …?")."""
    assert "Concerns about GM crops" not in answers(biology)
    assert "Concerns about GM crops" not in {term.term for term in biology.terms}
    energy = deck_of(DEV / "energy.notes.txt")
    assert "Problems with wind turbines" not in answers(energy)
    chemistry = deck_of(DEV / "periodic.notes.md")
    assert "Uses of transition metals" not in answers(chemistry)


def test_an_abbreviation_in_brackets_is_not_blanked(biology: Deck) -> None:
    """A42: "… before implantation (_____) or during pregnancy." → IVF ("C (_____)" →
    cytosine spells the letter out, and is asked)."""
    chemistry = deck_of(DEV / "periodic.notes.md")
    spelt_out = 0
    for deck in (biology, chemistry):
        for question in every(deck):
            if f"({BLANK})" in question.prompt:
                assert not question.answers[0].isupper(), question.prompt
                spelt_out += 1
    assert spelt_out, "a bracket spelling out a letter is still asked"


def test_the_number_of_a_numbered_name_is_not_blanked(russia: Deck) -> None:
    """B8: "Order No. _____: a Soviet decree …" → 1."""
    for question in every(russia):
        assert f"No. {BLANK}" not in question.prompt, question.prompt


def test_the_handouts_subtitle_is_not_asked(russia: Deck) -> None:
    """B53: "… Revision handout – Unit _____." → 2, from the line under the title."""
    assert is_handout_line("Revision handout – Unit 2 (depth study).")
    assert is_handout_line("Paper 1 (Section A) – revision notes")
    assert not is_handout_line("The Duma (parliament) was set up after the 1905 revolution.")
    chemistry = deck_of(DEV / "periodic.notes.md")
    for deck in (russia, chemistry):
        for question in every(deck):
            assert f"Unit {BLANK}" not in question.prompt, question.prompt
            assert "handout" not in question.prompt.casefold(), question.prompt

"""Issue 14, question yield and stem cleanup: what a thin or formula-heavy deck gives, what is
never asked (the handout's own title and instructions) and how stems read. Tested on notes
written for these tests (`tests/data/yield/`: GCSE physics in Markdown, A-level economics as an
outline) and small decks in other subjects, never on the review decks."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import Question
from bot.questions._handout import is_handout_line
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

SEEDS = range(4)
NOTES = Path(__file__).parents[1] / "data" / "yield"


def deck_of(name: str) -> Deck:
    path = NOTES / name
    fmt = "markdown" if path.suffix == ".md" else "outline"
    mapping = import_text(path.read_text(encoding="utf-8"), source_name=name, format=fmt)
    return parse_deck(dump_deck(mapping), path.stem + ".yaml")


def notes(text: str, fmt: str = "markdown") -> Deck:
    mapping = import_text(text, source_name="notes", format=fmt)
    return parse_deck(dump_deck(mapping), "notes.yaml")


@pytest.fixture(scope="module")
def physics() -> Deck:
    return deck_of("physics_waves.md")


@pytest.fixture(scope="module")
def economics() -> Deck:
    return deck_of("economics_markets.txt")


def asked(deck: Deck) -> list[Question]:
    return questioning.every_question(deck, SEEDS)


# --- The handout's own title, course codes and instructions are never asked ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "Revision notes – Year 10 (Edexcel Topics 4 and 5).",
        "Learn the bold words and their meanings.",
        "Revision guide (Paper 1, Section B). Make sure you know the definitions and the diagrams.",
        "Unit 3: Forces",
        "GCSE Biology Paper 2 – Higher tier",
        "Use these notes with chapter 4 of the textbook.",
    ],
)
def test_handout_lines_are_recognised(line: str) -> None:
    assert is_handout_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Higher temperatures increase the rate of reaction.",
        "Section 28 was introduced in 1988.",
        "In Year 1 of the Five-Year Plan, steel output rose.",
        "Learn to recognise the symptoms of measles early.",
        "Read receipts were introduced by Apple.",
        "The 1944 Education Act introduced the 11-plus exam.",
    ],
)
def test_subject_lines_are_not_handout_lines(line: str) -> None:
    assert not is_handout_line(line)


def test_no_question_asks_about_the_handout(physics: Deck, economics: Deck) -> None:
    """Before: "Revision notes – Year _____ (AQA Topics 2 and 3)" → 11 and "Learn the bold terms
    and their _____" → definitions were asked. Now the preamble stays in the deck (for /explain)
    but no question of any kind shows it."""
    for deck, preamble in (
        (physics, ("Year 10", "Learn the bold words")),
        (economics, ("Paper 1", "Make sure you know")),
    ):
        lines = [fact.text for topic in deck.topics for fact in topic.facts]
        assert any(preamble[0] in line for line in lines)  # kept in the deck
        for q in asked(deck):
            shown = " ".join((q.prompt, *q.options, q.source_fact or ""))
            assert not any(words in shown for words in preamble), q.prompt

"""The notes and question helpers both round-19 test modules read (issue 14): the round's own
decks, the two decks written for its tests, and every candidate question generated from each,
built once per deck for the whole test run."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.questions import Question, QuestionGenerator, QuestionKind
from tests.unit.questioning import imported_notes

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "round19"
SOCIOLOGY = DATA / "education_sociology.notes.txt"
FOOD = DATA / "food_preservation.notes.md"
REVIEW_A = ROOT / "docs" / "quiz-review" / "19-deckA.notes.txt"
REVIEW_B = ROOT / "docs" / "quiz-review" / "19-deckB.notes.md"
_BLANKED = (QuestionKind.CLOZE, QuestionKind.CHOICE)


@cache
def all_questions(path: Path) -> tuple[Question, ...]:
    """Every candidate question of the notes at `path` (seed 1)."""
    return tuple(QuestionGenerator(imported_notes(path), seed=1).all_candidates())


def shown(question: Question) -> str:
    """All a student sees of a question: its prompt, options and accepted answers."""
    return " ".join((question.prompt, *question.options, *question.answers))


def blanked(path: Path, stem: str) -> list[str]:
    """The prompts of the blanked questions (cloze, choice) whose prompt holds `stem`."""
    return [q.prompt for q in all_questions(path) if q.kind in _BLANKED and stem in q.prompt]


def keys(path: Path) -> set[str]:
    """The answers of every question but a matching (whose answers may be its lists' names)."""
    return {
        answer.casefold()
        for q in all_questions(path)
        if q.kind is not QuestionKind.MATCHING
        for answer in q.answers
    }

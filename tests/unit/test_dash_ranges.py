"""A range written with a dash is a range: round 11's blind review found "rate rises up to about
_____-35 degrees C" (key 25) and "about _____–40,000 rebels" (key 30,000) asked, although the
other end and the direction leave a handful of values. A from…to or between…and range was already
left unblanked; now a dashed one is too, while a hyphenated word or a dash between clauses is not
taken for one."""

from __future__ import annotations

import pytest

from bot.questions import QuestionKind
from bot.questions._worked_out import worked_out
from knowledge.model import Deck, Fact, Topic
from tests.unit import questioning


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("Temperature: rate rises up to about _____-35 degrees C, then falls", "25"),
        ("The Pilgrimage of Grace drew about _____–40,000 rebels", "30,000"),
        ("The Pilgrimage of Grace drew about 30,000–_____ rebels", "40,000"),
        ("Optimum pH is _____ – 8 for most enzymes", "7"),
    ],
)
def test_either_end_of_a_dashed_range_is_not_blanked(prompt: str, answer: str) -> None:
    assert worked_out(prompt, answer) == "the blank is one end of a range"


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("Stalin's first _____-year plan began in 1928", "five"),
        ("Henry died in 1547 - aged _____", "55"),
        ("The war ended in _____ after the armistice", "1918"),
    ],
)
def test_a_hyphen_or_a_dash_between_clauses_is_no_range(prompt: str, answer: str) -> None:
    assert worked_out(prompt, answer) is None


def test_a_quiz_on_such_a_line_asks_its_other_numbers() -> None:
    deck = Deck(
        id="enzymes",
        title="Enzymes",
        topics=(
            Topic(
                id="rate",
                title="Rate of reaction",
                facts=(
                    Fact("The rate rises up to about 25-35 degrees C and stops above 45 degrees C"),
                ),
            ),
        ),
    )
    questions = questioning.every_question(deck, range(4), QuestionKind.CLOZE, QuestionKind.CHOICE)
    answers = {q.answers[0] for q in questions}
    assert "25" not in answers and "35" not in answers

"""A quiz short of the questions asked is drawn again in other orders (issue 14, yield: a
shortfall counts as unsound questions in the blind review). One draw is greedy, one question per
line, and which questions it reaches depends on the order it meets them in: the digestion notes
(tests/data/review, never used to tune a rule) gave 23 questions of 60 with seed 1 where another
order of the same pool gives 25."""

from __future__ import annotations

from pathlib import Path

from bot.questions import QuestionGenerator
from tests.unit.questioning import imported_notes

NOTES = Path(__file__).parent.parent / "data" / "review" / "s10-quizB-digestion_biology.notes.txt"


def test_a_short_quiz_takes_the_longest_of_a_few_draws() -> None:
    generator = QuestionGenerator(imported_notes(NOTES), seed=1)

    quiz = generator.generate(60)

    # 25 while three of them were "Which topic?" questions, now drawn only when asked for
    assert len(quiz) >= 22
    # Still one question per id and no stem twice: the draw's rules hold for every order.
    assert len({q.id for q in quiz}) == len(quiz)
    assert len({q.prompt for q in quiz}) == len(quiz)
    # The same deck and seed give the same quiz, and `distinct_count` counts what it gives.
    assert [q.id for q in QuestionGenerator(imported_notes(NOTES), seed=1).generate(60)] == [
        q.id for q in quiz
    ]
    assert generator.distinct_count() >= len(quiz)


def test_a_quiz_the_deck_can_fill_is_drawn_once() -> None:
    generator = QuestionGenerator(imported_notes(NOTES), seed=1)
    first = [q.id for q in generator.generate(10)]

    assert len(first) == 10
    assert first == [q.id for q in generator.generate(10)]

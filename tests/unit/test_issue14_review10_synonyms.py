"""Round-10 review, grading: a synonym the notes give for a key term ("Selective breeding
(artificial selection)") and the expansion of an acronym they define ("IVF (in vitro
fertilisation)") are right when typed for the term, and the other way round; and `grade()` with
the deck's entities says what the quiz's grader says. Decks in tests/data/quiz_kinds, written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.grading import Grader, grade
from bot.questions import Question, QuestionGenerator
from knowledge.text import fold
from tests.unit import questioning

DATA = Path(__file__).parents[1] / "data" / "quiz_kinds"


def _typed(name: str, answer: str) -> tuple[QuestionGenerator, list[Question]]:
    """The typed questions of a deck whose answer (as shown after a miss) is `answer`."""
    generator = QuestionGenerator(questioning.imported_notes(DATA / name), seed=0)
    found = [
        q for q in generator.all_candidates() if q.typed and fold(q.answers[0]) == fold(answer)
    ]
    assert found, answer
    return generator, found


@pytest.mark.parametrize(
    ("name", "answer", "typed"),
    [
        ("inheritance.txt", "Selective breeding", "artificial selection"),
        ("inheritance.txt", "IVF", "in vitro fertilisation"),
        ("memory.txt", "Cognitive interview", "CI"),
        ("memory.txt", "CI", "cognitive interview"),
    ],
)
def test_another_name_the_notes_give_is_accepted_by_the_quiz_and_by_grade(
    name: str, answer: str, typed: str
) -> None:
    generator, questions = _typed(name, answer)
    entities = generator.entities()
    quiz_grader = Grader(entities)
    for q in questions:
        for given in (typed, typed.upper(), answer):
            ours = quiz_grader.grade(list(q.answers), given)
            theirs = grade(q.answers, given, others=entities)
            assert ours.correct, (q.prompt, given, ours.reason)
            assert (ours.correct, ours.reason) == (theirs.correct, theirs.reason)


def test_a_bracket_that_is_no_other_name_is_not_accepted() -> None:
    """ "Gamete: a sex cell (sperm or egg)": an example, not a name of the sex cell; and another
    key term of the deck ("Natural selection") is never right for "Selective breeding"."""
    generator, questions = _typed("inheritance.txt", "Selective breeding")
    entities = generator.entities()
    for q in questions:
        for given in ("natural selection", "genetic engineering", "selection"):
            assert not grade(q.answers, given, others=entities).correct, given
    for q in generator.all_candidates():
        if q.typed:
            assert not {"sperm or egg", "sperm", "egg"} & {fold(a) for a in q.answers[1:]}, q

"""Quizzes on prose notes: a sentence opening with "he", "she" or "it" is asked with its subject
restored (issue 14, session 13).

`studybot quiz sample --n 60 --seed 1` on a teacher's wrapped essay-style notes gave about 27
questions: every sentence leaning on the one before ("He fought in the trenches", "It was
cancelled in 1940") was skipped, as nobody can answer "_____ fought in the trenches" on its own.
Where `knowledge.antecedents` finds clearly whom or what the pronoun stands for, the sentence is
asked as "Richard died in 1810 …", and the blank is never the name the notes did not write there.

The decks (a scientist's life, a history narrative, a novel's plot) are written for these tests in
tests/data/prose/ and imported the way an upload is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import QuestionGenerator, QuestionKind
from knowledge.text import words
from tests.unit.questioning import imported_notes

PROSE = Path(__file__).resolve().parents[1] / "data" / "prose"
# the kinds asked on one line, which a restored line is asked as
ONE_LINE = (
    QuestionKind.CLOZE,
    QuestionKind.CHOICE,
    QuestionKind.TRUE_FALSE,
    QuestionKind.WHICH_TOPIC,
)


@pytest.mark.parametrize(
    ("deck", "line"),
    [
        ("anning.txt", "Richard died in 1810 and left the family in debt."),
        ("suez.txt", "In 1875 Ismail Pasha sold Egypt's shares in the company to Britain"),
        ("suez.txt", "The canal was about 164 kilometres long"),
        ("eyre.txt", "Rochester's wife Bertha Mason is kept locked in the attic."),
        ("eyre.txt", "Mr Rochester is moody and sarcastic"),
    ],
)
def test_the_quiz_asks_a_pronoun_led_sentence_with_its_subject_restored(
    deck: str, line: str
) -> None:
    questions = QuestionGenerator(imported_notes(PROSE / deck), seed=1).all_candidates()
    asked = [q for q in questions if line in q.source_fact]
    assert asked, f"nothing asked on {line!r}"


@pytest.mark.parametrize("deck", ["anning.txt", "suez.txt", "eyre.txt"])
def test_no_question_asks_the_restored_name_or_shows_a_lost_pronoun(deck: str) -> None:
    notes = imported_notes(PROSE / deck)
    lines = {
        tuple(words(fact.text)[-4:]): fact.text for topic in notes.topics for fact in topic.facts
    }
    restored_lines = 0
    for question in QuestionGenerator(notes, seed=1).all_candidates(kinds=ONE_LINE):
        original = lines[tuple(words(question.source_fact)[-4:])]
        if original == question.source_fact:
            continue  # a line of the notes as written
        restored_lines += 1
        # the blank is never the name the notes did not write there
        added = set(words(question.source_fact)) - set(words(original))
        for answer in question.answers:
            assert not set(words(answer)) & added, (question.prompt, answer)
        assert not question.prompt.split(": ", 1)[-1].startswith(("He ", "She ", "It "))
    assert restored_lines


def test_a_restored_line_still_leaning_on_the_sentence_before_is_not_asked() -> None:
    notes = imported_notes(PROSE / "suez.txt")
    asked = {q.source_fact for q in QuestionGenerator(notes, seed=1).all_candidates()}
    # "He used it to …": Disraeli is restored, but "it" is the purchase of the line above
    assert not any(source.startswith("Benjamin Disraeli used it") for source in asked)
    assert any(source.startswith("In 1875 Ismail Pasha sold") for source in asked)

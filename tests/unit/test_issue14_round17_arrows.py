"""A notes arrow is said in words where a question shows it (issue 14, round 17 class 1).

Round 17 failed eleven questions on the notes' "->" left in a stem or option as "→" ("Iron core →
becomes an _____", "Which term means: “fewer turns … → decreases the p.d.”?"), and in "which is
listed under" questions the key was often the only option with an arrow. These notes (biology,
homeostasis, written for the test) cause and effect with "->" on most lines; a Markdown version
holds the typographic arrow itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import Question, QuestionGenerator
from bot.questions._arrow_sentences import arrows_said
from tests.unit.questioning import imported_notes

NOTES = Path(__file__).resolve().parents[1] / "data" / "round17" / "homeostasis.notes.txt"
ARROWS = ("→", "->", "⇒", "=>")


def _shown(question: Question) -> list[str]:
    return [question.prompt, *question.options, *(question.answers if question.options else ())]


def _questions(path: Path) -> list[Question]:
    return QuestionGenerator(imported_notes(path), seed=1).all_candidates()


@pytest.mark.parametrize("markdown", [False, True])
def test_no_stem_or_option_shows_a_notes_arrow(tmp_path: Path, markdown: bool) -> None:
    path = NOTES
    if markdown:
        path = tmp_path / "homeostasis.notes.md"
        text = NOTES.read_text(encoding="utf-8").replace("->", "→")
        path.write_text(text, encoding="utf-8")
    questions = _questions(path)
    on_arrow_lines = [q for q in questions if any(a in q.source_fact for a in ARROWS)]
    assert len(on_arrow_lines) >= 5, "the arrow lines are still asked"
    shown = [text for q in questions for text in _shown(q) if any(a in text for a in ARROWS)]
    assert not shown


def test_an_arrow_is_read_as_a_verb_or_as_what_follows() -> None:
    assert arrows_said("Glucagon → converts glycogen back into glucose") == (
        "Glucagon converts glycogen back into glucose"
    )
    assert arrows_said("Bright light → pupil gets smaller") == "Bright light, so pupil gets smaller"
    assert arrows_said("Insulin → makes liver cells take up _____") == (
        "Insulin makes liver cells take up _____"
    )
    assert arrows_said("no arrow here") == "no arrow here"
    assert arrows_said("AC → waves that cross zero; DC → bumps that stay above zero") == (
        "AC, giving waves that cross zero; DC, giving bumps that stay above zero"
    )
    assert arrows_said("mass protest → pardoned in 1836") == "mass protest, so pardoned in 1836"
    assert arrows_said("Stimulus → receptor → _____ → effector") == (
        "Stimulus, then receptor, then _____, then effector"
    )

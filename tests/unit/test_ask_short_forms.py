"""/ask: "avg", "eq", "eqn" in the notes are "average" and "equation" (issue 13, heldout14 class 1).

Students' notes clip the words a question writes in full: "avg speed = distance / time", "symbol eq
for combustion: …". Read as the words they stand for (as "govt", "approx" already are), they answer
"how do you work out average speed?" and "what is the symbol equation for …?". The deck is written
here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._shorthand import spelt_in_full
from tests.unit.asking import imported, lead_of

MOTION = """# Motion and fuels

## Speed
- avg speed = total distance / total time
- a car's top speed is reached when driving force equals friction

## Burning fuels
- symbol eqn for burning methane: CH4 + 2O2 -> CO2 + 2H2O
- incomplete combustion makes carbon monoxide
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how do you work out average speed", "total distance / total time"),
        ("whats the symbol equation for burning methane", "CH4 + 2O2"),
    ],
)
def test_a_clipped_word_of_the_notes_answers_the_word_in_full(question: str, lead: str) -> None:
    deck, index = imported(MOTION, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_the_short_forms_read_in_full() -> None:
    assert spelt_in_full("avg speed") == "average"
    assert spelt_in_full("word eq for it") == "equation"
    assert spelt_in_full("EQ test") == ""  # in capitals: a name, not the short form

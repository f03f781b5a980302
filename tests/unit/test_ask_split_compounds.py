"""/ask: one word of the question that the notes write as two (issue 13, session 15 class b).

Notes write "sea walls", "rock armour", "long shore drift"; students type "seawalls". No word of the
notes is "seawall", so the question looked as if the notes lacked it and was refused. A question
word the notes never use, that the notes write as a pair of words side by side, now finds that
pair (the other way round, "flood plain" for "floodplain", is test_ask_compounds.py). The deck is
written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

COASTS = """# Coastal management

## Hard engineering
- sea walls reflect wave energy back out to sea but are expensive
- groynes trap sediment moved along the beach by longshore drift
- rock armour absorbs the energy of the waves

## Soft engineering
- beach nourishment adds sand to make the beach wider
- the sea level is rising, so managed retreat lets some land flood
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what do seawalls do", "sea walls reflect wave energy"),
        ("how do seawalls work", "sea walls reflect wave energy"),
    ],
)
def test_one_word_finds_the_notes_pair(question: str, lead: str) -> None:
    deck, index = imported(COASTS, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize("question", ["what is a seabird", "what do sandwalls do"])
def test_halves_the_notes_never_write_together_stay_unanswered(question: str) -> None:
    # "sea" and "bird", "sand" and "walls" are words of the notes, but never side by side
    deck, index = imported(COASTS, "markdown", "notes.md")
    assert answer_question(deck, index, question).status == "none"

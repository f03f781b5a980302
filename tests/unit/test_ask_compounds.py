"""/ask: two words of the question that the notes write as one (issue 13, heldout14 class 1).

Notes write "floodplain", "watershed", "metadata"; students type "flood plain", "water shed", "meta
data". Neither half is the notes' word ("plain" and "shed" are other words), so the question looked
as if the notes lacked it. Two adjacent words of the question that together make a word of the notes
are each met by it. The deck is written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

RIVERS = """# Drainage basins

## Parts of a basin
- the watershed is the high land separating two drainage basins
- a tributary is a smaller river joining a larger one
- the floodplain is the flat land either side of a river that floods

## Flooding
- urban areas have more impermeable surfaces
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is a water shed", "high land separating two drainage basins"),
        ("what is a flood plain", "flat land either side of a river"),
    ],
)
def test_two_words_find_the_notes_compound(question: str, lead: str) -> None:
    deck, index = imported(RIVERS, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_compound_the_notes_lack_stays_unanswered() -> None:
    deck, index = imported(RIVERS, "markdown", "notes.md")
    assert answer_question(deck, index, "what is a rain forest").status == "none"

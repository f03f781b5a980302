"""/ask: a yes/no question is answered by the line that says what it asks (issue 13, heldout14
class 3).

"does the pulse rise in exercise?" asks whether the notes say "pulse rises in exercise"; that line
says nothing beyond the question's own words, and a line saying only what the question says is no
answer to "what does X do?". For a yes/no question it is the answer. The decks are written here and
imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

WIRES = """# Electricity

## Resistance
- filament lamp: resistance goes up as it heats
- thermistor: resistance falls as temperature rises
- LDR: resistance falls in bright light

## Circuits
- in series the current is the same everywhere
"""

RIVERS = """# Rivers

## Flooding
- urban areas flood more, concrete is impermeable
- deforestation increases surface runoff

## Long profile
- the gradient gets gentler downstream
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (WIRES, "does the resistance of a filament lamp go up as it heats", "filament lamp"),
        (RIVERS, "does deforestation increase surface runoff", "deforestation increases"),
    ],
)
def test_a_yes_no_question_is_answered_by_the_line_saying_it(
    notes: str, question: str, lead: str
) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_yes_no_question_the_notes_do_not_cover_stays_unanswered() -> None:
    deck, index = imported(RIVERS, "markdown", "notes.md")
    assert answer_question(deck, index, "does a dam reduce flooding").status == "none"

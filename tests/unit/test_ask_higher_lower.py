"""/ask: "increase" and "higher", "decrease" and "lower" (issue 13, heldout14 class 2).

Notes label an effect by the comparative ("Effect of higher temperature: …", "lower pressure →
…"); a student asks by the verb ("what happens if you increase the temperature?"). The comparative
joins the verbs' synonym groups ("increase rise raise boost", "decrease reduce decline drop"), at
a synonym's trust. The decks are written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

RATES = """# Rates of reaction

## Factors
- Effect of higher temperature: particles move faster and collide more often
- Effect of lower concentration: fewer particles in the same volume, fewer collisions
- a catalyst gives a route with a lower activation energy

## Measuring
- measure the volume of gas given off every 10 seconds
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what happens if you increase the temperature", "collide more often"),
        ("what happens when you decrease the concentration", "fewer collisions"),
    ],
)
def test_a_verb_of_change_finds_the_comparative(question: str, lead: str) -> None:
    deck, index = imported(RATES, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_change_the_notes_do_not_cover_stays_unanswered() -> None:
    deck, index = imported(RATES, "markdown", "notes.md")
    assert (
        answer_question(deck, index, "what happens if you increase the pressure").status == "none"
    )

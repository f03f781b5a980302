"""A span of time given by its two years answers "how long" (issue 13; heldout22's Viking notes):
"His son Cnut ruled England from 1016 to 1035" held two years and no length, so "how long was
Cnut king of England?" was "not in these notes". Two years joined by "to", "until" or a dash give
how long it lasted. Decks of their own: the Carolingian empire and the history of canals."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

CAROLINGIANS = """# The Carolingian empire

## Rulers
- Charlemagne ruled the Franks from 768 until 814
- Louis the Pious was emperor from 814 to 840
- Aachen was the favourite palace of the court
"""

CANALS = """# British canals

## The canal age
- The Bridgewater Canal was dug from 1759 to 1761 for the Duke's coal
- Canal mania lasted from 1790 until 1797, when dozens of canals were planned
- The navvies lived in camps beside the cut
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_two_years_answer_how_long() -> None:
    assert lead(CAROLINGIANS, "franks.md", "how long was louis the pious emperor") == (
        "Louis the Pious was emperor from 814 to 840"
    )
    assert lead(CANALS, "canals.md", "how long did it take to dig the bridgewater canal") == (
        "The Bridgewater Canal was dug from 1759 to 1761 for the Duke's coal"
    )

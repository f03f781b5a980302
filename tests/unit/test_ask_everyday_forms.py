"""Everyday forms a student types for what terse notes write (issue 13; found on session 23's
own origami notes, so no transfer evidence): "a thousand" for "1000", "died" / "born" for a
timeline's "d. 1955" / "b. 1911". Decks of their own: origami, bookbinding and the history of
vaccination."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

ORIGAMI = """# Origami club

## Cranes
- Sadako Sasaki - girl from Hiroshima, folded >1000 cranes, d. 1955 aged 12
- the legend says fold 1000 cranes (senbazuru) and you are granted a wish
- Akira Yoshizawa (b. 1911) - father of modern origami
"""

BOOKBINDING = """# Bookbinding history

## Binders
- Roger Payne (b. 1738) - the first great English binder, known for his tooled spines
- Cobden-Sanderson founded the Doves Bindery; d. 1922 after throwing the type into the Thames
"""

VACCINATION = """# Vaccination

## Eradication
- Over 100 countries still had smallpox in 1967
- A thousand volunteers joined the ring vaccination teams
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_thousand_is_1000() -> None:
    assert lead(ORIGAMI, "cranes.md", "what happens if you fold a thousand cranes") == (
        "the legend says fold 1000 cranes (senbazuru) and you are granted a wish"
    )
    assert lead(VACCINATION, "eradication.md", "how many countries had smallpox in 1967") == (
        "Over 100 countries still had smallpox in 1967"
    )


def test_a_timeline_d_and_b_are_died_and_born() -> None:
    assert lead(ORIGAMI, "cranes.md", "when did sadako die") == (
        "Sadako Sasaki - girl from Hiroshima, folded >1000 cranes, d. 1955 aged 12"
    )
    assert lead(BOOKBINDING, "binders.md", "when was roger payne born") == (
        "Roger Payne (b. 1738) - the first great English binder, known for his tooled spines"
    )

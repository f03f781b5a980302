"""A cause given as where a thing comes from (issue 13; heldout22's ceramics notes): under
"Terracotta is red earthenware", the point "The orange-red colour comes from iron oxide in the
clay" says why terracotta is red, but held no reason span ("because", "due to", "caused by"), so
the line above it, which only repeats the question, was the answer to "why is terracotta red?".
"Comes from", "came from" and "results from" mark a reason too. Decks of their own: maple syrup
and perfumery."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

MAPLE = """# Maple syrup

## In the sugarbush
- Sap runs in early spring
  - The flow results from freezing nights and thawing days changing the pressure in the tree
- Syrup is dark late in the season
  - The darker colour comes from sugars browning as the sap is boiled longer
"""

PERFUME = """# Perfumery

## Animal notes
- Ambergris
  - Its sweet, earthy smell comes from ambrein oxidising as it floats in seawater
- Civet
  - Once taken from civet cats, now made synthetically
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_where_it_comes_from_answers_why() -> None:
    assert lead(MAPLE, "maple.md", "why is syrup dark late in the season") == (
        "The darker colour comes from sugars browning as the sap is boiled longer"
    )
    assert lead(PERFUME, "perfume.md", "why does ambergris smell sweet") == (
        "Its sweet, earthy smell comes from ambrein oxidising as it floats in seawater"
    )


def test_what_it_results_from_answers_why() -> None:
    assert lead(MAPLE, "maple.md", "why does sap run in spring") == (
        "The flow results from freezing nights and thawing days changing the pressure in the tree"
    )

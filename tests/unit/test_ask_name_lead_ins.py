"""/ask: a lead-in that only names its subject gives way to the lines under it (issue 13,
heldout14 class 2).

Outline notes name a thing on a lead-in line of a few words ("Red blood cell (erythrocyte):") and
say everything about it on the bullets below. Read as a line, the lead-in matches a question about
the thing best, so "what does a red blood cell look like?" was answered with the name itself. For
a question asking about the thing (how, why, what it looks like) the best of its own bullets leads
instead; a lead-in that says something ("Palisade cells – packed with chloroplasts") or a question
asking what the thing is keeps it. The deck is written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

CELLS = """SPECIALISED CELLS

1. ANIMAL CELLS
   Red blood cell (erythrocyte):
   - biconcave disc shape gives a large surface area
   - no nucleus, so more room for haemoglobin
   Sperm cell (male gamete):
   - tail to swim to the egg
   - acrosome in the head holds enzymes to digest the egg membrane

2. PLANT CELLS
   Root hair cell (in roots):
   - long thin extension into the soil
   - many mitochondria release energy for active transport
"""


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        (
            "what does a red blood cell look like",
            {
                "biconcave disc shape gives a large surface area",
                "no nucleus, so more room for haemoglobin",
            },
        ),
        ("how is a sperm cell adapted to swim", {"tail to swim to the egg"}),
    ],
)
def test_a_naming_lead_in_gives_way_to_its_lines(question: str, lines: set[str]) -> None:
    deck, index = imported(CELLS, "outline", "cells.txt")
    assert lead_of(answer_question(deck, index, question)) in lines


def test_a_question_asking_what_it_is_keeps_the_lead_in() -> None:
    deck, index = imported(CELLS, "outline", "cells.txt")
    assert "erythrocyte" in lead_of(
        answer_question(deck, index, "what is another name for a red blood cell")
    )


def test_a_question_the_notes_do_not_cover_stays_unanswered() -> None:
    deck, index = imported(CELLS, "outline", "cells.txt")
    assert answer_question(deck, index, "how is a nerve cell adapted").status == "none"

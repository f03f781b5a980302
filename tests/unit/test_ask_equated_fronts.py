"""/ask on notes written as "term = what it is" lines (issue 13, the right fact ranked second).

Revision notes often say each thing once, as "X = …". When the question names X and two lines
say as much of the question — "Kiln = … for firing pottery" and "Kiln firing = …" — the line
equating the very thing asked about is the answer, not one naming it among more ("Kiln firing"),
nor a chapter line that mentions it in passing. It is a tie-breaker: a line saying more of the
question still wins, and a yes/no question ("is a kiln hotter than an oven?") still wants the line
saying whether, not what a kiln is. The deck is written here, in a subject of its own.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

POTTERY = """POTTERY - KEY WORDS AND PROCESSES

=== Materials ===
slip = clay mixed with water to a creamy liquid, used to join pieces
slip casting = pouring slip into a plaster mould to make hollow shapes
grog = fired clay ground into grit and mixed back in to stop cracking
glaze = a thin glassy coating melted onto the surface in the second firing
glaze firing = the second firing, hotter than the first, about 1200 C
stoneware = clay fired so hot it becomes waterproof without a glaze

=== Making ===
wedging = kneading the clay to push out air bubbles before throwing
throwing = shaping clay on a spinning wheel
coiling = building a pot from long rolled snakes of clay
week 3 - we did wedging and coiling, slip for joins, then the first firing
kiln = the oven the pots are fired in, electric or gas
kiln firing = heating the pots slowly over a day so they do not crack
"""


def ask(question: str) -> str:
    deck, index = imported(POTTERY, "outline", "pottery.txt")
    return lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # "glaze firing = the second firing…" names more than was asked
        ("how does a glaze work", "glaze = a thin glassy coating melted onto the surface"),
        ("what does a kiln do", "kiln = the oven the pots are fired in, electric or gas"),
    ],
)
def test_the_line_equating_the_thing_asked_about_leads(question: str, lead: str) -> None:
    assert ask(question).startswith(lead)


def test_a_line_saying_more_of_the_question_still_leads() -> None:
    # "heated" is said by "kiln firing = heating the pots…", not by "kiln = the oven…"
    assert ask("how is a kiln heated").startswith("kiln firing = heating the pots slowly")

"""/ask: "what is the equation for X?" answered by the line whose left side is X, though another
line says "equation" (issue 13, session 15 class a).

"v² - u² = 2as (on the equation sheet)" beat "acceleration = change in velocity / time taken" for
"what is the equation for acceleration?": it said "equation", which the right line never does, and
that outweighed the bonus for equating what is asked. A line whose left side of "=" is what a
formula is asked for now counts the question's formula words ("equation", "formula", "work out")
as said. The deck is written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

BUSINESS = """# Business finance

## Profit
- profit = total revenue - total costs
- gross margin % = gross profit ÷ revenue × 100 (given on the equation sheet)
- a loss is made when costs are higher than revenue

## Cash flow
- net cash flow = cash inflows - cash outflows
- a cash flow forecast predicts money coming in and going out (no equation to learn)
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is the equation for profit", "profit = total revenue - total costs"),
        ("how do you work out profit", "profit = total revenue - total costs"),
        ("whats the equation for net cash flow", "net cash flow = cash inflows - cash outflows"),
    ],
)
def test_the_line_equating_what_is_asked_answers(question: str, lead: str) -> None:
    deck, index = imported(BUSINESS, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_line_merely_saying_equation_still_answers_its_own_subject() -> None:
    deck, index = imported(BUSINESS, "markdown", "notes.md")
    asked = answer_question(deck, index, "what is the equation for gross margin")
    assert "gross margin % = gross profit" in lead_of(asked)

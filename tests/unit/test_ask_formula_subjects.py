"""/ask: "how do you work out X?" / "the equation for X" leads with the line whose left side is X
(issue 13, heldout15 class 1).

Every line of a topic on equations holds an "=", so all are formulas, and the one saying X most
often won: "what is the equation for momentum?" got "vector = … e.g. momentum", "how do you work
out market share?" got "Viral marketing = content customers share". A line whose left side, before
its first "=" or ":", names just what is asked ("momentum = mass x velocity", "Unemployment rate formula: …")
and whose right side works something out now comes first; "weight = force of gravity on a mass"
says what weight is, not how to work it out. The decks are written here and imported as an upload
is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._ask import _equates
from tests.unit.asking import imported, lead_of

FINANCE = """# Business finance

## Profit
- Gross profit margin = (gross profit / revenue) x 100, shows how much profit each sale makes
- Net profit margin = (net profit / revenue) x 100
- Profit = total revenue - total costs
- Profit is what a firm keeps to reinvest or pay to its owners

## Break-even
- Break-even output = fixed costs / (selling price - variable cost per unit)
"""

ECON = """# Economics revision

## The economy

| Term | Meaning |
|---|---|
| **Unemployment rate** | the share of the labour force out of work and looking for a job |
| **Inflation** | a general rise in prices over time |
| **GDP** | the value of all goods and services produced |

- Unemployment rate formula: (number unemployed ÷ labour force) × 100
- Inflation rate formula: (change in price index ÷ old index) × 100

## Types of unemployment
- Structural unemployment = jobs lost for good when an industry declines, so the rate stays high
- Cyclical unemployment = jobs lost in a recession; the rate falls again in a boom
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (FINANCE, "how do you work out profit", "Profit = total revenue - total costs"),
        (ECON, "how do you work out the unemployment rate", "Unemployment rate formula"),
    ],
)
def test_the_formula_for_what_is_asked_leads(notes: str, question: str, lead: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_line_saying_what_something_is_works_nothing_out() -> None:
    momentum = [frozenset({"momentum"})]
    assert _equates("momentum = mass x velocity   p = m x v", momentum)
    assert not _equates("vector = size and direction, e.g. momentum", momentum)
    assert not _equates("weight = force of gravity on a mass", [frozenset({"weight"})])

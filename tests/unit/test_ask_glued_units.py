"""/ask: a figure written against a one-letter unit or a unit with its power ("6g", "250cm3") is
the same figure as one written apart ("6 g", "250 cm3") (issue 13, heldout16 class 6).

"30mph" and "1200kg" were already read as figure and unit; "36g" and "500cm3" were not, so the
figure a question gave matched nothing in notes that wrote it the other way, and the line giving
another figure tied with the right one. The deck is written here and imported the way an upload
is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._words import surface_words
from tests.unit.asking import imported, lead_of

NUTRITION = """# Food and nutrition

## Daily guidelines
- Adults should eat no more than 30g of free sugars a day
- Adults should eat no more than 6g of salt a day
- Adults should aim for about 30 g of fibre a day

## Concentration
- e.g. 25 g in 500 cm3 = 25 / 0.5 = 50 g/dm3
- e.g. 10 g in 250 cm3 = 10 / 0.25 = 40 g/dm3

## Equipment
- a 250cm3 measuring jug is used for stock
- a 100 cm3 measuring jug is used for oil
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("adults should eat no more than 6 g of what a day", "6g of salt"),
        ("what is the 250 cm3 jug used for", "for stock"),
        ("what is the 100cm3 jug used for", "for oil"),
        # what a value is asked of, given with glued units: "10g", "250cm3"
        ("what is the concentration of 10g dissolved in 250cm3", "40 g/dm3"),
    ],
)
def test_a_figure_glued_to_its_unit_is_the_figure_written_apart(question: str, lead: str) -> None:
    deck, index = imported(NUTRITION, "markdown", "nutrition.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_ordinals_decades_and_formulas_are_left_whole() -> None:
    assert surface_words("the 1st and the 1990s") == ("1st", "1990s")
    assert surface_words("36g of H2O in 500cm3") == ("36", "h2o", "500", "cm3")

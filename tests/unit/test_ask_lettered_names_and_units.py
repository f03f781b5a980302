"""/ask: a letter naming one of a series, and a figure written against its unit (issue 13,
heldout15 class 2).

Notes name things by a letter after a noun ("Class A drugs", "blood group B", "vitamin D"): the
letter is all that tells twenty such lines apart, and it was dropped as a stray letter, so "what are
class b drugs?" asked only "class" and "drugs" and every class tied. A letter after such a noun is
now kept with it ("class_b"), a plural noun naming a list ("classes A and B") each letter. A figure
written against its unit ("157mph", "1200kg") is read as the figure and the unit, as another line
or the question writes them apart. The decks are written here and imported as an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._words import surface_words
from tests.unit.asking import imported, lead_of

DRUGS = """# Drugs and the law

## Classes of drugs
- Class A drugs: heroin, cocaine and ecstasy – up to life in prison for supplying them
- Class B drugs: cannabis and amphetamines – up to 14 years in prison for supplying them
- Class C drugs: tranquillisers and anabolic steroids – up to 14 years for supplying them
- Classes A and B also carry prison sentences for possession alone
"""

BLOOD = """# Blood groups

## The ABO system
- Group A blood has A antigens on its red cells and anti-B antibodies in the plasma
- Group B blood has B antigens on its red cells and anti-A antibodies in the plasma
- Group O blood has no antigens, so it can be given to anyone: the universal donor
"""

HURRICANES = """# Tropical storms

## The Saffir-Simpson scale
- Category 1 hurricanes have winds of 74-95 mph and damage trees and power lines
- Category 3 hurricanes have winds of 111-129 mph and tear roofs off homes
- Category 5 hurricanes have winds over 157 mph and destroy most buildings
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (DRUGS, "what are class b drugs", "cannabis and amphetamines"),
        (DRUGS, "give an example of a class c drug", "tranquillisers"),
        (BLOOD, "what antigens does group b blood have", "Group B blood has B antigens"),
        (HURRICANES, "which hurricanes have winds over 157mph", "Category 5"),
    ],
)
def test_the_letter_or_figure_asked_picks_the_line(notes: str, question: str, lead: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_stray_letter_is_still_no_word() -> None:
    assert surface_words("Vitamins A, D and K; type a or b") == (
        "vitamins",
        "vitamin_a",
        "vitamin_d",
        "vitamin_k",
        "type",
        "type_a",
    )
    assert surface_words("a b c, I'd say it's the 1st in the 1990s") == ("say", "1st", "1990s")
    assert surface_words("a 1200kg car at 30mph") == ("1200", "kg", "car", "30", "mph")

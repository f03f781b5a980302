"""Years before 1000 and centuries as dates (issue 13; heldout22's Viking and Japanese notes):
"Vikings founded Dublin in 841" held no date a when-question could take (a year was four
figures), nor did "came to Japan around the fifth century AD". A three-digit figure after a
preposition of time ("in 841", "from 930", "by 878", "c. 793") is a year unless a unit or a
counted noun follows it; a century in words or figures is a date. Decks of their own: the
Carolingian empire and Polynesian voyaging."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

CAROLINGIANS = """# The Carolingian empire

## Charlemagne
- Charlemagne became king of the Franks in 768
- The Pope crowned him emperor in Rome on Christmas Day
- His court school at Aachen was run by Alcuin from 782
- He sent 300 scholars to copy books, by one account

## After Charlemagne
- The Treaty of Verdun split the empire between three grandsons in 843
- Carolingian minuscule, a clear small script, spread across Europe in the ninth century
"""

VOYAGING = """# Polynesian voyaging

## Settlement
- Navigators reached Hawaii from the Marquesas by 900
- New Zealand was settled in the thirteenth century
- Double-hulled canoes carried up to 200 people and their animals

## Wayfinding
- Navigators read the swells, the stars and the flight of birds
- The star compass divided the horizon into 32 houses
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_three_figure_year_answers_when() -> None:
    assert lead(CAROLINGIANS, "franks.md", "when did alcuin run the court school") == (
        "His court school at Aachen was run by Alcuin from 782"
    )
    assert lead(CAROLINGIANS, "franks.md", "when was the treaty of verdun") == (
        "The Treaty of Verdun split the empire between three grandsons in 843"
    )
    assert lead(VOYAGING, "voyaging.md", "when did navigators reach hawaii") == (
        "Navigators reached Hawaii from the Marquesas by 900"
    )


def test_a_century_answers_when() -> None:
    assert lead(VOYAGING, "voyaging.md", "when was new zealand settled") == (
        "New Zealand was settled in the thirteenth century"
    )
    assert lead(CAROLINGIANS, "franks.md", "when did carolingian minuscule spread") == (
        "Carolingian minuscule, a clear small script, spread across Europe in the ninth century"
    )


def test_a_count_is_no_year() -> None:
    assert lead(VOYAGING, "voyaging.md", "how many people could a canoe carry") == (
        "Double-hulled canoes carried up to 200 people and their animals"
    )
    assert (
        lead(CAROLINGIANS, "franks.md", "when did charlemagne send scholars to copy books") is None
    )

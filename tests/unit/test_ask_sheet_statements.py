"""Lines that say something on sheets of other shapes (issue 13; heldout18 class 13): a line of a
"Term - meaning" card sheet with no dash ("Interest rates up => borrowing dearer …") is a fact of
the deck, not a skipped card, while a banner is still skipped; and a sentence of prose that tells
before its colon and asks after it ("Causes are tested by Mill's method of difference: if …, does …?") is a line of
the notes, not a question of a question-and-answer sheet.
"""

from __future__ import annotations

from bot.explain import answer_question
from knowledge.importers import import_text
from tests.unit.asking import imported, lead_of

GEOGRAPHY = """*** COASTS ***
Erosion - the wearing away of rock by the sea
Hydraulic action - air forced into cracks by waves breaks the rock apart
Abrasion - rocks thrown by waves scrape the cliff
Attrition - rocks knock into each other and get smaller and rounder
Longshore drift - movement of sediment along the coast by waves at an angle
Groyne - wooden barrier that traps sediment moving along the beach
Sea wall - concrete wall that reflects wave energy
Rising sea levels => more coastal flooding + faster cliff retreat
*** RIVERS ***
Meander - a bend in a river
Oxbow lake - a meander cut off from the river
Levee - raised bank built up by deposits during floods
"""

PHILOSOPHY = """# Science and knowledge

Karl Popper argued that science grows by testing bold guesses.
Causes are tested by Mill's method of difference: if the suspected cause is removed, does the effect stop?
Thomas Kuhn described long periods of normal science broken by revolutions.
"""


def test_a_line_without_a_dash_on_a_card_sheet_is_a_fact() -> None:
    deck, index = imported(GEOGRAPHY, "cards", "coasts.txt")
    asked = answer_question(deck, index, "what happens to cliffs when sea levels rise")
    assert lead_of(asked) == "Rising sea levels => more coastal flooding + faster cliff retreat"


def test_a_banner_of_a_card_sheet_is_still_no_fact() -> None:
    imported_deck = import_text(GEOGRAPHY, format="cards", source_name="coasts.txt")
    facts = [
        str(item)
        for topic in imported_deck["topics"]
        for item in topic.get("facts", [])
        if isinstance(item, str)
    ]
    assert "Rising sea levels => more coastal flooding + faster cliff retreat" in facts
    assert not any("COASTS" in fact or "RIVERS" in fact for fact in facts)


def test_a_sentence_telling_before_its_colon_is_no_sheet_question() -> None:
    deck, index = imported(PHILOSOPHY, "markdown", "science.md")
    asked = answer_question(deck, index, "what is the method of difference")
    assert lead_of(asked).startswith("Causes are tested by Mill's method of difference")

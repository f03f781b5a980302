"""A plain-text glossary, one "term - meaning" a line, in a file whose other lines are long enough
to look hard-wrapped (session 20, issue 14): its lines were joined as one wrapped sentence, so the
first term's "meaning" ran on into the next two terms ("the subject or scene an artist paints
pointillism - painting in small dots …") and the others were never asked. Notes written for these
tests (sailing ships, bread making), not a review deck."""

from __future__ import annotations

from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

SAILING = """THE AGE OF SAIL 1650-1850 - REVISION OUTLINE

1. SHIPS OF THE LINE
  - A first-rate carried at least 100 guns on three gun decks and a crew of some 850 men
      - HMS Victory (launched 1765) was Nelson's flagship at Trafalgar in 1805 and still survives
      - oak from about 6,000 trees went into one ship; the Navy Board bought timber across Europe
  - Frigates were faster and carried 28 to 44 guns on a single deck, scouting for the fleet
      - they carried messages and hunted enemy merchant ships, often winning prize money

KEY WORDS
  broadside - all the guns on one side of a ship fired together
  careening - heeling a ship over on a beach to clean its hull
  forecastle - the raised deck at the bow where the crew lived
  quarterdeck - the deck at the stern kept for the officers
  press gang - a party that forced men to serve in the navy
"""

BREAD = """Bread making - science notes
  Bread rises because yeast ferments the sugars in the dough and gives off carbon dioxide gas,
  which is trapped by the stretchy gluten network that kneading has developed in the flour.
  Salt slows the yeast down and strengthens the gluten, so a dough without any salt rises fast
  but collapses in the oven and tastes flat.
"""


def _deck(text: str, name: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format="outline")), "t")


def test_each_line_of_a_glossary_is_a_term_of_its_own() -> None:
    terms = {term.term: term.definition for term in _deck(SAILING, "sail.txt").terms}

    assert terms["broadside"] == "all the guns on one side of a ship fired together"
    assert terms["careening"] == "heeling a ship over on a beach to clean its hull"
    assert terms["forecastle"] == "the raised deck at the bow where the crew lived"
    assert terms["press gang"] == "a party that forced men to serve in the navy"
    assert "quarterdeck" in terms


def test_hard_wrapped_prose_is_still_joined() -> None:
    lines = [fact.text for topic in _deck(BREAD, "bread.txt").topics for fact in topic.facts]

    assert any(
        line.startswith("Bread rises because yeast") and "kneading" in line for line in lines
    )
    assert any(line.startswith("Salt slows the yeast") and "tastes flat" in line for line in lines)

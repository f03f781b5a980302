"""/ask on outline notes whose bullets make sense only under their lead-in (issue 13, heldout14
classes 1 and 4).

An outline names a landform, a process or a device on a lead-in line ("Meander:") and lists what
it is, how it forms and an example on the bullets under it ("- eg the River Wye at Symonds Yat").
The question names the lead-in ("give an example of a meander"). A short bullet (four words of its
own or fewer) says nothing without its lead-in, so the lead-in counts as much as the bullet's words
(a sub-heading counts 0.7 elsewhere: measured at 1.0 for every line it lost right answers); and
"eg" / "e.g." reads as "example". The decks are written here and imported the
way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._shorthand import spelt_in_full
from tests.unit.asking import imported, lead_of

RIVERS = """RIVER LANDFORMS

1. UPPER COURSE
   Waterfall:
   - band of hard rock over soft rock, the soft rock is undercut
   - eg High Force on the River Tees
   Gorge:
   - steep-sided valley left as a waterfall retreats upstream
   - eg the gorge below High Force

2. LOWER COURSE
   Meander:
   - a bend in the river, fastest flow on the outside
   - e.g. the River Wye at Symonds Yat
   Levee:
   - raised bank of sediment along both sides of the river
   - built up by repeated floods
   Oxbow lake:
   - a meander cut off when the river breaks through its neck
   - eg Cuckmere Haven
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("give an example of a meander", "Symonds Yat"),
        ("whats an example of a waterfall", "High Force on the River Tees"),
    ],
)
def test_a_bullet_is_read_with_its_lead_in(question: str, lead: str) -> None:
    deck, index = imported(RIVERS, "outline", "rivers.txt")
    assert lead in lead_of(answer_question(deck, index, question))


def test_for_example_is_read_in_full() -> None:
    assert "example" in spelt_in_full("eg High Force")
    assert "example" in spelt_in_full("(e.g. the River Wye)")
    assert "example" not in spelt_in_full("Egypt and the Nile")


def test_a_lead_in_the_notes_lack_stays_unanswered() -> None:
    deck, index = imported(RIVERS, "outline", "rivers.txt")
    assert answer_question(deck, index, "give an example of a delta").status == "none"

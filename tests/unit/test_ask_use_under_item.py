"""/ask: "what is X used for?" answered by the line under X's list item that gives the use
(issue 13, session 15 class a).

Notes put what a thing is on a list item and its uses or examples on the lines under it ("Nylon: a
strong synthetic polymer…" / "used for ropes, tights…"). The item names the thing itself, so it
outranked the line under it for "what is nylon used for?" and the use was never shown. For a
question asking for a use or an example, a line under an item that says the use or example (where
the item does not) now ranks just above the item; other questions still get the item. The deck is
written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

MATERIALS = """# Materials

## Polymers
- Nylon: a strong synthetic polymer, first made by DuPont in 1935
  - used for ropes, tights and toothbrush bristles
- PVC: a tough polymer made flexible by adding plasticisers
  - e.g. window frames and drainpipes
- Thermosetting polymers: cross-links between chains stop them melting
  - e.g. kettle handles and plug sockets

## Ceramics
- Glass: made by melting sand with sodium carbonate and limestone
- Clay ceramics such as pottery and bricks are shaped wet, then heated in a kiln
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is nylon used for", "used for ropes, tights"),
        ("give an example of pvc", "window frames and drainpipes"),
        ("when was nylon first made", "first made by DuPont in 1935"),
        ("what is glass made from", "melting sand with sodium carbonate"),
    ],
)
def test_a_use_is_the_line_under_the_item(question: str, lead: str) -> None:
    deck, index = imported(MATERIALS, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))

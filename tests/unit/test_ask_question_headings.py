"""A question heading the lines that answer it (issue 13; heldout22's GIFT first-aid bank): the
GIFT importer writes a question as a group heading over its right answer ("A nosebleed needs
hospital if it lasts longer than ..." / "30 minutes"), as the chat importer writes a question
over its replies. The heading was given as the answer (a question, or a sentence with a blank),
and the answer under it was not read with the question's words. A group heading that ends with
"?" or with a blank to fill is now the question of the lines under it, and never the answer.
Decks of their own: an orienteering quiz bank (GIFT) and sailing-knot revision bullets."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

ORIENTEERING = """// Orienteering club quiz
$CATEGORY: $course$/Orienteering/Maps

::Scale::A standard forest orienteering map is drawn at a scale of 1: ...{=15,000 ~10,000 ~50,000}

::Contours::On the map, a brown line joining points of the same height is ...{=a contour line ~a path ~a fence}

::Magnetic north::The blue lines on the map run towards which direction?{=Magnetic north ~Grid north ~True north}

::Punching::A competitor reaches a control. What do they do next?{
=Punch their card or dib their chip at the control unit
}

::Thumbing::Why do orienteers fold the map and keep a thumb on it?{
=To keep track of where they are without searching the whole map
}
"""

KNOTS = """# Sailing knots

## Loops
- A fixed loop at the end of a line is tied with ...
  - a bowline, which does not slip or jam
- Which knot joins two ropes of different thickness?
  - the sheet bend

## Stoppers
- Figure of eight knot
  - stops a rope running out through a block
"""


def lead(notes: str, format: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, format, name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def orienteering(question: str) -> str | None:
    return lead(ORIENTEERING, "gift", "orienteering.gift", question)


def knots(question: str) -> str | None:
    return lead(KNOTS, "markdown", "knots.md", question)


def test_a_question_with_a_blank_is_answered_by_what_fills_it() -> None:
    assert orienteering("what is a brown line on the map") == "a contour line"
    assert knots("what knot makes a fixed loop at the end of a line") == (
        "a bowline, which does not slip or jam"
    )


def test_a_question_after_a_statement_is_answered_by_the_line_under_it() -> None:
    assert orienteering("what do you do at a control") == (
        "Punch their card or dib their chip at the control unit"
    )
    assert orienteering("which way do the blue lines run") == "Magnetic north"


def test_a_question_heading_is_never_the_answer() -> None:
    assert knots("which knot joins two ropes") == "the sheet bend"

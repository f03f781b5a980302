"""A line that defines a term in passing answers "what is X?" (issue 13; heldout22's transcript
and chat, heldout23's forum thread): "Add romaji, which is just Japanese written in our Latin
letters", "SSE (Sign Supported English) is different again", "schools should use ORALISM -
speech and lipreading only". Read only from a line's start they defined nothing, and a shorter
line merely naming the term ("Romaji next.") ranked first. Decks of their own: bookbinding and
origami, in a teacher's chatty notes."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

BOOKBINDING = """# Bookbinding club

## Tools
- Mull next.
- We glue on the mull, which is open-weave cotton that holds the text block in its case.
- The mull goes on after the kettle stitches are done.
- Bring your own bone folder if you have one.
"""

ORIGAMI = """# Origami club

## Bases
- Kusudama week after half term.
- Preliminary base again today.
- Start with a preliminary base (the square base) for the crane.
- We will make kusudama - balls made of many units, once sewn together to hold incense.
- Kusudama take about three sessions.
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_term_glossed_in_passing_is_defined() -> None:
    assert lead(BOOKBINDING, "club.md", "what is mull") == (
        "We glue on the mull, which is open-weave cotton that holds the text block in its case."
    )
    assert lead(ORIGAMI, "club.md", "what is a kusudama") == (
        "We will make kusudama - balls made of many units, once sewn together to hold incense."
    )


def test_a_bracket_gloss_is_a_definition() -> None:
    assert lead(ORIGAMI, "club.md", "what is a preliminary base") == (
        "Start with a preliminary base (the square base) for the crane."
    )

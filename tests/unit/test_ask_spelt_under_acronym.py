"""An acronym spelt out on the line under the question or heading naming it (issue 13; heldout22's
first-aid GIFT bank): "What does RICE stand for?" over "Rest, Ice, Comfortable support,
Elevation" held no expansion span, since the line never writes "RICE", so "what does rice stand
for?" was "not in these notes". A line whose items' initials spell the acronym its question or
heading names is its expansion. Decks of their own: a scuba-diving quiz bank (GIFT) and a
pilot's pre-flight notes (Markdown)."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

SCUBA = """$CATEGORY: $course$/Scuba/Before the dive

::Buddy check::In a buddy check, what does BWRAF stand for?{
=BCD, Weights, Releases, Air, Final OK
}

::Ascent::What is the safe maximum ascent rate?{=9 metres a minute ~18 metres a minute}
"""

PREFLIGHT = """# Before a flight

## The pilot
- IMSAFE checklist for the pilot
  - Illness, Medication, Stress, Alcohol, Fatigue, Emotion
- Eight hours bottle to throttle

## The aircraft
- Walk round the aircraft before every flight
  - Check the fuel for water in the sump
"""


def lead(notes: str, format: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, format, name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_an_acronym_asked_about_is_spelt_by_the_answer_under_the_question() -> None:
    assert lead(SCUBA, "gift", "scuba.gift", "what does bwraf stand for") == (
        "BCD, Weights, Releases, Air, Final OK"
    )


def test_an_acronym_named_by_a_heading_is_spelt_by_the_line_under_it() -> None:
    assert lead(PREFLIGHT, "markdown", "preflight.md", "what does imsafe stand for") == (
        "Illness, Medication, Stress, Alcohol, Fatigue, Emotion"
    )

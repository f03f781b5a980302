"""/ask: an everyday word the notes capitalise is asked as a word, not as a name; a dotted
abbreviation is one word (issue 13, session 12).

The names a question gives must be in the answer's context ("how many died in Hungary?" is not
answered by a line about East Germany). A word counted as a name when the notes capitalised it
somewhere, so "how much did pinatubo cool the earth?" could not be answered by "Mount Pinatubo =
1991 eruption cooled global temperatures by about 0.5°C": "Earth" is capitalised in another line,
and this one does not say it. A word in wide English use (wordfreq Zipf 4.5 or more: "earth",
"parliament", "ring") that is none of the deck's people or places, no country, month or people's
name ("Americans", "Chinese"), is now a word of the question like any other. The deck is written
here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._words import folded_words
from tests.unit.asking import imported, lead_of

CLIMATE = """# Volcanoes and climate

## Eruptions and climate
- Mount Pinatubo = 1991 eruption cooled global temperatures by about 0.5°C
- ash and sulphur dioxide block sunlight from reaching the Earth's surface
- Tambora in 1815 led to the "year without a summer" in Europe

## Evidence of past climate
- Tree rings = Thicker rings mean a warmer, wetter year
- Ice cores = bubbles of old air trapped in the ice
- Parliament passed the Climate Change Act in 2008
"""


def test_an_everyday_word_capitalised_elsewhere_need_not_be_in_the_answer() -> None:
    deck, index = imported(CLIMATE, "markdown", "notes.md")
    lead = lead_of(answer_question(deck, index, "how much did pinatubo cool the earth"))
    assert "about 0.5°C" in lead


@pytest.mark.parametrize(
    "question",
    [
        "how much did krakatoa cool the earth",  # a name the notes never mention
        "when did the americans pass a climate law",  # a people's name stays a name
        "how many people died when tambora erupted",
    ],
)
def test_what_the_notes_do_not_say_is_still_not_in_them(question: str) -> None:
    deck, index = imported(CLIMATE, "markdown", "notes.md")
    assert answer_question(deck, index, question).status == "none"


CIRCUITS = """# Circuits

## Parallel circuits
- P.d. is measured with a voltmeter, connected in parallel across the component.
- The p.d. across each branch is the same as the supply p.d.

## Mains electricity
- Transformers only work with a.c., which is one reason the mains supply is a.c.
- Batteries give d.c., a current in one direction only
- The live wire is brown and the neutral wire is blue
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what only works with ac", "Transformers only work with a.c."),
        ("what is the pd across each branch", "The p.d. across each branch"),
    ],
)
def test_an_abbreviation_with_stops_is_the_word_typed_without(question: str, lead: str) -> None:
    """Notes write "a.c.", "p.d.", "e.m.f."; students type "ac", "pd": the letters of a dotted
    abbreviation are one word, not stray letters."""
    deck, index = imported(CIRCUITS, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))
    assert folded_words("the p.d. in d.c. circuits, e.g. 3.5 m") == (
        *("the", "pd", "in", "dc", "circuits", "eg", "3", "5", "m"),
    )

"""/ask on messy literature notes written in shorthand (issue 13; heldout17 class C2): "reps" for
represents, "ch4" for chapter 4 and "WW1" for the First World War are spelt in full for matching,
so a question asked in full words finds the line. A deck of its own, in another book's notes,
imported as an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

MICE_AND_MEN = """# of mice and men - revision notes

# context
- steinbeck worked on ranches in california as a young man
- the great depression: ppl travelled for work, no security
- steinbeck's father lost his job when the economy crashed

# characters
## lennie
- huge + strong but has a learning disability
- reps innocence, the powerless, dreams that can't last
- kills curley's wife by accident (ch5)

## george
- small + quick, looks after lennie
- shoots lennie at the end to spare him curley's mob

## candy
- old swamper who lost his hand on the ranch
- his dog is old, blind and smells, so carlson wants it put down
- his dog is shot by carlson in ch3, a sign of how the weak are treated

# symbols
- the rabbits: lennie's dream of a farm of their own
- the dream farm: hope, freedom, a home
"""

WAR_POETS = """# war poetry - notes

# owen
- fought in WW1 and was killed a week before the armistice
- poems show the horror of gas attacks and trench life

# sassoon
- won the military cross, then protested against the war
- met owen at craiglockhart hospital
"""


def test_reps_is_read_as_represents() -> None:
    deck, index = imported(MICE_AND_MEN, "markdown", "mice.md")
    asked = answer_question(deck, index, "what does lennie represent")
    assert lead_of(asked) == "reps innocence, the powerless, dreams that can't last"


def test_a_chapter_number_written_short_is_the_chapter_asked() -> None:
    deck, index = imported(MICE_AND_MEN, "markdown", "mice.md")
    asked = answer_question(deck, index, "what happens to the dog in chapter 3")
    assert lead_of(asked).startswith("his dog is shot by carlson in ch3")


def test_a_world_war_written_by_number_is_the_war_asked() -> None:
    deck, index = imported(WAR_POETS, "markdown", "war.md")
    asked = answer_question(deck, index, "what did owen do in the first world war")
    assert lead_of(asked).startswith("fought in WW1")

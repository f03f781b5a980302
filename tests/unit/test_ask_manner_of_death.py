"""A death told by its manner (issue 13, session 27): "how does Ophelia die?" on a Hamlet sheet
saying "Ophelia goes mad with grief and drowns in a brook", "how did most of the Tohoku victims
die?" on earthquake notes saying they drowned. Notes say how someone died and leave "died"
unsaid; a question asks "die" or "kill" and leaves the manner unsaid. The manner ("drown", "stab",
"poison", "behead", …) stands for the death one way only: "how was he stabbed?" is not
answered by a line saying he drowned. Decks of their own: Hamlet, earthquakes."""

from __future__ import annotations

from pathlib import Path

from bot.explain import answer_question
from knowledge.search._synonyms import synonyms
from tests.unit.asking import imported

OWN = Path(__file__).resolve().parents[1] / "data" / "ask_own27"
HAMLET = (OWN / "lit_hamlet" / "hamlet_revision.txt").read_text(encoding="utf-8")

QUAKES = """# Tohoku earthquake, 2011

## The tsunami
- Waves up to 40 m high reached 10 km inland
- Most of the 15,900 victims drowned as the water swept through coastal towns

## Fukushima
- The cooling systems failed and three reactors melted down
"""


def lead(notes: str, format: str, question: str) -> str | None:
    deck, index = imported(notes, format, "notes")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_line_telling_the_manner_answers_how_someone_died() -> None:
    assert lead(HAMLET, "outline", "how does ophelia die") == (
        "Ophelia goes mad with grief and drowns in a brook."
    )
    assert lead(QUAKES, "markdown", "how did most of the tohoku victims die") == (
        "Most of the 15,900 victims drowned as the water swept through coastal towns"
    )


def test_the_manner_does_not_stand_for_another_manner() -> None:
    assert "drown" in synonyms("died") and "stab" in synonyms("killed")
    assert "drown" not in synonyms("stabbed") and "die" not in synonyms("drowned")
    # nothing on the sheet says how Fortinbras's father was killed, only who avenges him
    assert lead(HAMLET, "outline", "who stabbed fortinbras") is None


# Two decks of their own where "hang" and "starve" say no death: paintings hang on a wall, a
# keeper starves no fish. (Session 27 review: "how did Holbein die?" was answered by "Holbein's
# portraits hang in the National Gallery.")
GALLERY = """# Tudor court

## Painters
- Holbein's portraits hang in the National Gallery
- Holbein painted The Ambassadors in 1533

## Queens
- Anne Boleyn was beheaded at the Tower of London in 1536
"""

AQUARIUM = """Keeping tropical fish
Feeding: never starve a fish for more than three days while you are away
Water: change a quarter of the tank water every week
"""


def test_lines_that_hang_or_starve_something_say_no_death() -> None:
    assert lead(GALLERY, "markdown", "How did Holbein die?") is None
    assert lead(AQUARIUM, "outline", "How did the fish die?") is None
    # the manners that only ever say a death still answer
    assert lead(GALLERY, "markdown", "How did Anne Boleyn die?") == (
        "Anne Boleyn was beheaded at the Tower of London in 1536"
    )

"""Why-questions in the student's own words (issue 13, session 24): a line is an answer when it
says at least half of the question's weight, and an explanation asked for in other words than
the notes' ("why do penguins have such heavy skeletons?" on "Bones are solid and heavy so that
diving takes less effort") fell just short of it: "not in these notes". Misses of the
development sets read by mechanism put most answerable refusals there (the right line below the
coverage floor). When no line reaches the floor of a why-question, a line that comes within a
fifth of it and gives a reason in so many words ("because", "so that", "since", "due to") now
answers; a line as close that gives no reason ("Rockhoppers hop with both feet together" for
"why do rockhoppers jump?") still does not, nor does a line for any other kind of question.
Decks of their own: penguins and the Hundred Years' War."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

PENGUINS = """# Penguins

## Bodies built for the sea
- Wings are stiff flippers used to fly underwater
- Bones are solid and heavy so that diving takes less effort
- Feathers are oiled from a gland near the tail
- A layer of fat keeps out the cold and stores energy
- Salt glands above the eyes let them drink seawater

## Colonies
- Emperor males huddle together because winter winds on the ice reach 200 km/h
- Adélie penguins build nests of small stones
- Chicks gather in crèches while both parents hunt at sea
- Rockhoppers hop with both feet together
"""

HUNDRED_YEARS = """# The Hundred Years' War

## Agincourt (1415)
- Henry V's small army faced a far larger French force
- French knights sank in the mud because heavy rain had soaked the ploughed field
- English archers shot from behind sharpened stakes
- Henry had prisoners killed as he feared a fresh attack

## Joan of Arc
- Peasant girl from Domrémy who heard voices of saints
- Lifted the siege of Orléans in nine days
- Burned at Rouen in 1431 since the English court found her guilty of heresy
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_reason_worded_the_notes_way_answers_why() -> None:
    assert lead(PENGUINS, "penguins.md", "why do penguins have such heavy skeletons") == (
        "Bones are solid and heavy so that diving takes less effort"
    )
    assert lead(HUNDRED_YEARS, "hyw.md", "why did the french knights get bogged down") == (
        "French knights sank in the mud because heavy rain had soaked the ploughed field"
    )


def test_a_close_line_giving_no_reason_is_still_no_answer() -> None:
    assert lead(PENGUINS, "penguins.md", "why do rockhoppers jump") is None
    assert lead(PENGUINS, "penguins.md", "why do penguins have white tummies") is None
    assert lead(HUNDRED_YEARS, "hyw.md", "why did joan wear armour") is None


def test_questions_the_notes_answer_outright_are_unchanged() -> None:
    assert lead(PENGUINS, "penguins.md", "why are penguin bones so heavy") == (
        "Bones are solid and heavy so that diving takes less effort"
    )
    assert lead(HUNDRED_YEARS, "hyw.md", "why did henry kill his captives") == (
        "Henry had prisoners killed as he feared a fresh attack"
    )

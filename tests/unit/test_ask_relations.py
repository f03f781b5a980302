"""/ask: a relation asked from the other side, "close" for the notes' "near", and "lots of"
(issue 13, session 13, heldout13 analysis classes 1 and 6).

"Who was Mary's dad?" is answered by "Mary I was the daughter of Henry VIII": the notes state
the relation from the child's side, the student asks from the parent's. "How does the field
change close to a magnet?" is answered by a line saying "near". "Why do lots of tourists visit
Kenya?" asks why many do: "lots of" is how much is said, not a word the notes use. The decks are
written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search import plain_question
from tests.unit.asking import imported, lead_of

TUDORS = """# The Tudors

## Mary I
- Mary I was the daughter of Henry VIII and Catherine of Aragon
- burned about 280 Protestants, earning the name Bloody Mary

## Philip of Spain
- Philip II was the husband of Mary I from 1554
- Philip sent the Armada against England in 1588

## Edward VI
- Edward VI became king at the age of nine
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who was marys dad", "daughter of Henry VIII"),
        ("who was mary's mum", "Catherine of Aragon"),
    ],
)
def test_a_relation_is_found_from_the_other_side(question: str, lead: str) -> None:
    deck, index = imported(TUDORS, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_relation_the_notes_do_not_give_stays_unanswered() -> None:
    deck, index = imported(TUDORS, "markdown", "notes.md")
    assert answer_question(deck, index, "who was edwards wife").status == "none"


STUARTS = """# The Stuarts

## James I
- James I was the son of Mary, Queen of Scots
- survived the Gunpowder Plot in 1605

## Charles I
- Charles I was executed in 1649
- Henrietta Maria was the wife of Charles I
"""


@pytest.mark.parametrize("question", ["who was james is mum", "who was the mother of james i"])
def test_a_parent_is_found_in_a_line_naming_the_son(question: str) -> None:
    deck, index = imported(STUARTS, "markdown", "notes.md")
    assert "son of Mary, Queen of Scots" in lead_of(answer_question(deck, index, question))


def test_a_child_the_notes_do_not_name_stays_unanswered() -> None:
    deck, index = imported(STUARTS, "markdown", "notes.md")
    assert answer_question(deck, index, "who was charles is son").status == "none"


MAGNETS = """# Magnetism

## Magnets
- near a magnet a compass needle swings to line up with the field
- a magnet has a north pole and a south pole
- like poles of a magnet repel, unlike poles attract
- a permanent magnet makes its own field

## Electromagnets
- a coil of wire with a current makes a magnetic field
"""


def test_close_finds_the_notes_near() -> None:
    deck, index = imported(MAGNETS, "markdown", "notes.md")
    asked = answer_question(deck, index, "what happens close to a magnet")
    assert "compass needle swings" in lead_of(asked)


KENYA = """# Tourism in Kenya

## Tourists
- safari parks and beaches attract tourists
- many tourists visit the Maasai Mara to see the migration
- tourists spend money in hotels and on trips

## Problems
- minibuses erode the tracks in the parks
"""


def test_lots_of_is_read_as_many() -> None:
    assert plain_question("why do lots of people farm there") == "why do many people farm there"
    assert plain_question("who owns a lot of land") == "who owns many land"
    assert plain_question("why do loads of people move") == "why do many people move"
    assert plain_question("what is a lot") == "what is a lot"


@pytest.mark.parametrize(
    "question",
    [
        "why do lots of tourists visit kenya",
        "why do loads of tourists visit kenya",
    ],
)
def test_lots_of_weighs_nothing(question: str) -> None:
    deck, index = imported(KENYA, "markdown", "notes.md")
    assert "Maasai Mara" in lead_of(answer_question(deck, index, question))

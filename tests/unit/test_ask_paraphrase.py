"""/ask on notes whose answer lines lean on what is around them, asked in a student's own words.

Issue 13, session 8. Each deck is written here in a subject of its own and imported the way an
upload is; what is asserted is the line the student reads first, or "not in these notes".

- Flashcards: "Q: Who paid for it?" / "A: funded by the Danish Crown". The answer line says who
  only because its question line says "paid"; and its question line says what kind of answer it
  is ("Q: Where was it built?" gives a place), so it beats a line of the same card set that merely
  shares more words with the student's question.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

ASTRONOMY_CARDS = """ASTRONOMY PIONEERS - FLASHCARDS
(Q on one line, A on the next)

=== TYCHO BRAHE - URANIBORG OBSERVATORY (1576) ===
Q: Where was it built?
A: on the island of Hven, between Denmark and Sweden
Q: Who paid for it?
A: funded by the Danish Crown as a royal gift
Q: How long did he observe there?
A: about twenty years, until 1597
Q: What did Kepler take from it?
A: Kepler used the observatory records to show that orbits are ellipses
Q: Main criticism of his model?
A: kept the Earth at the centre, so it was soon abandoned

=== GALILEO - TELESCOPE OBSERVATIONS (1610) ===
Q: What did he see around Jupiter?
A: four moons orbiting the planet
Q: Who put him on trial?
A: the Roman Inquisition in 1633, for supporting Copernicus
Q: Where did he teach?
A: at the University of Padua, for eighteen years
Q: What did his teaching cover?
A: mathematics lessons on Euclid's geometry and on falling bodies
Q: What happened to him after the trial?
A: house arrest for the rest of his life
"""


def ask_cards(question: str) -> str:
    deck, index = imported(ASTRONOMY_CARDS, "outline", "astronomy.txt")
    return lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who paid for brahe's observatory", "the Danish Crown"),
        ("who paid for uraniborg", "the Danish Crown"),
        ("where did brahe build his observatory", "island of Hven"),
        ("where did galileo teach", "University of Padua"),
        ("who put galileo on trial", "the Roman Inquisition"),
        ("what happened to galileo after his trial", "house arrest"),
    ],
)
def test_a_flashcard_answer_is_read_with_its_question_line(question: str, lead: str) -> None:
    assert lead in ask_cards(question)

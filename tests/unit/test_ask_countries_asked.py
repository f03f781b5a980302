"""/ask: a country the question names must be in the answer (issue 13, session 15 class c).

"What is the personal space zone in Japan?" was answered with Hall's four zones, which say nothing
of Japan: a country typed in lower case is a word the dictionary knows, and "japan" was no name of
the deck (the notes say "Japanese" once, elsewhere), so nothing held the answer to it. A country
the question names is now a constraint like any name: the answering line or its context must name
it, or its people ("Japanese"), unless the deck names it in so many topics that it is background.
The deck is written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

DIETS = """# Diet and health

## Salt
- adults should eat no more than 6 g of salt a day
- too much salt raises blood pressure

## Diets around the world
- Japanese diets are high in fish, rice and soya, so heart disease is rare
- the Mediterranean diet uses olive oil, fresh vegetables and little red meat
"""


@pytest.mark.parametrize(
    "question",
    ["how much salt should adults eat in japan", "does salt raise blood pressure in japan"],
)
def test_a_country_the_answer_does_not_name_is_not_answered(question: str) -> None:
    # the notes name the Japanese, but not in the lines about salt
    deck, index = imported(DIETS, "markdown", "notes.md")
    assert answer_question(deck, index, question).status == "none"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is in a japanese diet", "Japanese diets are high in fish"),
        ("how much salt should adults eat a day", "no more than 6 g of salt"),
        ("what oil is used in the mediterranean diet", "olive oil"),
    ],
)
def test_a_country_named_or_none_asked_still_answers(question: str, lead: str) -> None:
    deck, index = imported(DIETS, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))

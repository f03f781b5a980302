"""/ask on an Anki "front;back" export: the card whose front asks the question answers it (issue
13, heldout16 class 3).

Each card is imported as one line, "Front? — Back". Read as any other words of the line, the front
of "What is an alkali? — A soluble base…" weighed no more than "alkali" in the front and back of
another card, and "what is an alkali?" got "Which metals are alkali metals? — Group 1 – each alkali
metal reacts with water to make an alkali". A card whose front asks nearly what the question asks
is now preferred. The export is written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

CARDS = """#separator:semicolon
#html:false
#deck:GCSE Chemistry::Acids and alkalis
#notetype:Basic
Which metals are alkali metals?;Group 1 – each alkali metal reacts with water to make an alkali
What is an alkali?;A soluble base, giving OH- ions in solution
What is the pH of a strong alkali?;About 13 or 14
What happens when an acid reacts with an alkali?;Neutralisation – a salt and water are made
What is neutralisation used for in farming?;Lime neutralises acidic soil: neutralisation raises the pH
What is neutralisation?;An acid and a base react to give a salt
What do the arrows in a food chain show?;The flow of energy along the chain and through the food web
What is a food web?;Many food chains linked together
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is an alkali", "A soluble base"),
        ("what is neutralisation", "An acid and a base react"),
        # the front's words as the notes write them: "foodweb" asked, "food web" written
        ("what is a foodweb", "Many food chains linked together"),
    ],
)
def test_the_card_whose_front_asks_the_question_answers(question: str, lead: str) -> None:
    deck, index = imported(CARDS, "tsv", "chemistry_cards.txt")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_question_no_front_asks_is_still_answered_from_the_backs() -> None:
    deck, index = imported(CARDS, "tsv", "chemistry_cards.txt")
    lead = lead_of(answer_question(deck, index, "what is lime used for"))
    assert "acidic soil" in lead

"""A member of the kind asked for, named without the kind (issue 13, session 24): "what metal
were early cannon made of?" wants a line naming a metal, and since the notes use the word
"metal" elsewhere ("plate armour of metal"), a line whose context never says it was no answer,
so "Early cannon were cast in bronze" was passed over for "not in these notes". A line with a
word near the kind in meaning (word vectors: "bronze", "steel" for "metal") names one of its
members; a line naming none ("Cannon were first used … at Crécy") still does not answer. Decks
of their own: the Hundred Years' War and coffee."""

from __future__ import annotations

from bot.explain import answer_question
from knowledge.search._kind_members import names_a_member
from tests.unit.asking import imported

HUNDRED_YEARS = """# The Hundred Years' War

## Armour and guns
- Knights wore plate armour of metal over padded cloth
{cannon}- Cannon were first used by the English at Crécy in 1346
- Handguns appeared in the 1400s

## Longbow
- Made of yew, about 6 ft long
- Range up to 250 yards
"""

COFFEE = """# Coffee

## Roasting
- Beans are roasted in a rotating metal drum
- First crack comes at about 196 °C

## Espresso
- Angelo Moriondo patented an espresso machine in Turin in 1884
- Its boiler was {made}heated by gas
- Achille Gaggia's lever machine made the first crema in 1947
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_line_naming_a_member_answers_which_kind() -> None:
    cast = HUNDRED_YEARS.format(cannon="- Early cannon were cast in bronze\n")
    assert lead(cast, "hyw.md", "what metal were early cannon made of") == (
        "Early cannon were cast in bronze"
    )
    assert lead(cast, "hyw.md", "which metal was used for cannon") == (
        "Early cannon were cast in bronze"
    )
    steel = COFFEE.format(made="made of steel and ")
    assert lead(steel, "coffee.md", "what metal was moriondo's boiler made of") == (
        "Its boiler was made of steel and heated by gas"
    )


def test_a_line_naming_no_member_is_still_no_answer() -> None:
    assert (
        lead(HUNDRED_YEARS.format(cannon=""), "hyw.md", "what metal were early cannon made of")
        is None
    )
    assert (
        lead(COFFEE.format(made=""), "coffee.md", "what metal was moriondo's boiler made of")
        is None
    )


def test_members_are_words_near_the_kind() -> None:
    assert names_a_member("Early cannon were cast in bronze", "metal")
    assert not names_a_member("Cannon were first used by the English at Crécy", "metal")
    assert not names_a_member("", "metal")

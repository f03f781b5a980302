"""/ask when the question uses a word the notes never do (issue 13, eager refusals).

A word no line of the deck uses weighs the most any word can, so alone it held a line that says
everything else of a why-, how- or yes/no-question below the coverage floor, and the student read
"not in these notes". In a question asking to explain, such an everyday word is more likely the
student's own phrasing than the thing the notes lack; in a question asking for one fact (who,
when, how many) it is the thing asked, and the notes still don't answer it. The deck is written
here, in a subject of its own, and imported as an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

ROMAN_ARMY = """THE ROMAN ARMY - REVISION NOTES

=== Legions ===
A legion = about 5,000 heavily armed foot soldiers, all Roman citizens
Legionaries signed up for 25 years of service
Soldiers were paid a salary in coins, partly spent on their own food and kit
Training: marching 30 km a day in full armour, three times a month
Discipline was harsh because a single panicking soldier could break the whole line
Decimation: one soldier in ten beaten to death when a unit fled in battle
Veterans received a plot of land or a lump sum when they retired

=== Hadrian's Wall ===
Built from AD 122 on the orders of Emperor Hadrian
Stretches 117 km from the Solway Firth to the River Tyne
Forts every Roman mile (milecastles) housed small garrisons
Purpose: to control trade and movement across the frontier, not only to stop raids
Auxiliary troops from Gaul, Spain and Syria guarded the wall
The wall fell out of use after the legions left Britain around AD 410

=== Roads ===
Roads were built straight so that troops could march quickly between forts
Layers of gravel and stone let rain drain away to ditches at the sides
Watling Street ran from Dover to Wroxeter
"""


def ask(question: str) -> tuple[str, str | None]:
    deck, index = imported(ROMAN_ARMY, "outline", "roman_army.txt")
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead if asked.status == "answer" else None


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # "hills" is in no line: the student's words, not what the notes lack
        (
            "why were the roads built straight across hills",
            "Roads were built straight so that troops could march quickly between forts",
        ),
        (
            "how were the roads built straight across hills",
            "Roads were built straight so that troops could march quickly between forts",
        ),
        (
            "were soldiers rewarded when they retired",
            "Veterans received a plot of land or a lump sum when they retired",
        ),
    ],
)
def test_an_explaining_question_is_answered_though_it_uses_a_word_the_notes_never_do(
    question: str, lead: str
) -> None:
    deck, index = imported(ROMAN_ARMY, "outline", "roman_army.txt")
    assert lead_of(answer_question(deck, index, question)) == lead


@pytest.mark.parametrize(
    "question",
    [
        # who did it is asked, and no line says anyone "rewarded" them
        "who rewarded soldiers when they retired",
        # the notes never mention tarmac: nothing in them is about what the question asks
        "is tarmac laid on the roads",
    ],
)
def test_a_word_the_notes_never_use_still_refuses_when_it_is_what_is_asked(
    question: str,
) -> None:
    assert ask(question) == ("none", None)

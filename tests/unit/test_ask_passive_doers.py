"""Who does it, said in the passive (issue 13; heldout22's Parliament chat): "it's written by the
government" held no name, so "who writes the King's Speech?" (a who-question wants someone) took
another line naming people. A line with the asked verb followed by "by" and who does it ("by the
government", "by the tower captain") names the doer, as "the mother lights the candles" does
before the verb. Not a pronoun or a time after "by" ("by him", "by 1900"). Decks of their own:
church bell-ringing and farmhouse cheesemaking."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

BELLS = """# Change ringing

## The tower
- The band meets on practice night in the ringing chamber
- The method for each touch is chosen by the tower captain before ringing starts
- Calls such as "bob" and "single" are made by the conductor while ringing
- The bells are rung full circle, mouth upwards, which gives control

## Learning
- Beginners learn handling on a tied bell first
"""

CHEESE = """# Farmhouse cheesemaking

## Making the curd
- Milk is warmed to about 32 °C in the vat
- Rennet is stirred in by the cheesemaker, and the milk sets in about 40 minutes
- The curd is cut with curd knives into small cubes

## Ripening
- Wheels are turned every day by the affineur during ripening
- The rind was rubbed by 1900 with lard in many dairies
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_who_does_it_in_the_passive_answers_who() -> None:
    assert lead(BELLS, "bells.md", "who chooses the method") == (
        "The method for each touch is chosen by the tower captain before ringing starts"
    )
    assert lead(BELLS, "bells.md", "who makes the calls") == (
        'Calls such as "bob" and "single" are made by the conductor while ringing'
    )
    assert lead(CHEESE, "cheese.md", "who turns the wheels") == (
        "Wheels are turned every day by the affineur during ripening"
    )


def test_a_time_after_by_names_no_one() -> None:
    assert lead(CHEESE, "cheese.md", "who rubbed the rind with lard") is None

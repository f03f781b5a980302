"""/ask: "what are debt for nature swaps?" asks what a named thing is, not for an amount of debt
(issue 13, session 15: a question misread as asking for a value).

"what is the MEASURE of/for/in X" asks for a value ("what is the birth rate in Kenya?"), so "what
are debt for nature swaps?" was read as asking for the debt of "nature swaps", and no line giving
no amount could answer it; "what is height in plane?" (a depth cue) the same. When the measure
with what follows it is a phrase the notes use as written ("debt-for-nature swaps"), the question
asks what that is. The deck is written here and imported the way an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

DEVELOPMENT = """# Development

## Reducing the gap
- Debt relief: "debt-for-nature swaps" – a rich country cancels debt if forest is protected
- Fair trade pays farmers a fair price for their crops
- Intermediate technology: simple tools local people can repair

## Measuring development
- Birth rate: the number of live births per 1000 people per year
- Kenya's debt was about 70% of its GDP in 2023
"""


def test_a_measure_phrase_the_notes_name_is_defined() -> None:
    deck, index = imported(DEVELOPMENT, "markdown", "notes.md")
    asked = answer_question(deck, index, "what are debt for nature swaps")
    assert "a rich country cancels debt if forest is protected" in lead_of(asked)


def test_a_measure_of_something_still_asks_for_its_value() -> None:
    deck, index = imported(DEVELOPMENT, "markdown", "notes.md")
    asked = answer_question(deck, index, "what is the debt of kenya")
    assert "about 70% of its GDP" in lead_of(asked)

"""/ask: a conversion question is answered by the line going the same way (issue 13, heldout14
class 2).

"how do you convert Celsius to Fahrenheit?" on notes giving both directions: the two lines share
every word of the question and tied, so the one listed first answered, whichever way it went. The
line naming the question's source before its target now wins the tie. The deck is written here and
imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._ask import _conversion
from tests.unit.asking import imported, lead_of

UNITS = """# Units

## Temperature scales
- to convert Fahrenheit to Celsius: subtract 32, then multiply by 5/9
- to convert Celsius to Fahrenheit: multiply by 9/5, then add 32
- Kelvin to Celsius: subtract 273

## Length
- converting miles to kilometres: multiply by 1.6
- converting kilometres to miles: multiply by 0.62
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how do you convert celsius to fahrenheit", "multiply by 9/5"),
        ("how do you convert fahrenheit to celsius", "subtract 32"),
        ("how do you change kilometres into miles", "multiply by 0.62"),
        ("how do you change miles into kilometres", "multiply by 1.6"),
    ],
)
def test_the_line_going_the_asked_way_answers(question: str, lead: str) -> None:
    deck, index = imported(UNITS, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_only_a_conversion_has_a_direction() -> None:
    assert _conversion("how do you turn a fraction into a decimal") == ("fraction", "decimal")
    assert _conversion("what is the boiling point of water") is None

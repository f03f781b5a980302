"""/ask on "what effect …", "what powers …" questions (issue 13, heldout18 class 5: the category
filter too strict).

"which metal is the filament made of?" asks for an instance of a kind, and a line naming no metal
is no answer. "what effect did wolves have on the elk?" is not like that: an effect, a power or a
role is what is asked *of* something, and notes say it ("elk stopped grazing by the rivers")
without the word. Where the notes use the word elsewhere ("the greenhouse effect"), the filter
had refused such questions. The deck is written here, in a subject of its own (ecology).
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

ECOLOGY = """ECOLOGY - REVISION NOTES

Predators and prey
- wolves reintroduced to Yellowstone in 1995
- elk stopped grazing by the rivers, so willows grew back
Pollution
- acid rain lowers the pH of lakes, fish eggs fail to hatch
The Environment Agency
- can fine polluters and close factories that break discharge limits
Climate
- the greenhouse effect traps heat in the lower atmosphere
- Parliament gave the agency more powers in 2010
"""


def ask(question: str) -> str:
    deck, index = imported(ECOLOGY, "outline", "ecology.txt")
    return lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what effect did wolves have on the elk", "elk stopped grazing by the rivers"),
        ("what effect does acid rain have on fish", "acid rain lowers the pH of lakes"),
        ("what powers does the environment agency have", "can fine polluters"),
    ],
)
def test_what_is_asked_of_something_need_not_be_named(question: str, lead: str) -> None:
    assert ask(question).startswith(lead)

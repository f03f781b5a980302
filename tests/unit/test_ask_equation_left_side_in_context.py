"""/ask: "how do you work out wave speed?" answered by "speed = frequency × wavelength" under the
heading "Wave speed" (issue 13, session 15 class a).

A line equating what a formula question asks for gets a bonus, but only when its left side of "="
names all of it: "speed" is not "wave speed", so the definition "Speed of a wave = how fast the
energy moves…" won, and "Mean rate = quantity of reactant used ÷ time taken" lost "how do you
work out the mean rate of a reaction?" the same way. The words of what is asked that the left
side leaves out may now be in the line's context (its heading, its topic's title), as long as the
left side says nothing else. The deck is written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

WAVES = """# Waves

## Wave speed
- Speed of a wave = how fast the energy moves through the medium
- speed = frequency × wavelength
- sound travels at about 330 m/s in air

## Wave period
- period = 1 ÷ frequency
- frequency is the number of waves passing a point each second
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how do you work out wave speed", "speed = frequency × wavelength"),
        ("how do you calculate the speed of a wave", "speed = frequency × wavelength"),
        ("whats the equation for wave period", "period = 1 ÷ frequency"),
    ],
)
def test_the_heading_completes_the_left_side(question: str, lead: str) -> None:
    deck, index = imported(WAVES, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))

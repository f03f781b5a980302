"""A figure in a unit of measure that looks like a year (issue 13; heldout22's ceramics notes):
"Fired at about 1200–1300 °C" was read as two years, so "how hot is stoneware fired?" found no
temperature in the line and the notes were said not to answer it. A four-digit figure given in a
unit, alone or as the first end of a range, is a quantity. Decks of their own: a blacksmith's
forge notes and a glassblowing studio's."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

FORGE = """# The blacksmith's forge

## Heats
- Welding heat
  - Forge welding at about 1250–1300 °C, when the steel sparkles
- Working heat
  - Forge mild steel at a bright orange, about 1100 °C
- Quenching
  - Quench tool steel in warm oil, never cold water
  - The slack tub holds 1200 litres of water for quenching

## The anvil
- A London-pattern anvil
  - A good one weighs 1500 kg in a works forge, 100 kg in a small shop
- First used in the forge of 1850 by the village smith
"""

GLASS = """# Glassblowing studio

## The furnace
- Soda-lime glass
  - Melts in the furnace at 1400-1600°C
  - Worked at about 1000 °C on the pipe
- The glory hole
  - Reheats the piece between shaping steps
- The annealer
  - Cools the piece slowly from 500 °C overnight

## History
- Glassblowing began in Syria around 50 BC
- The Venetian glassmakers moved to Murano in 1291
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_temperature_range_in_four_figures_answers_how_hot() -> None:
    assert lead(FORGE, "forge.md", "how hot is forge welding") == (
        "Forge welding at about 1250–1300 °C, when the steel sparkles"
    )
    assert lead(GLASS, "glass.md", "what temperature does soda-lime glass melt at") == (
        "Melts in the furnace at 1400-1600°C"
    )


def test_a_volume_in_four_figures_answers_how_much() -> None:
    assert lead(FORGE, "forge.md", "how many litres does the slack tub hold") == (
        "The slack tub holds 1200 litres of water for quenching"
    )


def test_a_year_is_still_a_year() -> None:
    assert lead(GLASS, "glass.md", "when did the glassmakers move to murano") == (
        "The Venetian glassmakers moved to Murano in 1291"
    )
    assert lead(FORGE, "forge.md", "when was the anvil first used") == (
        "First used in the forge of 1850 by the village smith"
    )

"""Every name an "also called" gives is another name of the term: "(also called case law or
judge-made law)" gives both (issue 14, round-21 probe B011: "judge-made law" refused for common
law, only the first name after the cue read). A name after a comma says something else ("also
called Tories, supporters of the king"). The decks are written for these tests: woodworking
joints (Markdown key terms) and sailing terms (outline)."""

from __future__ import annotations

import pytest

from bot.grading import grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

WOODWORK = """# Joints

- **Dovetail joint**: interlocking wedge-shaped tails and pins (also called a swallowtail or fantail joint)
- **Mortise and tenon**: a tenon fitted into a mortise, glued or pegged
- **Rebate**: a step cut along an edge (also known as a rabbet)
"""

SAILING = """Sailing terms
  Leeward: the side away from the wind (also called lee side or downwind side)
  Windward: the side facing the wind (also called weather side)
  Jib: a triangular sail in front of the mast, also called a headsail, set from the forestay
"""


def _entities(text: str, fmt: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(text, format=fmt, source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def decks() -> dict[str, tuple[str, ...]]:
    return {
        "woodwork": _entities(WOODWORK, "markdown", "joints.md"),
        "sailing": _entities(SAILING, "outline", "sailing.txt"),
    }


@pytest.mark.parametrize(
    ("deck", "expected", "given", "right"),
    [
        ("woodwork", "Dovetail joint", "fantail joint", True),  # the name after "or"
        ("woodwork", "Dovetail joint", "swallowtail", True),
        ("woodwork", "Rebate", "rabbet", True),
        ("sailing", "Leeward", "downwind side", True),
        ("sailing", "Leeward", "lee side", True),
        ("sailing", "Windward", "downwind side", False),  # the other side's name
        ("woodwork", "Rebate", "fantail joint", False),
        ("sailing", "Jib", "forestay", False),  # said after a comma: where it is set
    ],
)
def test_each_name_an_also_called_gives(
    decks: dict[str, tuple[str, ...]], deck: str, expected: str, given: str, right: bool
) -> None:
    assert grade(expected, given, others=decks[deck]).correct is right

"""A share is no length or span of time (issue 13; heldout23's BSL forum thread): "how long does
it take to become a BSL interpreter?" was answered "more than 90% of deaf children are born to
hearing parents", a percentage taken as the extent "how long" asks for. "How far" or "how high"
may be answered by a share ("prices rose 40%"); "how long" wants a length or a time. Decks of
their own: bookbinding and the history of vaccination."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

BOOKBINDING = """# Bookbinding

## Perfect binding
- Perfect binding glues single sheets at the spine with hot-melt glue
- About 80% of paperbacks sold are perfect bound
- The glue takes about 30 seconds to set in the machine

## Sewing
- A bookbinder's apprenticeship took seven years in the 1700s
- Over 60% of binders were based in London
"""

VACCINATION = """# Smallpox vaccination

## Jenner
- Jenner vaccinated James Phipps in 1796
- Six weeks later he exposed Phipps to smallpox
- About 30% of people who caught smallpox died
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_share_does_not_say_how_long() -> None:
    assert lead(BOOKBINDING, "binding.md", "how long is a perfect bound paperback") is None
    assert lead(VACCINATION, "smallpox.md", "how long did smallpox patients stay ill") is None


def test_a_length_or_time_still_says_how_long() -> None:
    assert lead(BOOKBINDING, "binding.md", "how long does the glue take to set") == (
        "The glue takes about 30 seconds to set in the machine"
    )
    assert lead(BOOKBINDING, "binding.md", "how long was a bookbinding apprenticeship") == (
        "A bookbinder's apprenticeship took seven years in the 1700s"
    )

"""A century said as its hundreds (issue 13): "in the 1700s" is the 18th century, and "the
eighteenth century" the 1700s. Notes say "around 400,000 Europeans a year in the 18th century",
students "each year in the 1700s"; the word "1700s" no line used made the question "not in these
notes". Decks of their own: the history of vaccination and origami."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

VACCINATION = """# Smallpox

## Before Jenner
- Smallpox killed around 400,000 Europeans a year in the 18th century
- Variolation was practised in China long before it reached Europe
- In the 1900s the WHO set out to eradicate smallpox
"""

ORIGAMI = """# Origami history

## Early books
- The Senbazuru Orikata, the oldest book of recreational origami, dates from the 1790s
- In the eighteenth century paper was still expensive in Japan
- Friedrich Froebel used paper folding in kindergartens in the 1800s
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_hundreds_find_the_century() -> None:
    assert lead(VACCINATION, "smallpox.md", "how many died of smallpox in the 1700s") == (
        "Smallpox killed around 400,000 Europeans a year in the 18th century"
    )


def test_the_century_finds_its_hundreds() -> None:
    assert lead(ORIGAMI, "origami.md", "who used paper folding in the 19th century") == (
        "Friedrich Froebel used paper folding in kindergartens in the 1800s"
    )


def test_another_century_finds_nothing() -> None:
    assert lead(ORIGAMI, "origami.md", "what was paper like in the 1500s") is None

"""Answers written in capital letters standing alone (issue 13; heldout21's music notes):
"1x1 rib pattern: K P K P" says something the question "what is the pattern of 1x1 rib?" does
not, yet its words (rib, pattern) are all the question's, and a line saying only what the
question says is skipped as no answer. Letters of notation count as something said. A deck of
its own, on knitting techniques."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

KNITTING = """# Knitting techniques

## Rib and texture

- 1x1 rib pattern: K P K P K P
- 2x2 rib pattern: K K P P K K P P
- moss stitch is knit and purl alternated, shifted by one stitch every row
- rib pulls in, so it is used for cuffs and hems

## Casting on

- long-tail cast on makes a stretchy edge
"""


def ask(question: str) -> str | None:
    deck, index = imported(KNITTING, "markdown", "knitting.md")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_pattern_in_letters_answers_for_its_own_name() -> None:
    assert ask("what is the pattern of 1x1 rib") == "1x1 rib pattern: K P K P K P"
    assert ask("what is the pattern for 2x2 rib") == "2x2 rib pattern: K K P P K K P P"

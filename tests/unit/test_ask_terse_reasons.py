"""Reasons as terse notes write them (issue 13; heldout21's messy plant notes): "b/c", "bc",
"coz" and "∵" mark a reason as "because" does, so "why …?" finds the line giving one over a
line that only lists the same words: "veil coz stings to the face r the worst" answers "why is
a veil needed?", not "kit needed: smoke, veil, gloves, hive tool". In lower case only: "44 BC"
is a date. A deck of its own, beekeeping notes typed in a hurry."""

from __future__ import annotations

from bot.explain import answer_question
from knowledge.search._spans import find_spans
from tests.unit.asking import imported

BEES = """--- kit ---
kit needed: smoke, veil, gloves, hive tool
smoke b/c it masks the alarm scent + bees gorge on honey
veil coz stings to the face r the worst
--- winter ---
bees cluster in winter bc they share heat
"""


def ask(question: str) -> str | None:
    deck, index = imported(BEES, "outline", "bees.txt")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_shorthand_for_because_marks_a_reason() -> None:
    def kinds(text: str) -> list[str]:
        return [kind for kind, _, _ in find_spans(text, frozenset(), frozenset())]

    assert "reason" in kinds("smoke b/c it masks the alarm scent")
    assert "reason" in kinds("bees cluster in winter bc they share heat")
    assert "reason" not in kinds("the hive was found in 44 BC")


def test_why_finds_the_line_giving_the_reason() -> None:
    assert ask("why is a veil needed") == "veil coz stings to the face r the worst"

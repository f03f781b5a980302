""" "One" is seldom a count (issue 13): "how many acts are in An Inspector Calls?" was answered
"He controls the pace of the play by dealing with one person and one line of enquiry at a time",
"how many participants were in the study?" by "… deprived one group of participants …". For
"how many X?", "one" counts only when X follows it ("only need one eye", "One puff every 30
seconds"). Decks of their own: bookbinding and the history of vaccination."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

BOOKBINDING = """# Sewing a book

## Pamphlet stitch
- Pamphlet stitch: one signature, sewn through the fold
- Work on one side of the fold at a time, keeping the thread tight
- The needle passes through each hole twice
"""

VACCINATION = """# Jenner

## The experiment
- Jenner tested his idea on one boy, James Phipps, in 1796
- The Royal Society treated his work as one of many curiosities
- Cowpox sores form on cows' udders
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_one_before_another_thing_is_no_count() -> None:
    assert (
        lead(BOOKBINDING, "sewing.md", "how many stitches does the thread make on each side")
        is None
    )
    assert (
        lead(VACCINATION, "jenner.md", "how many curiosities did the royal society study") is None
    )


def test_one_before_the_counted_thing_is_a_count() -> None:
    assert lead(BOOKBINDING, "sewing.md", "how many signatures has a pamphlet stitch") == (
        "Pamphlet stitch: one signature, sewn through the fold"
    )
    assert lead(VACCINATION, "jenner.md", "how many boys did jenner test his idea on") == (
        "Jenner tested his idea on one boy, James Phipps, in 1796"
    )

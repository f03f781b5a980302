"""/ask on "how did X die?", "how was X killed?" (issue 13, heldout18 class 1: a line about
someone else's death led, its name met only through the heading).

Under a heading naming a king, "the Duke of Norfolk killed leading the vanguard" says how
Norfolk died, not the king: what the question asks must be said of the person it names. When no
line says it of them the notes do not answer. The deck is written here, in a subject of its own
(the Wars of the Roses, Markdown).
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

ROSES = """# The Wars of the Roses

## Richard III, 1483-85

- 1483 takes the throne, his nephews vanish in the Tower
- 1485 Battle of Bosworth: Henry Tudor lands in Wales with French troops
- the Duke of Norfolk killed leading the vanguard
- Stanley changes sides at the last moment

## Henry VI, 1422-61

- 1453 falls into a breakdown and does not recognise his own son
- 1471 murdered in the Tower on the night Edward IV returns
"""


def ask(question: str) -> str | None:
    deck, index = imported(ROSES, "markdown", "roses.md")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_death_said_of_someone_else_is_no_answer() -> None:
    assert ask("how did richard iii die") is None


def test_the_death_said_of_the_one_asked_about_answers() -> None:
    assert (
        ask("how was henry vi killed")
        == "1471 murdered in the Tower on the night Edward IV returns"
    )
    assert ask("how did norfolk die") == "the Duke of Norfolk killed leading the vanguard"

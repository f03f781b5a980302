"""/ask: answers written in words the span finder used to miss (issue 13, session 13; classes of
ask_eval13/ANALYSIS.md class 3). A strict question ("how many", "how much did it cost", "how
long", "who") keeps needing an answer of its kind; what changed is what counts as one:

- a count written as a word that opens its clause ("A: Seven, including …", "Four: …"), not read
  as the word "Seve" followed by the unit "n";
- money in old or foreign coins ("300 shillings", "40 pence", "5 francs");
- a span of time said with "a" ("in about a week", "for a year", "within a fortnight"), but not
  "in a second experiment";
- "set up" asked, "founded" written.

Each deck is written here, in subjects of its own, and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported

GUILDS = """Medieval towns - revision

Guilds
  - Each craft had a guild that controlled prices and training
  - An apprentice paid 40 pence to join the guild
  - A master who broke the rules was fined 5 francs in the French towns
  - An apprenticeship lasted seven years

Town charters
  - A charter cost the town 200 shillings, paid to the lord
  - The merchants set the price of bread each week
  - Building the town wall took about a month
  - Henry and John Mason founded the first stonemasons' guild in 1240
  - In a second charter the lord gave up his tolls
"""

SHEET = """Cells - quick questions

Q: How many life processes are there?
A: Seven, including movement, respiration and growth.
Q: How long does a cell cycle take in the gut lining?
A: About a day, then the cells divide again.
Q: Who first saw cells?
A: Robert Hooke, looking at cork.
"""


def ask(notes: str, question: str, name: str = "notes.txt") -> tuple[str, str | None]:
    deck, index = imported(notes, "outline", name)
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how much did an apprentice have to pay to join", "40 pence"),
        ("how much did a charter cost the town", "200 shillings"),
        ("how much was a master fined for breaking the rules", "5 francs"),
    ],
)
def test_money_in_old_and_foreign_coins_answers_how_much(question: str, lead: str) -> None:
    status, shown = ask(GUILDS, question)
    assert status == "answer"
    assert shown is not None and lead in shown


def test_a_count_written_as_a_word_answers_how_many() -> None:
    status, shown = ask(SHEET, "how many life processes are there")
    assert status == "answer"
    assert shown is not None and "Seven, including movement" in shown


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (GUILDS, "how long did it take to build the town wall", "about a month"),
        (SHEET, "how long does a gut cell take to go through the cell cycle", "About a day"),
    ],
)
def test_a_span_of_time_said_with_a_answers_how_long(notes: str, question: str, lead: str) -> None:
    status, shown = ask(notes, question)
    assert status == "answer"
    assert shown is not None and lead in shown


def test_a_second_of_a_series_is_no_span_of_time() -> None:
    """ "In a second charter" says which charter, not how long: no answer to "how long"."""
    status, _ = ask(GUILDS, "how long did the lord keep his tolls")
    assert status == "none"


def test_set_up_asked_finds_founded_written() -> None:
    status, shown = ask(GUILDS, "who set up the first stonemasons guild")
    assert status == "answer"
    assert shown is not None and "Henry and John Mason" in shown


def test_a_count_of_other_things_still_answers_no_how_much() -> None:
    """Money is asked: "seven years" is no price, whatever else the line says."""
    status, _ = ask(GUILDS, "how much did an apprenticeship cost")
    assert status == "none"

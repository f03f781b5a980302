"""/ask: words that say how a question is put, not what it is about (issue 13, session 11).

"Where does the word sheriff come from?" against "The king's local official in each shire", "what
percentage of pupils go to private schools?" against "About 7% of pupils …", "how does a fuse
work?" against "a thin wire that melts …", "what did Malthus think?" against "argued that …":
notes giving a source, a share, a mechanism or a view rarely repeat "come", "percentage", "work"
or "think", and at full weight such a word the notes lack pushed the right line under the floor.
The decks are written here, in different subjects, and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

ORIGINS = """# Words and where they began

## Old English offices
- Sheriff: the king's reeve of a shire, who collected taxes and kept order
- Thegn: a landholder who owed the king military service

## Energy
- Most of the UK's gas now arrives by pipeline from Norway
- Solar panels turn sunlight straight into electricity
"""

SCHOOLS = """# Schools in England

## Types of school
- About 7% of pupils attend independent schools that charge fees
- Academies are funded by the state but run outside council control

## Results
- Girls have outperformed boys at GCSE since the late 1980s
"""

DEVICES = """# Electrical safety

## The fuse
- A fuse holds a thin wire that melts when the current is too large, breaking the circuit
- Fuses are rated 3 A, 5 A or 13 A

## The earth wire
- The earth wire is green and yellow
"""

THINKERS = """# Population thinkers

## Malthus
- Thomas Malthus argued that population grows faster than the food supply
- he wrote An Essay on the Principle of Population in 1798

## Boserup
- Ester Boserup argued that people invent new farming methods when food runs short
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (ORIGINS, "where does the word sheriff come from", "reeve of a shire"),
        (ORIGINS, "where does our gas come from", "Norway"),
        (SCHOOLS, "what percentage go to independent schools", "7%"),
        (DEVICES, "how does a fuse work", "melts"),
        (THINKERS, "what did malthus think", "faster than the food supply"),
        (THINKERS, "what does boserup think happens when food runs short", "invent new"),
    ],
)
def test_the_phrasing_of_a_question_does_not_hide_its_answer(
    notes: str, question: str, lead: str
) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("notes", "question"),
    [
        (ORIGINS, "where does the word earl come from"),
        (SCHOOLS, "what percentage of pupils get free school meals"),
        (DEVICES, "how does a transformer work"),
        (THINKERS, "what did marx think"),
    ],
)
def test_what_the_notes_do_not_cover_is_still_not_in_them(notes: str, question: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert answer_question(deck, index, question).status == "none"

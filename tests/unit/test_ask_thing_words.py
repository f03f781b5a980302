"""/ask: "things", "stuff" stand for what is asked about, they name nothing (issue 13, session 11).

"What weird stuff happens in nature after Duncan is murdered?" against "After Duncan's murder:
darkness in the day, an owl kills a falcon …", "how many goes would binary search take on a
million things?" against "A million items needs only about 20 comparisons": notes never say
"stuff" or "things", and weighed as a word they lack these put the right line under the floor.
They weigh as question phrasing does. ("People", "someone", "others" are left as they are: "what
are the names of the people in the pair?" asks about people.) The decks are written here and
imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

TEMPEST = """# The Tempest

## Omens
- After the storm: the sky turns red at noon and dogs howl all night
- Prospero breaks his staff at the end of the play

## Characters
- Caliban is the son of the witch Sycorax
"""

SEARCHING = """# Searching

## Linear search
- checks every item in turn, so a list of 1,000 items may need 1,000 comparisons

## Binary search
- halves the list each time: 1,000 items need at most about 10 comparisons
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (TEMPEST, "what stuff happens after the storm", "dogs howl"),
        (SEARCHING, "how many goes does binary search take on 1000 things", "about 10"),
    ],
)
def test_a_word_for_anything_does_not_hide_the_answer(notes: str, question: str, lead: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_what_the_notes_do_not_cover_is_still_not_in_them() -> None:
    deck, index = imported(TEMPEST, "markdown", "notes.md")
    assert answer_question(deck, index, "what stuff happens at the wedding").status == "none"

"""/ask: a term the notes never name is not read as an everyday word one slip away (issue 13,
heldout14 class 5).

"what is a tabla?" on notes that never mention the drum: "tabla" is one letter from "table", and read
as "table" the question looked covered by "the table shows the metre of each piece", shown as if
it were the answer. A word no dictionary knows is more likely a term the notes lack than a typo of
so common a word; a slip of a rarer word of the notes ("sittar" for "sitar") is still corrected, as
is another form of a real word ("meet" finding "met"). The deck is written here and imported the way
an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

MUSIC = """# World music

## Indian classical music
- a raga is a set of notes a melody is built from
- the sitar is a plucked string instrument with a long neck
- the drone is often played on the tanpura and stays the same throughout
- Ravi Shankar met George Harrison in London in 1966

## Reading scores
- the table shows the metre of each piece
- a piece in 4/4 has four beats in every bar
"""


def test_an_unknown_term_near_an_everyday_word_is_not_in_the_notes() -> None:
    deck, index = imported(MUSIC, "markdown", "music.md")
    assert answer_question(deck, index, "what is a tabla").status == "none"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is a sittar", "plucked string instrument"),
        ("where did ravi shankar meet george harrison", "in London"),
    ],
)
def test_slips_of_the_notes_words_are_still_read_as_them(question: str, lead: str) -> None:
    deck, index = imported(MUSIC, "markdown", "music.md")
    assert lead in lead_of(answer_question(deck, index, question))

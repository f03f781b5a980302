"""/ask: a phrasal verb in the question finds the one-word verb of the notes (issue 13, session 10).

"Who came up with the piano?" against "invented by Bartolomeo Cristofori", "when did they get rid
of the corn laws?" against "repealed in 1846": the question's words share nothing with the line
but what it is about, and the lemmatizer and word vectors join single words only. The decks are
written here, in different subjects, and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._phrasal import phrasal_meanings
from tests.unit.asking import imported, lead_of

INSTRUMENTS = """# Instruments and their makers

## Keyboards
- Piano = invented by Bartolomeo Cristofori in Florence around 1700
- the harpsichord plucks its strings with quills

## Brass
- the saxophone was devised by Adolphe Sax in the 1840s
- valves let a trumpet play every note of the scale
"""

REFORMS = """VICTORIAN REFORMS

TRADE
  - the Corn Laws kept the price of bread high
  - Peel repealed the Corn Laws in 1846 after the Irish famine

TOWNS
  - slums near the docks were demolished in the 1870s to make way for new streets
  - the Public Health Act was passed in 1875
"""

STUDIES = """# Obedience studies

## Milgram (1963)
- 40 male volunteers from New Haven were the participants
- the learner was a confederate who was never shocked

## Hofling (1966)
- 22 nurses were phoned by a fake doctor
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (INSTRUMENTS, "who came up with the piano", "Cristofori"),
        (INSTRUMENTS, "who came up with the saxophone", "Adolphe Sax"),
        (REFORMS, "when did they get rid of the corn laws", "1846"),
        (REFORMS, "when were the slums knocked down", "1870s"),
        (STUDIES, "who took part in milgrams study", "40 male volunteers"),
    ],
)
def test_a_phrasal_verb_finds_the_notes_verb(notes: str, question: str, lead: str) -> None:
    kind = "outline" if notes is REFORMS else "markdown"
    deck, index = imported(notes, kind, "reforms.txt" if notes is REFORMS else "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_phrasal_verb_is_no_answer_to_what_the_notes_do_not_cover() -> None:
    deck, index = imported(INSTRUMENTS, "markdown", "notes.md")
    assert answer_question(deck, index, "who came up with the telephone").status == "none"


def test_the_object_may_come_between_verb_and_particle() -> None:
    assert "demolish" in phrasal_meanings("when did they knock the houses down")["knock"]
    assert "invent" in phrasal_meanings("who came up with it")["came"]
    assert phrasal_meanings("who came to the party") == {}

"""/ask: the kind of answer asked for, as notes write it (issue 13, session 12).

A strict question ("how old …", "how many …", "what temperature …", "what is the equation for …")
is answered only by a line holding that kind of answer, so a line writing it in a way the spans did
not read was dropped though it said the answer: "Juliet is not yet fourteen", "a perfect sonnet of
fourteen lines" (numbers in words past twelve), "in his middle fifties" (an age in decades of life),
"kept warm at about 30 C", "max mag approx x2000", a length in words ("only travels a few
centimetres"), "glucose -> energy + lactic acid" (an arrow
typed as "->"). And "what year …" names the kind of date asked for, which the line's "1912" says
without the word: "year" weighed as a word the answer must share. The decks are written here and
imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

PLAY = """# A play of my own

## Characters
- Maria is not yet fifteen when the play opens
- her uncle Tomas is a stern man in his early sixties
- the family lives in a fishing town on the coast

## Form
- the chorus speaks a poem of sixteen lines at the start
- most of the play is in prose

## Setting
- the play is set on a winter night in 1921
- the storms come in late autumn and early winter
"""

SCIENCE = """# Lab notes

## Brewing
- yeast ferments sugar into ethanol
- the mixture is kept warm at about 37 C for a week

## Microscopes
- electron microscope -> expensive, needs a vacuum, max mag approx x500000
- a slide is stained so the cells show up
- magnification = image size / real size

## Radiation
- alpha particles only travel a few centimetres in air
- in a second experiment the source was shielded with paper as a test

## Respiration in yeast
- fermentation word equation: glucose -> ethanol + carbon dioxide
- fermentation releases less energy than aerobic respiration
"""

COMPOSERS = """# Composers

## Classical composers
- Haydn: served the Esterhazy family for nearly 30 years
- Mozart: born 1756 in Salzburg, died 1791 in Vienna aged just 35
- Beethoven: born in Bonn in 1770, moved to Vienna in 1792, died 1827
- Schubert: wrote over 600 songs before dying at 31

## Concerts
- going to a public concert became popular in London
- opera houses sold tickets to the middle classes
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (PLAY, "how old is maria", "not yet fifteen"),
        (PLAY, "how old is tomas", "early sixties"),
        (PLAY, "how many lines does the chorus speak", "sixteen lines"),
        (PLAY, "what year is the play set in", "1921"),
        (COMPOSERS, "what year did beethoven go to vienna", "moved to Vienna in 1792"),
        (SCIENCE, "what temperature is the brewing mixture kept at", "37 C"),
        (SCIENCE, "how much can an electron microscope magnify", "x500000"),
        (SCIENCE, "what is the equation for fermentation", "glucose -> ethanol"),
        (SCIENCE, "how far can alpha go in air", "a few centimetres"),
    ],
)
def test_an_answer_written_as_notes_write_it(notes: str, question: str, lead: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("notes", "question"),
    [
        (PLAY, "how old is the chorus"),
        (PLAY, "what year was maria born"),
        (COMPOSERS, "what year was schubert born"),
        (SCIENCE, "what temperature does the slide need"),
        (SCIENCE, "how long did the second experiment with the source take"),
    ],
)
def test_what_the_notes_do_not_say_is_still_not_in_them(notes: str, question: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert answer_question(deck, index, question).status == "none"

"""/ask: a word spelt with an apostrophe inside it is one word (issue 13, heldout14 class 1).

Transliterated words carry an apostrophe the question leaves out: the notes write "Ma'ariv",
"Hawai'i", "Ta'anit", a student asks about "maariv", "hawaii". Split at the apostrophe, the notes'
word became two stumps ("ma" + "ariv") and the question's word one the notes seemed to lack, so a
covered question was "not in these notes". English clitics ('s, 't, 're, 'll, 've, 'd, 'm) and
one-letter elisions ("l'eau", "O'Neill") still split. The decks are written here and imported the
way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._words import folded_words
from tests.unit.asking import imported, lead_of

JUDAISM = """# Judaism: daily practice

## Prayer
- Shacharit is the morning service
- Ma'ariv is the evening service, said after dark
- the Amidah is said standing, facing Jerusalem

## Fasts
- Ta'anit Esther is a fast the day before Purim
- Yom Kippur is the holiest fast day, 25 hours long
"""

VOLCANOES = """# Volcanoes

## Hotspots
- Hawai'i sits over a hotspot in the middle of the Pacific plate
- the hotspot stays still while the plate moves over it, leaving a chain of islands

## Plate boundaries
- Montserrat is on a destructive boundary
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (JUDAISM, "when is maariv said", "evening service"),
        (JUDAISM, "what is taanit esther", "fast the day before Purim"),
        (VOLCANOES, "where is hawaii", "middle of the Pacific plate"),
    ],
)
def test_a_word_asked_without_its_apostrophe_finds_the_notes_word(
    notes: str, question: str, lead: str
) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_clitics_and_elisions_still_split() -> None:
    assert folded_words("Ma'ariv's times") == ("maariv", "s", "times")
    assert folded_words("the plate's edge isn't still") == (
        "the",
        "plate",
        "s",
        "edge",
        "is",
        "not",
        "still",
    )
    assert folded_words("l'eau and O'Neill") == ("l", "eau", "and", "o", "neill")


def test_a_question_the_notes_do_not_cover_stays_unanswered() -> None:
    deck, index = imported(JUDAISM, "markdown", "notes.md")
    assert answer_question(deck, index, "when is havdalah said").status == "none"

"""/ask: chat spellings and contractions typed without their apostrophe (issue 13, session 11).

"When were the theatres shut cos of the plague?", "how do you say im going to play?", "does it
last when ur on your own?": "cos", "im", "ur", "youve", "every1" are no words of the notes, and
weighed as heavily as a name the notes lack they made a covered question "not in these notes".
Read as the words they stand for, anywhere in the question, they weigh what stop words weigh. The
decks are written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search import plain_question
from tests.unit.asking import imported, lead_of

THEATRE = """# Elizabethan theatre

## Closures
- London's playhouses were shut during plague outbreaks, for most of 1593
- the Puritans wanted the theatres closed for good

## Audiences
- groundlings paid a penny to stand in the yard
"""

FRENCH = """# French verbs

## The near future
- aller + infinitive: je vais jouer = I'm going to play
- je vais manger = I'm going to eat

## The perfect tense
- avoir + past participle: j'ai joué = I have played
"""

CHEMISTRY = """# Making salts

## From an insoluble base
- add copper oxide to warm acid until no more dissolves, so the base is in excess
- filter off the excess solid, then evaporate the filtrate

## Tests
- a lit splint pops in hydrogen
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (THEATRE, "when were the theatres shut cos of the plague", "1593"),
        (FRENCH, "how do you say im going to play", "je vais jouer"),
        (CHEMISTRY, "how do u know youve added enough copper oxide", "until no more dissolves"),
    ],
)
def test_a_chat_spelling_weighs_as_the_word_it_stands_for(
    notes: str, question: str, lead: str
) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_the_cosine_and_names_in_capitals_are_left_alone() -> None:
    assert plain_question("what is cos 60") == "what is cos 60"
    assert plain_question("where is Ur") == "where is Ur"
    assert plain_question("what is U-235") == "what is U-235"
    assert plain_question("did every1 conform cos they were scared") == (
        "did everyone conform because they were scared"
    )


def test_a_question_the_notes_do_not_cover_stays_unanswered() -> None:
    deck, index = imported(THEATRE, "markdown", "notes.md")
    asked = answer_question(deck, index, "when were the theatres shut cos of the fire")
    assert asked.status == "none"


FORCES = """# Forces

## Weight
- Weight = the force acting on an object because of gravity
- On Earth g is about 9.8 N/kg, so a 2 kg bag weighs about 20 N

## Battles
- Hastings: fought on Senlac Hill, seven miles from the town, in October 1066
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what actually is weight", "because of gravity"),
        ("where exactly was the battle of hastings fought", "Senlac Hill"),
    ],
)
def test_a_word_stressing_the_question_word_is_no_part_of_what_is_asked(
    question: str, lead: str
) -> None:
    deck, index = imported(FORCES, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))

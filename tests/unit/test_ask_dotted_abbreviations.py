"""/ask: a dotted abbreviation is one word (issue 13, session 12).

Notes write "a.c.", "p.d.", "e.m.f."; students type "ac", "pd". The letters of a dotted
abbreviation were folded as stray letters, which no index keeps, so "what is the pd across each
branch?" could not find "The p.d. across each branch is the same as the supply p.d.". They now fold
to one word. The deck is written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._words import folded_words
from tests.unit.asking import imported, lead_of

CIRCUITS = """# Circuits

## Parallel circuits
- P.d. is measured with a voltmeter, connected in parallel across the component.
- The p.d. across each branch is the same as the supply p.d.

## Mains electricity
- Transformers only work with a.c., which is one reason the mains supply is a.c.
- Batteries give d.c., a current in one direction only
- The live wire is brown and the neutral wire is blue
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what only works with ac", "Transformers only work with a.c."),
        ("what is the pd across each branch", "The p.d. across each branch"),
    ],
)
def test_an_abbreviation_with_stops_is_the_word_typed_without(question: str, lead: str) -> None:
    deck, index = imported(CIRCUITS, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_the_letters_of_a_dotted_abbreviation_fold_to_one_word() -> None:
    assert folded_words("the p.d. in d.c. circuits, e.g. 3.5 m") == (
        *("the", "pd", "in", "dc", "circuits", "eg", "3", "5", "m"),
    )


def test_a_colour_the_notes_do_not_give_is_still_not_in_them() -> None:
    deck, index = imported(CIRCUITS, "markdown", "notes.md")
    assert answer_question(deck, index, "what colour is the earth wire").status == "none"

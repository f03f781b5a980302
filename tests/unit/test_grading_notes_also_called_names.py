"""A definition line that gives its term another name with a capital ("Loyalists: …; also called
Tories") makes that name a right answer for the term, as a lower-case one already was (round 20:
"Tories" for Loyalists and "Whigs" for Patriots refused). The quiz's grader and `grade()` given
the deck's entities agree; another term the deck defines is never taken for the other name."""

from __future__ import annotations

import pytest

from bot.grading import grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# Politics and music, in no deck of the reviews.
NOTES = """Key terms
  Suffragettes: campaigners for votes for women who used direct action; also called WSPU members
  Suffragists: campaigners who used peaceful methods; also known as the NUWSS
  Reform Act: the law of 1832 that widened the vote
Music
  Crotchet: a note one beat long; also called a Quarter note
  Minim: a note two beats long, also called a Half note
  Semibreve: a note four beats long; also called a Minim by mistake
"""


@pytest.fixture(scope="module")
def entities() -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(NOTES, format="outline", source_name="terms.txt")))
    return QuestionGenerator(deck).entities()


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Crotchet", "Quarter note"), ("Quarter note", "crotchet"), ("Minim", "Half note")],
)
def test_a_capitalised_other_name_the_notes_give_is_accepted(
    entities: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=entities)
    assert result.correct, result
    assert expected in result.reason


def test_another_term_of_the_deck_is_no_other_name(entities: tuple[str, ...]) -> None:
    # "Semibreve: …; also called a Minim by mistake": Minim is a term the deck defines.
    result = grade("Semibreve", "Minim", others=entities)
    assert not result.correct
    assert result.reason == "Not quite — the answer is “Semibreve”."

"""A person by his title or the name he went by: classes the round-21 blind review and session
19's own probes found refused (docs/quiz-review/21-findings.md, s19-grading-probes.tsv), each
checked on people of no review deck, with what the student reads.

- A peer written "Name, Title of Place" is answered by the title, the place, "Lord Place", the
  name in full, or the first name "of" the place — unless the deck holds that title for another
  person too. A ruler's title ("King of Spain") is many people's and never taken alone.
- A peer the notes call "Lord Place" is answered by his rank and the place.
- A first name that is also a word of English ("Tam", "Lambert") leaves the surname alone to say
  who, when the surname is no word of English.
"""

from __future__ import annotations

import pytest

from bot.grading import grade

MARLBOROUGH = "John Churchill, Duke of Marlborough"


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("Marlborough", "Accepted — in full, “Duke of Marlborough”."),
        ("Lord Marlborough", "Accepted — in full, “Duke of Marlborough”."),
        ("Duke of Marlborough", f"Accepted — also known as “{MARLBOROUGH}”."),
        ("John Churchill", f"Accepted — also known as “{MARLBOROUGH}”."),
        ("John of Marlborough", f"Accepted — also known as “{MARLBOROUGH}”."),
        ("Duke of Marlbrough", "Accepted — the spelling is “Duke of Marlborough”."),
    ],
)
def test_a_peer_is_answered_by_his_title_or_his_name(given: str, reason: str) -> None:
    result = grade(MARLBOROUGH, given)
    assert result.correct, result
    assert result.reason == reason


@pytest.mark.parametrize("given", ["John", "Churchill Marlborough", "Duke of Wellington"])
def test_a_peer_is_not_answered_by_a_first_name_or_another_title(given: str) -> None:
    assert not grade(MARLBOROUGH, given).correct


def test_a_title_two_people_of_the_deck_held_says_no_one() -> None:
    deck = ["Robert Dudley, Earl of Leicester", "Simon de Montfort, Earl of Leicester"]
    for given in ("Earl of Leicester", "Leicester"):
        result = grade("Robert Dudley, Earl of Leicester", given, others=deck)
        assert not result.correct, given
    named = grade("Robert Dudley, Earl of Leicester", "Robert Dudley", others=deck)
    assert named.correct
    assert named.reason == "Accepted — also known as “Robert Dudley, Earl of Leicester”."


def test_a_rulers_title_is_no_answer_alone() -> None:
    result = grade("Philip II, King of Spain", "King of Spain")
    assert not result.correct
    assert result.reason == "Partly right — the full answer is “Philip II, King of Spain”."


def test_a_lord_is_answered_by_his_rank_of_the_place() -> None:
    result = grade("Lord Palmerston", "Viscount Palmerston")
    assert result.correct
    assert result.reason == "Accepted — the notes say “Lord Palmerston”."
    assert not grade("Lord Palmerston", "Viscount Melbourne").correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Lambert Simnel", "Simnel"), ("Tam Dalyell", "Dalyell"), ("Mark Rothko", "Rothko")],
)
def test_a_surname_alone_after_a_first_name_that_is_a_word(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — in full, “{expected}”."


def test_a_surname_that_is_a_word_says_no_one_and_a_place_keeps_its_name() -> None:
    assert not grade("Hong Kong", "Kong").correct
    assert not grade("Lambert Simnel", "Lambert").correct

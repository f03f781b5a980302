"""A name of two words without its noun ("Cromford" for "Cromford Mill", "Micklegate" for
"Micklegate Bar"): rounds 19 and 21 found such answers refused in a quiz, while a noun for a
kind of event or body ("Mukden" for "Mukden Incident") was already enough to leave out. The word
kept must be a rare name no dictionary of English knows, and the deck must say that is enough:
it has other names and none holds that word. A bare `grade()` knows no other name and refuses."""

from __future__ import annotations

from bot.grading import grade

# Places and books of the North of England, in no deck of the reviews.
DECK = ["Saltaire Mill", "Saltaire", "Lindisfarne Gospels", "Quarry Bank", "Hadrian's Wall"]


def test_a_rare_name_without_its_noun_is_the_name() -> None:
    result = grade("Lindisfarne Gospels", "Lindisfarne", others=DECK)
    assert result.correct
    assert result.reason == "Accepted — in full, “Lindisfarne Gospels”."


def test_the_name_kept_must_say_which() -> None:
    # "Saltaire" is an entity of its own beside "Saltaire Mill": the village, not the mill
    result = grade("Saltaire Mill", "Saltaire", others=DECK)
    assert not result.correct
    assert not grade("Lindisfarne Gospels", "Lindisfarne").correct  # a bare grade(): no others

"""A person's surname alone when the notes call them by it (round 17: "Tesla" for "Nikola
Tesla" was refused: "tesla" is a word of English, so the name did not read as a person's, and
"Nikola" is no common given name). A teacher's rule: the notes' own short name for a person
answers for them, unless it could be someone else in the notes."""

from __future__ import annotations

from bot.grading import Grader, grade


def test_a_surname_the_notes_use_alone_stands_for_the_person() -> None:
    # the deck's entities hold the surname the notes call him by ("Young led the Mormons")
    history = Grader(["Brigham Young", "Young", "Salt Lake City", "Mormons"])
    assert history.grade("Brigham Young", "Young").correct
    assert history.grade("Brigham Young", "Yuong").correct  # a slip in it too
    assert not grade("Brigham Young", "Young").correct  # a word of English, and no notes
    sport = Grader(["Table Tennis", "Tennis", "Badminton"])
    assert not sport.grade("Table Tennis", "Tennis").correct  # "table" is a word: no first name
    rivals = Grader(["Brigham Young", "Young", "Arthur Young", "Mormons"])
    assert not rivals.grade("Brigham Young", "Young").correct  # which Young?

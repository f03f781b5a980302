"""A question's plan on a big deck (issue: 0.5 s per new question on a 44,000-card deck) reads
the deck's entities through indexes built once per deck. What a student is told must not change
with the deck's size: the answer's own forms (a surname, a symbol without its measure noun) are
still no rivals, and the deck's other entities still are, among thousands of unrelated cards."""

from __future__ import annotations

import pytest

from bot.grading import Grade, Grader, Verdict

NOTES = ["Imre Nagy", "Nagy", "Naga", "Nitrate", "Nitrite", "Rf value", "Rf", "Robert Kennedy"]
NOTES += ["John F. Kennedy", "Kennedy", "Act of Supremacy", "Supremacy Act", "Act of Succession"]
# Unrelated cards of every shape around them, in front of and after the notes' own.
FILLER = [f"{word} {i}" for i in range(3000) for word in ("Filler term", "Nkosi")]
FILLER += [f"N{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}{chr(97 + i // 676)}q" for i in range(3000)]
SMALL = Grader(NOTES)
BIG = Grader([*FILLER[:4000], *NOTES, *FILLER[4000:]])

CASES: list[tuple[str, str, Verdict, str]] = [
    ("Imre Nagy", "Nagy", Verdict.ALIAS, "Accepted — in full, “Imre Nagy”."),
    ("Nagy", "Imre Nagy", Verdict.ALIAS, "Accepted — the answer is “Nagy”."),
    # "Nagy" is the answer's own surname, so the slip is read against the deck's "Naga"
    ("Imre Nagy", "Nagi", Verdict.CLOSE_TO_OTHER, "that looks as much like “Naga” as “Imre Nagy”"),
    ("Nitrate", "nitrite", Verdict.CLOSE_TO_OTHER, "“Nitrite” is another answer in these notes"),
    ("Rf value", "Rf", Verdict.ALIAS, "Accepted — in full, “Rf value”."),
    ("Kennedy", "Robert Kennedy", Verdict.CLOSE_TO_OTHER, "“Robert Kennedy” is another answer"),
    ("Act of Supremacy", "Supremacy Act", Verdict.EXACT, ""),
    ("Act of Supremacy", "Succession Act", Verdict.WRONG, ""),
]


def _same(small: Grade, big: Grade) -> None:
    assert (big.correct, big.verdict, big.expected, big.reason) == (
        small.correct,
        small.verdict,
        small.expected,
        small.reason,
    )


@pytest.mark.parametrize(("expected", "given", "verdict", "reason"), CASES)
def test_a_big_deck_grades_as_its_notes_alone(
    expected: str, given: str, verdict: Verdict, reason: str
) -> None:
    small, big = SMALL.grade(expected, given), BIG.grade(expected, given)
    _same(small, big)
    if verdict is not Verdict.EXACT:  # the notes' other name: whichever verdict says it is right
        assert big.verdict is verdict
    else:
        assert big.correct
    assert reason in big.reason


def test_each_question_plans_against_its_own_answer() -> None:
    # The same grader asks one entity, then a rival of it: neither plan leaks into the other.
    for expected, given in (("Nagy", "Naga"), ("Naga", "Nagy"), ("Nagy", "Nagi")):
        _same(SMALL.grade(expected, given), BIG.grade(expected, given))
    assert BIG.grade("Nagy", "Naga").verdict is Verdict.CLOSE_TO_OTHER
    assert BIG.grade("Naga", "Nagy").verdict is Verdict.CLOSE_TO_OTHER

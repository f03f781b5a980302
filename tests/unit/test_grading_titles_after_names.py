"""A name with a title written after it — "Kara Mustafa Pasha", "Hülegü Khan" — is answered by
the name without the title when the deck says that is enough (session 20's probes: "Kara
Mustafa" refused), as "Captain Preston" is by the title's absence before a name. Not when
another name of the deck opens with the same words, and a bare `grade()` knows none."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade

# Names of no review deck nor of the session's probes.
ENTITIES = ("Damat Ali Pasha", "Ali Bey", "Hülegü Khan", "Berke Khan", "Silahdar Pasha", "Egypt")


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Hülegü Khan", "Hulegu"), ("Berke Khan", "Berke"), ("Damat Ali Pasha", "Damat Ali")],
)
def test_the_name_without_its_title_after_is_accepted(expected: str, given: str) -> None:
    result = grade(expected, given, others=ENTITIES)
    assert result.correct, result
    assert result.reason == f"Accepted — in full, “{expected}”."
    assert Grader(ENTITIES).grade(expected, given) == result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Ali Bey", "Ali"),  # Ali Bey and Damat Ali Pasha: "Ali" is either
        ("Hülegü Khan", "Khan"),  # the title alone
        ("Silahdar Pasha", "Egypt"),
    ],
)
def test_a_name_that_says_no_one_is_refused(expected: str, given: str) -> None:
    assert not grade(expected, given, others=ENTITIES).correct


def test_a_bare_grade_asks_for_the_whole_name() -> None:
    assert not grade("Berke Khan", "Berke").correct


def test_the_notes_own_name_without_the_title_is_no_rival() -> None:
    # The notes write "Silahdar Pasha" and, on another line, "Silahdar": one man.
    entities = ("Silahdar Pasha", "Silahdar", "Berke Khan", "Egypt")
    result = grade("Silahdar Pasha", "Silahdar", others=entities)
    assert result.correct, result

"""An article inside a name left out or put in ("Valley of Kings" for "Valley of the Kings"): an
article is never what a question on a name tests, and session 19's probes found such answers
refused. A leading article was dropped already; another word changed is still wrong."""

from __future__ import annotations

import pytest

from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Siege of the Alamo", "Siege of Alamo"),
        ("Charge of the Light Brigade", "Charge of Light Brigade"),
        ("Congress of the People", "congress of the peeple"),  # with a slip
        ("House of Lords", "House of the Lords"),
    ],
)
def test_an_article_inside_a_name_is_not_tested(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason in (
        f"Accepted — the notes say “{expected}”.",
        f"Accepted — the spelling is “{expected}”.",
    )


def test_another_word_is_still_wrong() -> None:
    result = grade("Charge of the Light Brigade", "Charge of Heavy Brigade")
    assert not result.correct
    assert result.reason == "Not quite — the answer is “Charge of the Light Brigade”."

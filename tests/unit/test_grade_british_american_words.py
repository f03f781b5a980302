"""One word's British and American spellings that no regular pattern gives are one answer
("plough" / "plow", "jewellery" / "jewelry", "programme" / "program"): breame's table decides,
not a list kept here. A short pair may be two words ("tonne" is 1000 kg, a "ton" is not)."""

from __future__ import annotations

import pytest

from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("plough", "plow"),  # geography: the farming of a region
        ("plow", "plough"),
        ("jewellery", "jewelry"),  # art and design
        ("programme", "program"),
        ("dialogue", "dialog"),  # English literature
        ("analogue", "analog"),  # electronics
    ],
)
def test_the_other_spelling_of_one_word_is_accepted(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — the spelling is “{expected}”."


def test_a_short_pair_of_two_words_is_refused() -> None:
    result = grade("ton", "tonne")  # breame pairs them; the table is not read for short words
    assert not result.correct
    assert result.reason == "Not quite — the answer is “ton”."

"""British and American spellings of one word are one answer, also where no regular pattern
("-our", "-tre", "-ise") links them: grading refuses another real word typed with a letter changed
("isotones" for isotopes), and "gray" for grey must not be read as such a word."""

from __future__ import annotations

import pytest

from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("grey", "gray"),
        ("Grey squirrels", "gray squirrels"),
        ("grey matter", "Gray matter"),
        ("tyre", "tire"),
        ("sceptic", "skeptic"),
        ("mould", "mold"),
        ("colour", "color"),
    ],
)
def test_the_other_spelling_of_the_same_word_is_accepted(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result.reason
    assert "another word" not in result.reason


@pytest.mark.parametrize(
    ("expected", "given"), [("grey", "grew"), ("tyre", "tyro"), ("isotopes", "isotones")]
)
def test_another_word_a_letter_away_is_still_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct

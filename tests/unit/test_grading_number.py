"""A typed answer in the other number names the same group or thing: "Nazi" for "Nazis" is what
a teacher accepts, even when the notes also write the singular elsewhere (round-10 review: it
was refused as "another answer in these notes"). A plural with a meaning of its own is not."""

from __future__ import annotations

import pytest

from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("Nazis", "Nazi", ["Nazi", "Communists", "SA"]),  # the singular is also in the notes
        ("Nazi", "nazis", ["Nazis", "Spartacists"]),
        ("Chartists", "Chartist", ["Chartist", "Suffragettes"]),
        ("churches", "church", ["church", "monasteries"]),  # too far apart for a slip
        ("colonies", "colony", ["colony", "dominions"]),
        ("tariffs", "tariff", ["tariff", "quotas"]),
    ],
)
def test_the_other_number_of_the_answer_is_accepted(
    expected: str, given: str, others: list[str]
) -> None:
    result = grade(expected, given, others=others)
    assert result.correct, result.reason
    number = "plural" if len(expected) > len(given) else "singular"
    assert result.reason == f"Accepted — the notes write it in the {number}: “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("goods", "good", ["good", "services"]),  # "goods" are not several goods
        ("customs", "custom", ["custom", "tariffs"]),
        ("Nazis", "Nazo", ["Nazi"]),  # a slip of the singular is still a slip of another answer
        ("Treaty of Versailles", "Treaty of Trianon", ["Treaty of Trianon"]),
    ],
)
def test_a_plural_of_its_own_or_another_answer_is_still_refused(
    expected: str, given: str, others: list[str]
) -> None:
    assert not grade(expected, given, others=others).correct

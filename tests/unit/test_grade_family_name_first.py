"""A Japanese or Chinese name written family name first, as notes on the country's history write
it (round 22: "Saigo", "Itagaki", "Iwakura" were refused for the family-first names of the
key while the given names alone were accepted). A teacher takes the family name alone, as the
surname of a Western name, unless another person of the deck bears it; a Japanese name in
Western order keeps its surname last."""

from __future__ import annotations

import pytest

from bot.grading import grade

# Medieval Japan and modern China: names of no review deck.
SENGOKU = [
    "Oda Nobunaga",
    "Oda clan",  # a thing named after the family is no rival
    "Hattori Hanzo",
    "Minamoto Yoritomo",
    "Minamoto Yoshitsune",
    "Kamakura",
]


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Oda Nobunaga", "Oda"),
        ("Hattori Hanzo", "Hattori"),
        ("Hattori Hanzō", "Hatori"),  # a slip in the family name
        ("Mao Zedong", "Mao"),
        ("Oda Nobunaga", "Nobunaga"),  # the given name alone, as before
    ],
)
def test_the_family_name_alone_names_a_person_written_family_name_first(
    expected: str, given: str
) -> None:
    result = grade(expected, given, others=SENGOKU)
    assert result.correct
    assert result.reason.startswith("Accepted —")
    assert f"“{expected}”" in result.reason


def test_a_family_name_two_people_of_the_deck_bear_is_refused() -> None:
    result = grade("Minamoto Yoritomo", "Minamoto", others=SENGOKU)
    assert not result.correct
    assert result.reason == "Not quite — the answer is “Minamoto Yoritomo”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Akira Kurosawa", "Akira"), ("Yukio Mishima", "Yukio"), ("Haruki Murakami", "Haruki")],
)
def test_a_japanese_name_in_western_order_is_not_named_by_its_first_word(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — the answer is “{expected}”."


def test_a_japanese_name_in_western_order_is_still_named_by_its_surname() -> None:
    result = grade("Akira Kurosawa", "Kurosawa")
    assert result.correct
    assert result.reason == "Accepted — in full, “Akira Kurosawa”."
